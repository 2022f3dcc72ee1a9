// Runs of periods for charts and tables ("every quarter of the prior and current year"), and the
// fallback to coarser periods when the data lacks one: a chart never shows an invented or zero bar.
import { endDate, parsePeriod, periodId, type Duration, type FiscalYear, type Span } from '../../periods/period.js';
import type { FigureSet } from '../figure-set.js';
import type { PeriodRange } from '../../template/slides-schema.js';

const SPANS: Record<PeriodRange['grain'], Span[]> = { quarter: ['Q1', 'Q2', 'Q3', 'Q4'], half: ['H1', 'H2'], year: ['FY'] };

/** A long-term range: from the first year the data holds, or the last N periods. Its periods with no figure are gaps, not notes. */
export const isLongTerm = (range: Pick<PeriodRange, 'from' | 'last'>) => range.from === 'first' || range.last !== undefined;

/** The first fiscal year the document's figures hold (of `keys`, when given: the first a chart's series have). */
export function firstYear(figures: FigureSet, keys?: string[]): number | undefined {
  let first: number | undefined;
  for (const f of figures.byId.values()) {
    if (keys && !keys.includes(f.measure ? `${f.measure}:${f.item}` : f.item)) continue;
    const p = parsePeriod(f.period);
    if (p?.kind === 'duration' && (first === undefined || p.fy < first)) first = p.fy;
  }
  return first;
}

/** Every period of a grain from the fiscal year of `from` (`first`: the first the data holds) up to the end of `to`; with `last`, the last N of them. */
export function periodsOf(range: Pick<PeriodRange, 'from' | 'to' | 'last'>, grain: PeriodRange['grain'], figures: FigureSet, fiscal: FiscalYear, keys?: string[]): string[] {
  const to = parsePeriod(figures.period(range.to));
  if (!to || to.kind !== 'duration') return [];
  const fromFy = range.from === 'first' ? firstYear(figures, keys) ?? to.fy : (parsePeriod(figures.period(range.from)) as Duration | undefined)?.fy;
  if (fromFy === undefined) return [];
  const last = endDate(to, fiscal);
  const out: string[] = [];
  // `last: N` reaches back N periods even before the first year the data holds (those are gaps)
  const start = range.last !== undefined ? Math.min(fromFy, to.fy - Math.ceil(range.last / SPANS[grain].length)) : fromFy;
  for (let fy = start; fy <= to.fy; fy++) {
    for (const span of SPANS[grain]) {
      const p: Duration = { kind: 'duration', fy, span };
      if (endDate(p, fiscal) <= last) out.push(periodId(p));
    }
  }
  return range.last !== undefined ? out.slice(-range.last) : out;
}

export interface ResolvedRange {
  grain: PeriodRange['grain'];
  asked: PeriodRange['grain'];
  periods: string[];
  /** periods of the asked grain the data lacks (when a coarser grain is used instead) */
  unavailable: string[];
  /** periods of the used grain left out because the data lacks them */
  dropped: string[];
  /** a long-term range's periods with no figure: drawn as gaps */
  gaps?: string[];
}

/**
 * The finest grain (the asked one, then its fallbacks) for which every period has every key.
 * When none is complete, the last grain tried, with its incomplete periods left out.
 */
export function resolveRange(range: PeriodRange, keys: string[], figures: FigureSet, fiscal: FiscalYear): ResolvedRange {
  // a long-term view: every period of the range, derived and reported figures filling it, gaps where the data has none
  if (isLongTerm(range)) {
    const periods = periodsOf(range, range.grain, figures, fiscal, keys);
    return { grain: range.grain, asked: range.grain, periods, unavailable: [], dropped: [], gaps: periods.filter((p) => keys.every((k) => figures.find(k, p) === undefined)) };
  }
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
