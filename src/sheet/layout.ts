// The entry workbook's layout for a period: one sheet per statement, a row per taxonomy item in the
// taxonomy's order, a column for the period and for its comparatives, each row in a unit. Pure: the
// writer (write-workbook.ts) and the reader (read-workbook.ts) share it, so a cell means the same
// thing both ways.
import type { CompanyData, TaxonomyItem } from '../contract/raw-data.js';
import type { Known, Ledger } from '../contract/analysis.js';
import { nodeKey } from '../calc/resolve.js';
import { tableUnit } from '../calc/token.js';
import { endDate, fiscalYearOf, openingDate, parsePeriod, periodId, priorQuarter, priorYear, type FiscalYear, type Period } from '../periods/period.js';

/** Columns: A id, B English label, C Japanese label, D unit, E the period, F… the comparatives. */
export const COL = { id: 1, en: 2, ja: 3, unit: 4, first: 5 } as const;
/** Rows: 1 title, 2 unit note, 3 column headers (period ids), items from row 4. */
export const ROW = { title: 1, unit: 2, header: 3, first: 4 } as const;
export const ABOUT_SHEET = 'About';
/** The About sheet's rows: the company's id and the period, in column B. */
export const ABOUT = { company: 2, period: 3 } as const;

export interface SheetRow { item: TaxonomyItem; depth: number; unit: string; row: number }
export interface SheetPlan {
  statement: string;
  name: string;
  /** period ids of the value columns: the entry period first, then the comparatives */
  columns: string[];
  /** the unit the sheet's header states (rows in another unit say so in column D) */
  unit: string;
  rows: SheetRow[];
}

/** "cash-flow" → "Cash-flow": the sheet a statement is entered on. */
export const sheetName = (statement: string) => statement.charAt(0).toUpperCase() + statement.slice(1);

/** The period's columns for a sheet of flows or of balances. */
export function columnsFor(p: Period, instant: boolean, fiscal: FiscalYear): string[] {
  if (p.kind === 'instant') return instant ? [p.date, periodId(priorYear(p))] : [];
  const q = priorQuarter(p);
  if (!instant) return [...new Set([periodId(p), periodId(priorYear(p)), ...(q ? [periodId(q)] : [])])];
  const fyOpen = openingDate({ kind: 'duration', fy: p.fy, span: 'FY' }, fiscal);
  return [...new Set([endDate(p, fiscal), fyOpen, ...(q ? [endDate(q, fiscal)] : [])])];
}

export function inYear(item: TaxonomyItem, fy: number): boolean {
  const year = (s?: string) => (s ? Number(/\d{4}/.exec(s)?.[0]) : undefined);
  const since = year(item.since); const until = year(item.until);
  return (since === undefined || fy >= since) && (until === undefined || fy <= until);
}

