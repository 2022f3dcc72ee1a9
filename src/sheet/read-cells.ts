// The cells of one entry column: a number as typed, a dash for nil, or a formula that is recomputed
// here and compared with the result the team saw (a result nobody saw is never taken). Problems name
// the workbook's sheet and cell; every one is collected, not only the first.
import ExcelJS from 'exceljs';
import { Decimal } from 'decimal.js';
import type { TaxonomyItem } from '../contract/raw-data.js';
import { said, spoken, type Problem } from '../errors/problem.js';
import { colLetter } from './cell-address.js';

/** A row of a sheet the reader knows: its item and unit. */
export interface RowCell { row: number; item: TaxonomyItem; unit: string }
export type Val = { value: Decimal | 'nil'; decimals: number } | 'empty' | 'bad';

export const NIL = /^[-—–_−]$/;

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

type Formula = { formula: string; result: unknown };

/** The values of one column of a sheet (column number `colNo`): literals as typed, formulas recomputed and compared. */
export function evaluateColumn(ws: ExcelJS.Worksheet, rows: RowCell[], colNo: number, file: string, problems: Problem[]): Map<number, Val> {
  const col = colLetter(colNo);
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const memo = new Map<number, Val>();
  const where = (r: number) => `${ws.name}!${col}${r}`;
  const evaluate = (r: number, stack: number[] = []): Val => {
    if (memo.has(r)) return memo.get(r)!;
    const rc = byRow.get(r);
    const lit = literal(ws.getCell(r, colNo));
    let val: Val;
    if (lit === 'empty' || lit === 'bad' || 'value' in lit) val = lit;
    else if ('text' in lit) {
      problems.push(spoken({ code: 'E_NUMBER', file, field: where(r), message: said('sheetNotNumber', rc?.item.id), expected: said('sheetNumberExpected'), found: `"${lit.text}"`, hint: /^[\d,().+-]+$/.test(lit.text.trim()) ? said('sheetTextHint') : undefined }));
      val = 'bad';
    } else val = stack.includes(r) ? 'bad' : recompute(r, lit, [...stack, r]);
    memo.set(r, val);
    return val;
  };
  const recompute = (r: number, f: Formula, stack: number[]): Val => {
    const terms = formulaTerms(f.formula, col);
    if (!terms) { problems.push(spoken({ code: 'E_NUMBER', file, field: where(r), message: said('sheetFormula'), expected: said('sheetFormulaExpected', col), found: `=${f.formula}` })); return 'bad'; }
    const vals = terms.map((t) => ({ ...t, v: evaluate(t.row, stack) }));
    if (vals.some((t) => t.v === 'bad')) return 'bad';
    const empty = vals.filter((t) => t.v === 'empty');
    if (empty.length === vals.length) return 'empty';
    if (empty.length) { problems.push(spoken({ code: 'E_NUMBER', file, field: where(r), message: said('sheetEmptyTerms', ...empty.map((t) => where(t.row))), expected: said('sheetEmptyTermsExpected') })); return 'bad'; }
    const sum = vals.reduce((s, t) => { const x = t.v as { value: Decimal | 'nil' }; return x.value === 'nil' ? s : s.plus(x.value.times(t.sign)); }, new Decimal(0));
    const decimals = Math.max(0, ...vals.map((t) => (t.v as { decimals: number }).decimals));
    if (typeof f.result === 'number' && !new Decimal(String(f.result)).eq(sum)) {
      problems.push(spoken({ code: 'E_CHECK', file, field: where(r), message: said('sheetStaleResult'), expected: sum.toFixed(decimals), found: String(f.result), hint: said('sheetStaleHint') }));
      return 'bad';
    }
    return { value: sum, decimals };
  };
  for (const r of rows) evaluate(r.row);
  return memo;
}
