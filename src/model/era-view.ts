// A document of a new era shows the years its grouping restates in that grouping: the new lines'
// restated figures (with the company's "restated" note), not the old lines beside them (which would
// count the same sales twice in a chart or a table). Years before the restated ones keep the old lines:
// the only grouping they were ever printed in.
import type { CompanyData, TaxonomyItem } from '../contract/raw-data.js';
import { fiscalYearOf, parsePeriod, type FiscalYear } from '../periods/period.js';
import { covers, restatedIn } from '../calc/sum-eras.js';

export interface EraView {
  /** the old-era line is not shown for this period (its year is restated in the new grouping) */
  hidden(item: string, period: string): boolean;
  /** the company's note, when the figure is a restated one of the new grouping */
  restated(item: string, period: string): string | undefined;
}

export function eraView(data: Pick<CompanyData, 'items'>, documentPeriod: string, fiscal: FiscalYear, lang: string): EraView {
  const p = parsePeriod(documentPeriod);
  const fyOf = (period: string) => { const q = parsePeriod(period); return q ? fiscalYearOf(q, fiscal) : undefined; };
  const docFy = p ? fiscalYearOf(p, fiscal) : Number.NaN;
  // the eras in force for the document that restate earlier years
  const current = [...data.items.values()].flatMap((it: TaxonomyItem) => (it.sumEras ?? []).filter((e) => e.restates && covers(e, docFy)).map((e) => ({ parent: it, era: e })));
  return {
    hidden(item, period) {
      const fy = fyOf(period);
      if (fy === undefined) return false;
      return current.some(({ parent, era }) => restatedIn(era, fy) && !era.terms.some((t) => t.item === item)
        && (parent.sumEras ?? []).some((o) => o !== era && covers(o, fy) && o.terms.some((t) => t.item === item)));
    },
    restated(item, period) {
      const fy = fyOf(period);
      if (fy === undefined) return undefined;
      const hit = current.find(({ era }) => restatedIn(era, fy) && era.terms.some((t) => t.item === item));
      // a line the regrouping kept (maintenance service in both eras) is not restated
      if (!hit || (hit.parent.sumEras ?? []).some((o) => o !== hit.era && covers(o, fy) && o.terms.some((t) => t.item === item))) return undefined;
      return hit.era.restated ? ((lang === 'ja' ? hit.era.restated.ja : undefined) ?? hit.era.restated.en) : undefined;
    },
  };
}
