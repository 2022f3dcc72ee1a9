// A comparison across a regrouping with no comparable figure: a line the company reports from a
// fiscal year on (taxonomy `since:`) has a figure for the period, but none for the period it is
// compared with, because that period is before the line existed and the company never restated it
// in the new grouping (a regrouping that restates the full year only leaves its halves and quarters
// without one). Such a change is not a gap in the data: figures.json lists it under `notComparable`
// with the reason, and the documents print the company's "no comparable figure" mark and note.
import type { NotComparable } from '../contract/figures.js';
import type { TaxonomyItem } from '../contract/raw-data.js';
import type { Ledger } from '../contract/analysis.js';
import { fiscalYearOf, openingDate, parsePeriod, periodId, priorQuarter, priorYear, type Duration, type FiscalYear } from '../periods/period.js';

/** The comparisons a line may lack, and the period each compares with. */
const BASES: Record<string, (period: string, fiscal: FiscalYear) => string | undefined> = {
  yoy: (p) => prior(p), 'yoy-diff': (p) => prior(p), 'yoy-pts': (p) => prior(p),
  qoq: (p) => quarterBefore(p), 'qoq-diff': (p) => quarterBefore(p), 'qoq-pts': (p) => quarterBefore(p),
  'ytd-diff': (p, fiscal) => { const q = parsePeriod(p); if (q?.kind !== 'instant') return undefined; const fy = fiscalYearOf(q, fiscal); return openingDate({ kind: 'duration', fy, span: 'FY' }, fiscal); },
};
function prior(p: string): string | undefined { const q = parsePeriod(p); return q ? periodId(priorYear(q)) : undefined; }
function quarterBefore(p: string): string | undefined { const q = parsePeriod(p); if (q?.kind !== 'duration' || !q.span.startsWith('Q')) return undefined; const b = priorQuarter(q as Duration); return b ? periodId(b) : undefined; }

export const NOT_COMPARABLE_MEASURES = Object.keys(BASES);

/**
 * The comparison of `item` for `period` by `measure` that has no comparable figure, or undefined
 * (the change exists, or the data simply lacks a figure: only a line that did not exist yet makes a
 * change "not comparable"). `say` words the reason in the document's language.
 */
export function notComparable(ledger: Ledger, item: TaxonomyItem, period: string, measure: string, fiscal: FiscalYear,
  say: (x: { item: TaxonomyItem; since: string; base: string }) => string): NotComparable | undefined {
  if (!item.since || !BASES[measure]) return undefined;
  const base = BASES[measure](period, fiscal);
  const b = base ? parsePeriod(base) : undefined;
  if (!base || !b || fiscalYearOf(b, fiscal) >= Number(item.since.slice(2))) return undefined;
  if (!ledger.value(item.id, period) || ledger.value(item.id, base)) return undefined;
  return { id: `${measure}:${item.id}@${period}`, item: item.id, measure, period, base, since: item.since, reason: say({ item, since: item.since, base }) };
}

/** Every such comparison of the items with a `since` over the document's periods (a short list). */
export function notComparableList(ledger: Ledger, periods: { durations: string[]; instants: string[] }, fiscal: FiscalYear,
  say: (x: { item: TaxonomyItem; since: string; base: string }) => string): NotComparable[] {
  const out: NotComparable[] = [];
  for (const item of ledger.data.items.values()) {
    if (!item.since) continue;
    for (const period of item.time === 'instant' ? periods.instants : periods.durations) {
      for (const measure of NOT_COMPARABLE_MEASURES) {
        const pts = measure.endsWith('-pts');
        if (pts !== (item.unit === 'ratio') || (measure === 'ytd-diff' && item.time !== 'instant')) continue;
        const n = notComparable(ledger, item, period, measure, fiscal, say);
        if (n) out.push(n);
      }
    }
  }
  return out;
}

