// Period labels in the company's conventions ("4Q09", "1H09", "FY2009", "FY09 (09/4~10/03)",
// "Fiscal Year ended March 31, 2010", "six months ended September 30, 2009").
import type { Messages } from '../messages/en.js';
import { endDate, monthCount, monthRange, parsePeriod, priorQuarter, priorYear, type FiscalYear, type Period } from './period.js';

export interface PeriodLabels {
  /** FY2009, 1H09, 4Q09, 9M09, March 31, 2010 */
  short: string;
  /** FY09, 1H09, 4Q09 */
  compact: string;
  /** FY09 (09/4~10/03) */
  range: string;
  /** Fiscal Year ended March 31, 2010 / six months ended September 30, 2009 */
  long: string;
  end: string;
}

export function periodLabels(p: Period | string, fiscal: FiscalYear, m: Messages, asOf?: string): PeriodLabels {
  const period = typeof p === 'string' ? parsePeriod(p) : p;
  if (!period) throw new Error(`unknown period ${String(p)}`);
  const end = endDate(period, fiscal);
  if (period.kind === 'instant') {
    const d = m.date(period.date);
    return { short: d, compact: m.monthYear(period.date), range: d, long: d, end };
  }
  const { fy, span } = period;
  const compact = span === 'FY' ? m.fyShort(fy) : span === '9M' ? m.nineMonths(fy) : span.startsWith('Q') ? m.quarter(Number(span[1]), fy) : m.half(Number(span[1]), fy);
  const short = span === 'FY' ? m.fyLong(fy) : compact;
  const { start, end: e } = monthRange(period, fiscal);
  const ended = asOf === undefined || asOf >= end;
  const long = span === 'FY' ? m.fiscalYearEnded(end, ended) : m.monthsEnded(monthCount(period), end);
  return { short, compact, range: `${compact} ${m.monthRange(start, e)}`, long, end };
}

/** "YoY = 4Q09 compared to 4Q08" */
export function yoyFootnote(p: Period, fiscal: FiscalYear, m: Messages): string {
  return m.yoyFootnote(periodLabels(p, fiscal, m).compact, periodLabels(priorYear(p), fiscal, m).compact);
}

/** "QoQ = 4Q09 compared to 3Q09" (quarters only) */
export function qoqFootnote(p: Period, fiscal: FiscalYear, m: Messages): string | undefined {
  const q = priorQuarter(p);
  return q && m.qoqFootnote(periodLabels(p, fiscal, m).compact, periodLabels(q, fiscal, m).compact);
}
