// A parent's sum by era. When a company regroups its lines, total revenues are the sum of the old
// lines up to one year and of the new lines after it; the documents of the new era print the last
// year of the old one again in the new grouping (`restates`), so both rules hold for that year.
// Pure: the rule in force for a fiscal year, and the taxonomy's eras checked.
import type { SumEra, TaxonomyItem } from '../contract/raw-data.js';
import { said, spoken, type Problem } from '../errors/problem.js';

const year = (fy: string | undefined) => (fy ? Number(fy.slice(2)) : undefined);

/** Does an era (or an item's life: since … until) cover a fiscal year? */
export const covers = (e: { since?: string; until?: string }, fy: number) => (year(e.since) ?? -Infinity) <= fy && fy <= (year(e.until) ?? Infinity);

/** "FY2026 on (restating FY2025)", "up to FY2025" */
export const eraName = (e: Pick<SumEra, 'since' | 'until' | 'restates'>) =>
  `${e.since && e.until ? `${e.since}–${e.until}` : e.since ? `${e.since} on` : e.until ? `up to ${e.until}` : 'every year'}${e.restates ? ` (restating ${e.restates})` : ''}`;

/** Is `fy` a year the era's documents print again in its grouping (restated)? */
export const restatedIn = (e: Pick<SumEra, 'since' | 'restates'>, fy: number) => e.restates !== undefined && year(e.restates)! <= fy && fy < (year(e.since) ?? -Infinity);

/** The sums in force for a fiscal year: one list of terms for a plain sum, each era that covers or restates the year for a sum by era. */
export function sumsInForce(item: Pick<TaxonomyItem, 'sum' | 'sumEras' | 'dataLine'>, fy: number): { terms: NonNullable<TaxonomyItem['sum']>; line: number; era?: SumEra }[] {
  if (!item.sumEras) return item.sum?.length ? [{ terms: item.sum, line: item.dataLine }] : [];
  return item.sumEras.filter((e) => covers(e, fy) || restatedIn(e, fy)).map((e) => ({ terms: e.terms, line: e.dataLine, era: e }));
}

/** The era of a sum that restated a child's figure for a fiscal year (the child is one of the era's, the year one it restates). */
export function restatingEra(parent: Pick<TaxonomyItem, 'sumEras'>, child: string, fy: number): SumEra | undefined {
  return parent.sumEras?.find((e) => restatedIn(e, fy) && e.terms.some((t) => t.item === child));
}

/** Eras that overlap, or a `restates` that is not before its era: one problem each, at the era's line. */
export function checkSumEras(items: Iterable<TaxonomyItem>, problems: Problem[]): void {
  for (const item of items) {
    const eras = item.sumEras ?? [];
    eras.forEach((e, i) => {
      const at = { code: 'E_ERA' as const, file: item.dataFile, line: e.dataLine, field: `${item.id}.sum` };
      if (e.restates && (e.since === undefined || year(e.restates)! >= year(e.since)!)) {
        problems.push(spoken({ ...at, message: said('eraRestatesLate'), expected: said('restatesBefore', e.since ?? ''), found: said('restatesFound', e.restates) }));
      }
      const other = eras.slice(0, i).find((o) => (year(o.since) ?? -Infinity) <= (year(e.until) ?? Infinity) && (year(e.since) ?? -Infinity) <= (year(o.until) ?? Infinity));
      if (other) {
        problems.push(spoken({ ...at, message: said('erasOverlap'), expected: said('erasInTurn'), found: said('twoSpans', `${e.since ?? '…'}–${e.until ?? '…'}`, `${other.since ?? '…'}–${other.until ?? '…'}`), hint: said('restatesHint') }));
      }
    });
  }
}