/** The table unit most of an item's facts (or a statement's) are printed in. */
export function commonUnit(units: string[]): string | undefined {
  const n = new Map<string, number>();
  for (const u of units) n.set(u, (n.get(u) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function depthOf(item: TaxonomyItem, parents: Map<string, TaxonomyItem>, seen = new Set<string>()): number {
  const p = parents.get(item.id);
  if (!p || seen.has(p.id)) return 0;
  seen.add(item.id);
  return 1 + depthOf(p, parents, seen);
}

/** Every sheet of the entry workbook for period `period`. */
export function planWorkbook(data: CompanyData, ledger: Ledger, period: string): SheetPlan[] {
  const p = parsePeriod(period)!;
  const fiscal = data.company.fiscalYear;
  const fy = fiscalYearOf(p, fiscal);
  const byStatement = new Map<string, TaxonomyItem[]>();
  for (const item of data.items.values()) {
    if (!inYear(item, fy)) continue;
    byStatement.set(item.statement, [...(byStatement.get(item.statement) ?? []), item]);
  }
  const unitsOf = new Map<string, string[]>();
  for (const f of data.facts) if (!f.measure && f.scenario === 'actual') unitsOf.set(f.item, [...(unitsOf.get(f.item) ?? []), f.tableUnit]);
  const plans: SheetPlan[] = [];
  for (const [statement, all] of byStatement) {
    // a statement of flows and balances (KPIs) gets a second sheet for the fewer kind
    const instants = all.filter((i) => i.time === 'instant');
    const major = instants.length > all.length / 2;
    for (const instant of [major, !major]) {
      const items = all.filter((i) => (i.time === 'instant') === instant);
      const name = instant === major ? sheetName(statement) : `${sheetName(statement)} ${instant ? BALANCES : FLOWS}`;
      const plan = planSheet(statement, name, items, columnsFor(p, instant, fiscal), ledger, unitsOf);
      if (plan) plans.push(plan);
    }
  }
  return plans;
}

export const BALANCES = '(balances)';
export const FLOWS = '(flows)';

/** The statement a sheet enters: "Kpi (flows)" → kpi. */
export const statementOf = (sheet: string) => sheet.replace(/ \((balances|flows)\)$/, '').toLowerCase();

function planSheet(statement: string, name: string, items: TaxonomyItem[], columns: string[], ledger: Ledger, unitsOf: Map<string, string[]>): SheetPlan | undefined {
  if (!columns.length || !items.length) return undefined;
  const parents = new Map<string, TaxonomyItem>();
  for (const i of items) for (const c of i.sum ?? []) if (!parents.has(c.item)) parents.set(c.item, i);
  const sheetMoney = statementUnit(items, unitsOf);
  const rows = items.map((item, n) => {
    const own = ledger.known.get(nodeKey(item.id, columns[0]))?.fact?.tableUnit;
    // one money unit for the statement (the period's own print keeps its unit and precision)
    const money = sheetMoney && tableUnit(sheetMoney).base === baseOf(item) ? sheetMoney : undefined;
    return { item, depth: depthOf(item, parents), unit: own ?? money ?? finestUnit(unitsOf.get(item.id) ?? []) ?? defaultUnit(item), row: ROW.first + n };
  });
  const sheetUnit = commonUnit(rows.map((r) => r.unit))!;
  return { statement, name, columns, unit: sheetUnit, rows };
}

/**
 * The money unit a statement is printed in: the finest unit that prints at least half of its lines
 * (the full statements' thousands, not the highlights' millions; a summary in thousands that prints
 * only the totals does not count), else the unit that prints the most.
 */
export function statementUnit(items: TaxonomyItem[], unitsOf: Map<string, string[]>): string | undefined {
  const lines = new Map<string, Set<string>>();
  for (const i of items) {
    if (i.unit !== 'JPY' && i.unit !== 'USD') continue;
    for (const u of unitsOf.get(i.id) ?? []) if (tableUnit(u).base === i.unit) (lines.get(u) ?? lines.set(u, new Set()).get(u)!).add(i.id);
  }
  const printed = new Set([...lines.values()].flatMap((l) => [...l])).size;
  const byScale = [...lines].sort((a, b) => tableUnit(a[0]).scale.cmp(tableUnit(b[0]).scale));
  return (byScale.find(([, l]) => l.size * 2 >= printed) ?? [...byScale].sort((a, b) => b[1].size - a[1].size)[0])?.[0];
}

/** The finest money unit among an item's prints (JPY thousand before JPY million); else the most common. */
export function finestUnit(units: string[]): string | undefined {
  const money = units.filter((u) => { const b = tableUnit(u).base; return b === 'JPY' || b === 'USD'; });
  return money.length ? [...money].sort((a, b) => tableUnit(a).scale.cmp(tableUnit(b).scale))[0] : commonUnit(units);
}

const baseOf = (item: TaxonomyItem) => (item.unit === 'ratio' ? 'ratio' : tableUnit(item.unit).base);
export const defaultUnit = (item: TaxonomyItem) => (item.unit === 'ratio' ? 'percent' : item.unit);

/** What the data knows of a row in a column, in the row's unit. */
export function knownIn(ledger: Ledger, row: SheetRow, period: string): Known | undefined {
  return ledger.known.get(nodeKey(row.item.id, period));
}
