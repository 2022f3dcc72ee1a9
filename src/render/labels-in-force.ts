// An item's wording changes over the years (FY2008's "Minority interests in losses of subsidiaries"
// is FY2009's "Net loss attributable to noncontrolling interests"): a document uses the label in
// force for its fiscal year. The taxonomy's en/ja are the current wording; `labels` lists the
// wording of other years, each with `since` / `until` (fiscal years, inclusive).
import type { LabelEra, TaxonomyItem } from '../contract/raw-data.js';

const year = (fy: string | undefined) => (fy ? Number(fy.slice(2)) : undefined);
const covers = (e: { since?: string; until?: string }, fy: number) => (year(e.since) ?? -Infinity) <= fy && fy <= (year(e.until) ?? Infinity);

/** The label of an item for a document of fiscal year `fy`, in a language (English when it has none). */
export function labelInForce(it: Pick<TaxonomyItem, 'en' | 'ja' | 'labels'>, fy: number, lang: string): string {
  const era = it.labels?.find((e) => covers(e, fy));
  const pick = (x: { en: string; ja?: string }) => (lang === 'ja' ? x.ja : undefined) ?? x.en;
  return era ? pick(era) : pick(it);
}

/** Labels a document of fiscal year `fy` must not print: the wording of other years, where it differs from the label in force. */
export function labelsNotInForce(items: Iterable<Pick<TaxonomyItem, 'id' | 'en' | 'ja' | 'labels'>>, fy: number, lang: string): { item: string; label: string; inForce: string; era: LabelEra | 'current' }[] {
  const out: { item: string; label: string; inForce: string; era: LabelEra | 'current' }[] = [];
  for (const it of items) {
    if (!it.labels?.length) continue;
    const inForce = labelInForce(it, fy, lang);
    const eras: (LabelEra | 'current')[] = [...it.labels.filter((e) => !covers(e, fy)), ...(it.labels.some((e) => covers(e, fy)) ? ['current' as const] : [])];
    for (const era of eras) {
      const label = era === 'current' ? labelInForce({ en: it.en, ja: it.ja }, fy, lang) : labelInForce({ en: era.en, ja: era.ja }, fy, lang);
      if (label !== inForce && !inForce.toLowerCase().includes(label.toLowerCase())) out.push({ item: it.id, label, inForce, era });
    }
  }
  return out;
}
