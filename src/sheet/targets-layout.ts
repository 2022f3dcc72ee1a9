// The Targets sheet's layout for a period: the targets (forecasts) a period's document announces,
// and the announcements the data already holds for the same target periods. Pure: the writer
// (write-targets.ts) lays it out; the reader (read-targets.ts) reads the sheet's own headers.
//
// A period's document announces (or revises) targets for its own fiscal year and, with a full
// year's results, for the next year and its first half. Those target periods get a column each
// for a new announcement (the entry columns, pre-filled where the data holds an announcement made
// between the period's end and the next quarter's end: the period's own document), and a locked
// column per earlier announcement (initial, revised …), each headed by its date and document.
import type { CompanyData, Fact, TaxonomyItem } from '../contract/raw-data.js';
import type { Ledger } from '../contract/analysis.js';
import { announcedOf } from '../calc/targets.js';
import { tableUnit } from '../calc/token.js';
import { endDate, fiscalYearOf, parsePeriod, periodId, type Duration, type Period } from '../periods/period.js';
import { commonUnit, defaultUnit, finestUnit, inYear, statementUnit, type SheetRow } from './layout.js';

/** Rows: 1 title, 2 unit note, 3 target periods, 4 announced dates, 5 documents, items from row 6. */
export const TROW = { title: 1, unit: 2, header: 3, announced: 4, document: 5, first: 6 } as const;

export interface TargetColumn {
  period: string;
  /** a new announcement entered in this workbook (else a locked announcement of the data) */
  entry: boolean;
  announced?: string;
  document?: string;
  /** the announcement's fact per item id */
  facts: Map<string, Fact>;
}
export interface TargetsPlan { unit: string; rows: SheetRow[]; columns: TargetColumn[] }

const span = (fy: number, s: Duration['span']): Duration => ({ kind: 'duration', fy, span: s });

/** The target periods a period's document announces or revises. */
export function targetPeriods(p: Period): string[] {
  if (p.kind !== 'duration') return [];
  if (p.span === 'FY' || p.span === 'Q4' || p.span === 'H2') return [p.fy, p.fy + 1, p.fy + 1].map((fy, i) => periodId(span(fy, i === 1 ? 'H1' : 'FY')));
  return p.span === 'Q1' ? [periodId(span(p.fy, 'H1')), periodId(span(p.fy, 'FY'))] : [periodId(span(p.fy, 'FY'))];
}

/** When a period's document announces: after the period's end, up to the next quarter's end. */
export function announcementWindow(p: Duration, fiscal: CompanyData['company']['fiscalYear']): { after: string; upTo: string } {
  const last = { FY: 4, Q4: 4, H2: 4, H1: 2, Q2: 2, '9M': 3, Q3: 3, Q1: 1 }[p.span];
  const next = last === 4 ? span(p.fy + 1, 'Q1') : span(p.fy, `Q${last + 1}` as Duration['span']);
  return { after: endDate(p, fiscal), upTo: endDate(next, fiscal) };
}

/** One column per announcement date of a target period's history. */
function announcements(ledger: Ledger, items: TaxonomyItem[], period: string): Map<string, Map<string, Fact>> {
  const byDate = new Map<string, Map<string, Fact>>();
  for (const item of items) {
    for (const f of ledger.targetHistory(item.id, period)) {
      const d = announcedOf(f);
      (byDate.get(d) ?? byDate.set(d, new Map()).get(d)!).set(item.id, f);
    }
  }
  return new Map([...byDate].sort((a, b) => a[0].localeCompare(b[0])));
}

/** The items a company announces targets for, in taxonomy order (the revenue total when it has none yet). */
function targetItems(data: CompanyData, ledger: Ledger, fy: number): TaxonomyItem[] {
  const targeted = new Set(data.facts.filter((f) => f.scenario === 'target' && !f.measure).map((f) => f.item));
  const revenue = ledger.totals.revenue;
  if (!targeted.size && revenue) targeted.add(revenue);
  const rank = (i: TaxonomyItem) => { const n = STATEMENTS.indexOf(i.statement); return n < 0 ? STATEMENTS.length : n; };
  return [...data.items.values()].filter((i) => targeted.has(i.id) && i.time === 'duration' && inYear(i, fy)).sort((a, b) => rank(a) - rank(b));
}

/** The order targets are announced in: results, then per share, then dividends (data/README's statements). */
const STATEMENTS = ['income', 'cash-flow', 'segment', 'breakdown', 'kpi', 'non-gaap', 'per-share', 'dividend', 'balance', 'equity'];

export function planTargets(data: CompanyData, ledger: Ledger, period: string): TargetsPlan | undefined {
  const p = parsePeriod(period);
  if (!p || p.kind !== 'duration') return undefined;
  const items = targetItems(data, ledger, fiscalYearOf(p, data.company.fiscalYear));
  if (!items.length) return undefined;
  const win = announcementWindow(p, data.company.fiscalYear);
  const entries: TargetColumn[] = []; const history: TargetColumn[] = [];
  for (const t of targetPeriods(p)) {
    const dates = [...announcements(ledger, items, t)];
    const own = dates.filter(([d]) => d > win.after && d <= win.upTo).at(-1);
    entries.push({ period: t, entry: true, announced: own?.[0], facts: own?.[1] ?? new Map() });
    for (const [d, facts] of dates.filter(([d]) => d <= win.after)) history.push({ period: t, entry: false, announced: d, document: [...facts.values()][0].source.document, facts });
  }
  const unitsOf = new Map<string, string[]>();
  for (const f of data.facts) if (f.scenario === 'target' && !f.measure) unitsOf.set(f.item, [...(unitsOf.get(f.item) ?? []), f.tableUnit]);
  const money = statementUnit(items, unitsOf);
  const rows = items.map((item, n) => {
    const printed = finestUnit(unitsOf.get(item.id) ?? []);
    const fallback = money && item.unit !== 'ratio' && tableUnit(money).base === tableUnit(item.unit).base ? money : defaultUnit(item);
    return { item, depth: 0, unit: printed ?? fallback, row: TROW.first + n };
  });
  // the header names the money unit the targets are announced in (per-share rows name theirs)
  return { unit: money ?? commonUnit(rows.map((r) => r.unit))!, rows, columns: [...entries, ...history] };
}
