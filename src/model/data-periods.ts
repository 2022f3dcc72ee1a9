// Long-term views: a document may ask for every fiscal year (or quarter) from the first the data
// holds, so figures.json holds, beside the periods a document compares against, every period of
// the data that ends by the document's period end (never a later one).
import type { Ledger } from '../contract/analysis.js';
import { endDate, parsePeriod, type FiscalYear, type Period } from '../periods/period.js';

export function dataPeriods(ledger: Ledger, p: Period, fiscal: FiscalYear, published?: string): { durations: string[]; instants: string[] } {
  const end = endDate(p, fiscal);
  const lastInstant = published && published > end ? published : end;
  const durations = new Set<string>(); const instants = new Set<string>();
  for (const k of ledger.known.values()) {
    if (k.scenario !== 'actual') continue;
    const q = parsePeriod(k.period);
    if (!q || endDate(q, fiscal) > (q.kind === 'instant' ? lastInstant : end)) continue;
    (q.kind === 'instant' ? instants : durations).add(k.period);
  }
  return { durations: [...durations], instants: [...instants] };
}
