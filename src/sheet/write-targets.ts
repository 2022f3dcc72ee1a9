// The Targets sheet (exceljs): a row per item the company announces targets for; a yellow column per
// target period for the announcement this period's document makes (its date in row 4), then a
// locked grey column per announcement the data already holds (initial, revised …), headed by its
// date and document.
import type ExcelJS from 'exceljs';
import type { CompanyData, Fact } from '../contract/raw-data.js';
import { tableUnit } from '../calc/token.js';
import { COL } from './layout.js';
import { colLetter } from './cell-address.js';
import { ENTRY_FILL, LOCKED_FILL, decimalsOf, isNilToken, numFmt, openForNumbers } from './cell-style.js';
import { TROW, type TargetColumn, type TargetsPlan } from './targets-layout.js';
import { say } from './messages.js';
import { coarseText, coarserThan } from './coarse.js';

/** A target as the row's unit shows it: a number, a dash for a nil printed as one, or a coarser print as text. */
export function factCell(f: Fact, unit: string): { v: number | string; decimals: number } {
  if (f.tableUnit === unit && isNilToken(f.printed)) return { v: '-', decimals: 0 };
  // the announcement as printed ("4.3 (JPY billion)"), not its value rounded to a whole billion
  const coarse = coarseText({ value: f.value, precision: f.precision, fact: f }, unit);
  if (coarse) return { v: coarse, decimals: 0 };
  const scaled = f.value.div(tableUnit(unit).scale);
  const decimals = f.tableUnit === unit ? decimalsOf(f.printed) : Math.min(scaled.decimalPlaces(), 2);
  return { v: scaled.toDecimalPlaces(decimals).toNumber(), decimals };
}

/** Rows 3–5 of a column: the target period, the date it was announced, the document. */
function columnHead(ws: ExcelJS.Worksheet, c: number, col: TargetColumn): void {
  const head = ws.getCell(TROW.header, c);
  head.value = col.period; head.font = { bold: true };
  const date = ws.getCell(TROW.announced, c);
  if (col.announced) date.value = col.announced;
  date.numFmt = '@';
  ws.getCell(TROW.document, c).value = col.entry ? say.book.entryDocument() : col.document ?? '';
  ws.getCell(TROW.document, c).alignment = { wrapText: true, vertical: 'top' };
  if (!col.entry) { for (const r of [TROW.header, TROW.announced, TROW.document]) ws.getCell(r, c).fill = LOCKED_FILL; return; }
  const at = date.address;
  date.protection = { locked: false };
  date.fill = ENTRY_FILL;
  date.dataValidation = {
    type: 'custom', allowBlank: true, formulae: [`OR(ISNUMBER(${at}),AND(LEN(${at})=10,MID(${at},5,1)="-",MID(${at},8,1)="-"))`],
    showErrorMessage: true, errorTitle: say.book.dateValidationTitle(), error: say.book.dateValidation(),
  };
}

export async function targetsSheet(wb: ExcelJS.Workbook, plan: TargetsPlan, data: CompanyData, period: string): Promise<void> {
  const name = say.book.targetsSheet();
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: COL.unit, ySplit: TROW.document }] });
  const entryCols = plan.columns.map((c, i) => (c.entry ? colLetter(COL.first + i) : '')).filter(Boolean);
  ws.getCell(TROW.title, 1).value = say.book.targetsTitle(data.company.name.en, period);
  ws.getCell(TROW.title, 1).font = { bold: true, size: 13 };
  ws.getCell(TROW.unit, 1).value = say.book.targetsNote(plan.unit, entryCols.join(', '));
  say.book.headers().forEach((h, i) => { const c = ws.getCell(TROW.header, i + 1); c.value = h; c.font = { bold: true }; });
  ws.getCell(TROW.announced, COL.unit).value = say.book.announced();
  ws.getCell(TROW.document, COL.unit).value = say.book.document();
  ws.getColumn(COL.id).width = 32; ws.getColumn(COL.en).width = 46; ws.getColumn(COL.ja).width = 36; ws.getColumn(COL.unit).width = 14;
  plan.columns.forEach((col, i) => { ws.getColumn(COL.first + i).width = 18; columnHead(ws, COL.first + i, col); });
  for (const row of plan.rows) {
    ws.getCell(row.row, COL.id).value = row.item.id;
    ws.getCell(row.row, COL.en).value = row.item.en;
    ws.getCell(row.row, COL.ja).value = row.item.ja ?? '';
    ws.getCell(row.row, COL.unit).value = row.unit;
    plan.columns.forEach((col, i) => {
      const cell = ws.getCell(row.row, COL.first + i);
      const f = col.facts.get(row.item.id);
      // an entry is read back: a print coarser than the row's unit is not pre-filled (it would gain digits)
      if (f && !(col.entry && coarserThan(f.precision, row.unit))) { const { v, decimals } = factCell(f, row.unit); cell.value = v; cell.numFmt = numFmt(decimals); }
      if (col.entry) openForNumbers(cell, row.unit); else cell.fill = LOCKED_FILL;
    });
  }
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
}
