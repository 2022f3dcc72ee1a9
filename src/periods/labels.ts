// Period labels in the company's conventions ("4Q09", "1H09", "FY2009", "FY09 (09/4~10/03)",
// "Fiscal Year ended March 31, 2010", "Six Months ended September 30, 2009").
import type { Messages } from '../messages/en.js';
import type { Comparison } from '../contract/figures.js';
import { endDate, monthCount, monthRange, parsePeriod, priorQuarter, priorYear, type FiscalYear, type Period } from './period.js';

export interface PeriodLabels {
  /** FY2009, 1H09, 4Q09, 9M09, March 31, 2010 (2010年3月期, 2010年3月期第4四半期 in Japanese) */
  short: string;
  /** FY09, 1H09, 4Q09 (10/3期, 10/3期 4Q) */
  compact: string;
  /** FY09 (09/4~10/03) */
  range: string;
  /** Fiscal Year ended March 31, 2010 / Six Months ended September 30, 2009 (a title) */
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
  const fyEnd = endDate({ kind: 'duration', fy, span: 'FY' }, fiscal);
  const n = Number(span[1]);
  const compact = span === 'FY' ? m.fyShort(fy, fyEnd) : span === '9M' ? m.nineMonths(fy, fyEnd) : span.startsWith('Q') ? m.quarter(n, fy, fyEnd) : m.half(n, fy, fyEnd);
  const short = span === 'FY' ? m.fyLong(fy, fyEnd) : span === '9M' ? m.nineMonthsLong(fy, fyEnd) : span.startsWith('Q') ? m.quarterLong(n, fy, fyEnd) : m.halfLong(n, fy, fyEnd);
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

/**
 * What a figure's change compares (the words around it: "YoY", 前期比, 前年同期比, 前期末比), from the
 * measure of its key ("yoy:", "qoq-diff:", "ytd-pts:", "target-yoy:", "vs-target:") and its period.
 */
export function comparisonOf(key: string, period: string, fiscal: FiscalYear): Comparison | undefined {
  const measure = /^([a-z-]+):/.exec(key)?.[1] ?? '';
  const base = /^(target-)?yoy/.test(measure) ? 'yoy' : measure.startsWith('qoq') ? 'qoq' : measure.startsWith('ytd') ? 'ytd' : measure === 'vs-target' ? 'target' : undefined;
  if (!base) return undefined;
  const p = parsePeriod(period);
  if (!p) return { base };
  if (p.kind === 'duration') return { base, span: p.span };
  const [y, month, day] = p.date.split('-').map(Number);
  return { base, span: 'instant', yearEnd: month === fiscal.endMonth && day === new Date(Date.UTC(y, month, 0)).getUTCDate() };
}
