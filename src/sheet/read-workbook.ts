// Read an entry workbook back: every cell of the period's column checked (a number, a dash for nil,
// or a formula that is recomputed here and compared with the result the team saw). Problems name
// the workbook, sheet and cell; all of them are collected, not only the first.
import ExcelJS from 'exceljs';
import { Decimal } from 'decimal.js';
import type { CompanyData, TaxonomyItem } from '../types.js';
import { didYouMean, type Problem } from '../errors/problem.js';
import { knownUnits } from '../load/facts.js';
import { parsePeriodArg, periodId, type Period } from '../periods/period.js';
import { ABOUT_SHEET, COL, ROW, columnsFor, statementOf } from './layout.js';
import { ABOUT, colLetter } from './write-workbook.js';

/** One entered value: the sheet's row, its item and unit, the value (undefined: nil) and its decimals. */
export interface Entry { sheet: string; cell: string; period: string; item: TaxonomyItem; unit: string; value: Decimal | 'nil'; decimals: number }
export interface ReadWorkbook { company?: string; period?: string; entries: Entry[]; problems: Problem[] }

interface RowCell { row: number; item: TaxonomyItem; unit: string; cell: ExcelJS.Cell }
type Val = { value: Decimal | 'nil'; decimals: number } | 'empty' | 'bad';

const NIL = /^[-—–_−]$/;

function readAbout(wb: ExcelJS.Workbook, file: string, company: string, problems: Problem[]): Period | undefined {
  const ws = wb.getWorksheet(ABOUT_SHEET);
  if (!ws) { problems.push({ code: 'E_FILE', file, message: `no "${ABOUT_SHEET}" sheet: not an entry workbook`, hint: 'Write one with `quarterdeck sheet --period P`.' }); return undefined; }
  const got = String(ws.getCell(ABOUT.company, 2).value ?? '').trim();
  if (got !== company) problems.push({ code: 'E_ARG', file, field: `${ABOUT_SHEET}!B${ABOUT.company}`, message: 'a workbook of another company', expected: `"${company}"`, found: `"${got}"` });
  const text = String(ws.getCell(ABOUT.period, 2).value ?? '').trim();
  const p = parsePeriodArg(text);
  if (!p) problems.push({ code: 'E_PERIOD', file, field: `${ABOUT_SHEET}!B${ABOUT.period}`, message: 'unknown period', expected: 'FY2009, FY2009-Q2 …', found: `"${text}"` });
  return p;
}

/** A cell's number as the team typed it (a number, or a dash); formulas are left to `evaluate`. */
function literal(cell: ExcelJS.Cell): Val | { formula: string; result: unknown } | { text: string } {
  const v = cell.value;
  if (v === null || v === undefined || v === '') return 'empty';
  if (typeof v === 'number') {
    const fmt = /\.(0+)/.exec(cell.numFmt ?? '')?.[1].length ?? 0;
    const d = new Decimal(String(v));
    return { value: d, decimals: Math.max(fmt, d.decimalPlaces()) };
  }
  if (typeof v === 'string') return NIL.test(v.trim()) ? { value: 'nil', decimals: 0 } : v.trim() === '' ? 'empty' : { text: v };
  if (typeof v === 'object' && 'formula' in v && typeof v.formula === 'string') return { formula: v.formula, result: v.result };
  if (typeof v === 'object' && 'sharedFormula' in v) return { formula: String(cell.formula ?? ''), result: (v as { result?: unknown }).result };
  if (typeof v === 'object' && 'richText' in v) return { text: v.richText.map((t) => t.text).join('') };
  return { text: String(cell.text ?? v) };
}

/** `=E5+E6-E7`, `=SUM(E5:E9)`: the rows it adds, with signs; undefined for any other formula. */
function formulaTerms(formula: string, col: string): { row: number; sign: 1 | -1 }[] | undefined {
  const f = formula.replace(/^=/, '').replace(/\s+/g, '').replace(/\$/g, '');
  const out: { row: number; sign: 1 | -1 }[] = [];
  const re = new RegExp(`([+-]?)(?:SUM\\(${col}(\\d+):${col}(\\d+)\\)|${col}(\\d+))`, 'giy');
  let m: RegExpExecArray | null; let at = 0;
  while ((m = re.exec(f))) {
    const sign = m[1] === '-' ? -1 : 1;
    if (m[4]) out.push({ row: Number(m[4]), sign });
    else for (let r = Number(m[2]); r <= Number(m[3]); r++) out.push({ row: r, sign });
    at = re.lastIndex;
  }
  return at === f.length && out.length ? out : undefined;
}

function sheetRows(ws: ExcelJS.Worksheet, data: CompanyData, statement: string, units: Set<string>, file: string, problems: Problem[]): RowCell[] {
  const rows: RowCell[] = [];
  const ids = [...data.items.values()].filter((i) => i.statement === statement).map((i) => i.id);
  for (let r = ROW.first; r <= ws.rowCount; r++) {
    const id = String(ws.getCell(r, COL.id).value ?? '').trim();
    if (!id) continue;
    const item = data.items.get(id);
    const where = `${ws.name}!${colLetter(COL.id)}${r}`;
    if (!item || item.statement !== statement) {
      problems.push({ code: 'E_UNKNOWN_ITEM', file, field: where, message: item ? `"${id}" is an item of the ${item.statement} statement, not of ${statement}` : `unknown item "${id}"`, hint: didYouMean(id, ids) });
      continue;
    }
    const unit = String(ws.getCell(r, COL.unit).value ?? '').trim();
    if (!units.has(unit)) { problems.push({ code: 'E_UNIT', file, field: `${ws.name}!${colLetter(COL.unit)}${r}`, message: `unknown unit "${unit}"`, expected: [...units].sort().join(', '), hint: didYouMean(unit, units) }); continue; }
    rows.push({ row: r, item, unit, cell: ws.getCell(r, COL.first) });
  }
  return rows;
}

