// The date a period's document is published: the first document that reports the period's headline
// figure (total revenues; total assets for a balance date), or a later period's. Targets announced
// after it are not the document's: a later revision never changes it. (An interim dividend paid
// within the year is not a report of the year.)
import type { CompanyData } from '../contract/raw-data.js';
import { endDate, nextQuarterEnd, parsePeriod, type Period } from '../periods/period.js';

export function documentDate(data: CompanyData, p: Period, headline?: string): string | undefined {
  const fiscal = data.company.fiscalYear;
  const end = endDate(p, fiscal);
  let first: string | undefined;
  for (const f of data.facts) {
    if (f.scenario !== 'actual' || f.measure || (headline && f.item !== headline)) continue;
    const fp = parsePeriod(f.period);
    if (!fp || endDate(fp, fiscal) < end) continue;
    if (!first || f.source.date < first) first = f.source.date;
  }
  return first;
}

/** The date of the period's own document, to print on it: the first document that reports the period
 *  when it was published before the next quarter ended. A later period's document (the half-year
 *  release that first reports the first quarter) is not the period's release: its date is not printed
 *  as the period's, and the document stays undated. */
export function ownDocumentDate(data: CompanyData, p: Period, headline?: string): string | undefined {
  const date = documentDate(data, p, headline);
  return date && date <= nextQuarterEnd(p, data.company.fiscalYear) ? date : undefined;
}
