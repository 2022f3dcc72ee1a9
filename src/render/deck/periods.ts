// Runs of periods for charts and tables ("every quarter of the prior and current year"), and the
// fallback to coarser periods when the data lacks one: a chart never shows an invented or zero bar.
import { endDate, parsePeriod, periodId, type Duration, type FiscalYear, type Span } from '../../periods/period.js';
import type { FigureSet } from '../figure-set.js';
import type { PeriodRange } from './template.js';

const SPANS: Record<PeriodRange['grain'], Span[]> = { quarter: ['Q1', 'Q2', 'Q3', 'Q4'], half: ['H1', 'H2'], year: ['FY'] };

/** Every period of a grain from the fiscal year of `from` up to the end of `to`. */
export function periodsOf(range: Pick<PeriodRange, 'from' | 'to'>, grain: PeriodRange['grain'], figures: FigureSet, fiscal: FiscalYear): string[] {
  const from = parsePeriod(figures.period(range.from));
  const to = parsePeriod(figures.period(range.to));
  if (!from || !to || from.kind !== 'duration' || to.kind !== 'duration') return [];
  const last = endDate(to, fiscal);
  const out: string[] = [];
  for (let fy = from.fy; fy <= to.fy; fy++) {
    for (const span of SPANS[grain]) {
      const p: Duration = { kind: 'duration', fy, span };
      if (endDate(p, fiscal) <= last) out.push(periodId(p));
    }
  }
  return out;
}

export interface ResolvedRange {
  grain: PeriodRange['grain'];
  asked: PeriodRange['grain'];
  periods: string[];
  /** periods of the asked grain the data lacks (when a coarser grain is used instead) */
  unavailable: string[];
  /** periods of the used grain left out because the data lacks them */
  dropped: string[];
}

/**
 * The finest grain (the asked one, then its fallbacks) for which every period has every key.
 * When none is complete, the last grain tried, with its incomplete periods left out.
 */
export function resolveRange(range: PeriodRange, keys: string[], figures: FigureSet, fiscal: FiscalYear): ResolvedRange {
  const complete = (p: string) => keys.every((k) => figures.find(k, p) !== undefined);
  const grains = [range.grain, ...range.fallback];
  let unavailable: string[] = [];
  const toFy = (parsePeriod(figures.period(range.to)) as Duration | undefined)?.fy;
  for (const [i, g] of grains.entries()) {
    const ps = periodsOf(range, g, figures, fiscal);
    const missing = ps.filter((p) => !complete(p));
    if (i === 0) unavailable = missing;
    const used = i === 0 ? [] : unavailable;
    if (ps.length && !missing.length) return { grain: g, asked: range.grain, periods: ps, unavailable: used, dropped: [] };
    // the data lacks only earlier years: the whole fiscal years at the end that are complete
    const lastMissing = missing.at(-1);
    const fyOf = (p: string) => (parsePeriod(p) as Duration).fy;
    if (lastMissing && toFy !== undefined && fyOf(lastMissing) < toFy) {
      const tail = ps.filter((p) => fyOf(p) > fyOf(lastMissing));
      if (tail.length) return { grain: g, asked: range.grain, periods: tail, unavailable: [], dropped: ps.filter((p) => fyOf(p) <= fyOf(lastMissing)) };
    }
    if (i === grains.length - 1) return { grain: g, asked: range.grain, periods: ps.filter(complete), unavailable: used, dropped: missing };
  }
  return { grain: range.grain, asked: range.grain, periods: [], unavailable: [], dropped: [] };
}
