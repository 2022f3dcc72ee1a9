// The period a label is worded for (messages' LabelPeriod): a line's figure's span and the start of its
// fiscal year, so that a language that words a line by its period (Japanese 四半期純利益) can.
import type { LabelPeriod } from '../messages/en.js';
import { monthRange, parsePeriod, type FiscalYear } from '../periods/period.js';

/** The label period of a period id; a target is worded as a year. Undefined for a balance date. */
export function labelPeriod(id: string, fiscal: FiscalYear, target = false): LabelPeriod | undefined {
  const p = parsePeriod(id);
  if (!p || p.kind !== 'duration') return undefined;
  const fyStart = monthRange({ kind: 'duration', fy: p.fy, span: 'FY' }, fiscal).start;
  const span = target || p.span === 'FY' ? 'year' : p.span === 'H1' || p.span === 'H2' ? 'half' : 'quarter';
  return { span, fyStart };
}