/** The values of a sheet's entry column: literals as typed, formulas recomputed and compared. */
function evaluateSheet(ws: ExcelJS.Worksheet, rows: RowCell[], file: string, problems: Problem[]): Map<number, Val> {
  const col = colLetter(COL.first);
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const memo = new Map<number, Val>();
  const where = (r: number) => `${ws.name}!${col}${r}`;
  const evaluate = (r: number, stack: number[] = []): Val => {
    if (memo.has(r)) return memo.get(r)!;
    const rc = byRow.get(r);
    const lit = rc ? literal(rc.cell) : literal(ws.getCell(r, COL.first));
    let val: Val;
    if (lit === 'empty' || lit === 'bad' || 'value' in lit) val = lit;
    else if ('text' in lit) {
      problems.push({ code: 'E_NUMBER', file, field: where(r), message: `not a number${rc ? ` for "${rc.item.id}"` : ''}`, expected: 'a number, or a dash (-) for nil', found: `"${lit.text}"`, hint: /^[\d,().+-]+$/.test(lit.text.trim()) ? 'The cell holds text: enter the figure as a number.' : undefined });
      val = 'bad';
    } else val = stack.includes(r) ? 'bad' : recompute(r, lit, [...stack, r]);
    memo.set(r, val);
    return val;
  };
  const recompute = (r: number, f: { formula: string; result: unknown }, stack: number[]): Val => {
    const terms = formulaTerms(f.formula, col);
    if (!terms) { problems.push({ code: 'E_NUMBER', file, field: where(r), message: 'a formula QuarterDeck cannot recompute', expected: `a number, or a sum of cells of column ${col} (=${col}5+${col}6-${col}7, =SUM(${col}5:${col}9))`, found: `=${f.formula}` }); return 'bad'; }
    const vals = terms.map((t) => ({ ...t, v: evaluate(t.row, stack) }));
    if (vals.some((t) => t.v === 'bad')) return 'bad';
    const empty = vals.filter((t) => t.v === 'empty');
    if (empty.length === vals.length) return 'empty';
    if (empty.length) { problems.push({ code: 'E_NUMBER', file, field: where(r), message: `the total adds empty cells (${empty.map((t) => where(t.row)).join(', ')})`, expected: 'every line it adds entered (a dash for nil), or the total typed as a number' }); return 'bad'; }
    const sum = vals.reduce((s, t) => { const x = t.v as { value: Decimal | 'nil' }; return x.value === 'nil' ? s : s.plus(x.value.times(t.sign)); }, new Decimal(0));
    const decimals = Math.max(0, ...vals.map((t) => (t.v as { decimals: number }).decimals));
    if (typeof f.result === 'number' && !new Decimal(String(f.result)).eq(sum)) {
      problems.push({ code: 'E_CHECK', file, field: where(r), message: 'the total shown is not the sum of its lines', expected: sum.toFixed(decimals), found: String(f.result), hint: 'Recalculate the workbook (the lines changed after the total was computed) or correct the lines.' });
      return 'bad';
    }
    return { value: sum, decimals };
  };
  for (const r of rows) evaluate(r.row);
  return memo;
}

/** Every value of the workbook's entry column, checked; problems name sheet and cell. */
export async function readEntryWorkbook(bytes: Buffer, file: string, data: CompanyData, company: string): Promise<ReadWorkbook> {
  const problems: Problem[] = [];
  const wb = new ExcelJS.Workbook();
  try { await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer); } catch (e) {
    return { entries: [], problems: [{ code: 'E_FILE', file, message: 'not an xlsx workbook', found: (e as Error).message }] };
  }
  const p = readAbout(wb, file, company, problems);
  const statements = new Set([...data.items.values()].map((i) => i.statement));
  const sheetNames = [...statements].map((s) => s.charAt(0).toUpperCase() + s.slice(1));
  const units = knownUnits(data.items);
  const entries: Entry[] = [];
  for (const ws of wb.worksheets) {
    if (ws.name === ABOUT_SHEET) continue;
    const statement = statementOf(ws.name);
    if (!statements.has(statement)) { problems.push({ code: 'E_FILE', file, field: `${ws.name}!A1`, message: `unknown sheet "${ws.name}"`, expected: `a statement's sheet: ${sheetNames.join(', ')}`, hint: didYouMean(ws.name, sheetNames) }); continue; }
    const rows = sheetRows(ws, data, statement, units, file, problems);
    if (!p) continue;
    const instant = rows.length > 0 && rows[0].item.time === 'instant';
    const want = columnsFor(p, instant, data.company.fiscalYear)[0];
    const head = String(ws.getCell(ROW.header, COL.first).value ?? '').trim();
    if (head !== want) { problems.push({ code: 'E_PERIOD', file, field: `${ws.name}!${colLetter(COL.first)}${ROW.header}`, message: `the entry column is for another period than the workbook's ${periodId(p)}`, expected: `"${want}"`, found: `"${head}"` }); continue; }
    const vals = evaluateSheet(ws, rows, file, problems);
    for (const r of rows) {
      const v = vals.get(r.row);
      if (v && v !== 'empty' && v !== 'bad') entries.push({ sheet: ws.name, period: want, cell: `${ws.name}!${colLetter(COL.first)}${r.row}`, item: r.item, unit: r.unit, ...v });
    }
  }
  return { company, period: p ? periodId(p) : undefined, entries, problems };
}
