// An item exists from its `since` to its `until` (fiscal years, inclusive): a figure printed for a
// period outside that life is a problem at its data file and line — one per row of a table, naming
// every period of the row outside the life. A line a regrouping brought in may have figures for the
// year its era restates (`restates:` of a parent's sum era), printed by a document of the new era.
import type { CompanyData } from '../contract/raw-data.js';
import { said, spoken, type Problem } from '../errors/problem.js';
import { fiscalYearOf, parsePeriod } from '../periods/period.js';
import { covers, restatingEra } from './sum-eras.js';

export function checkItemLives(data: CompanyData, problems: Problem[]): void {
  const fiscal = data.company.fiscalYear;
  const fyOf = (period: string) => { const p = parsePeriod(period); return p ? fiscalYearOf(p, fiscal) : undefined; };
  // the fiscal years each data file prints figures for: a restated figure comes from a document of the new era
  const yearsOf = new Map<string, number[]>();
  for (const f of data.facts) { const y = fyOf(f.period); if (y !== undefined) (yearsOf.get(f.source.dataFile) ?? yearsOf.set(f.source.dataFile, []).get(f.source.dataFile)!).push(y); }
  const parents = [...data.items.values()].filter((i) => i.sumEras);
  const restated = (f: CompanyData['facts'][number], fy: number) => parents.some((p) => {
    const era = restatingEra(p, f.item, fy);
    return era !== undefined && (yearsOf.get(f.source.dataFile) ?? []).some((y) => y >= Number(era.since!.slice(2)));
  });
  const rows = new Map<string, { f: CompanyData['facts'][number]; periods: string[] }>();
  for (const f of data.facts) {
    const item = data.items.get(f.item);
    if (!item || (item.since === undefined && item.until === undefined)) continue;
    const fy = fyOf(f.period);
    if (fy === undefined || covers(item, fy) || restated(f, fy)) continue;
    const key = `${f.source.dataFile}:${f.source.dataLine}:${f.key}`;
    const row = rows.get(key) ?? rows.set(key, { f, periods: [] }).get(key)!;
    row.periods.push(f.period);
  }
  for (const { f, periods } of rows.values()) {
    const item = data.items.get(f.item)!;
    const life = `${item.since ?? '…'} – ${item.until ?? '…'}`;
    problems.push(spoken({
      code: 'E_ERA', file: f.source.dataFile, line: f.source.dataLine, field: f.key, item: f.key, period: periods[0],
      message: said('outsideLife', periods.join(', '), f.item, life, `${item.dataFile}:${item.dataLine}`),
      expected: said('lifePeriods', item.since ?? '', item.until ?? ''), found: periods.join(', '),
      hint: item.until !== undefined && periods.some((p) => fyOf(p)! > Number(item.until!.slice(2)))
        ? said('regroupedHint')
        : said('beforeItExisted'),
    }));
  }
}
