// The entry workbook (exceljs): an About sheet naming the company and period, then one sheet per
// statement. The period's column is open for entry (numbers or a dash only, by data validation);
// the comparatives' columns are filled from the data and locked; totals carry the formula of their
// children (the taxonomy's `sum`) where the children are on the same sheet in the same unit.
import ExcelJS from 'exceljs';
import { Decimal } from 'decimal.js';
import type { CompanyData } from '../contract/raw-data.js';
import type { Ledger } from '../contract/analysis.js';
import { tableUnit } from '../calc/token.js';
import { ABOUT, ABOUT_SHEET, COL, ROW, knownIn, planWorkbook, type SheetPlan, type SheetRow } from './layout.js';
import { colLetter } from './cell-address.js';
import { LOCKED_FILL, decimalsOf, isNilToken, numFmt, openForNumbers } from './cell-style.js';
import { planTargets } from './targets-layout.js';
import { targetsSheet } from './write-targets.js';
import { coarseText } from './coarse.js';
import { say } from './messages.js';

/** A cell's value for a row and column from the data: a number in the row's unit, a dash, or nothing. */
function valueOf(ledger: Ledger, row: SheetRow, period: string, reportedOnly: boolean): { v?: number | string; decimals: number } {
  const k = knownIn(ledger, row, period);
  if (!k || (reportedOnly && k.kind !== 'reported')) return { decimals: 0 };
  if (k.fact && k.fact.tableUnit === row.unit && isNilToken(k.fact.printed)) return { v: '-', decimals: 0 };
  const coarse = reportedOnly ? undefined : coarseText(k, row.unit);
  if (coarse !== undefined) return { v: coarse || undefined, decimals: 0 };
  const scaled = k.value.div(tableUnit(row.unit).scale);
  const decimals = k.fact && k.fact.tableUnit === row.unit ? decimalsOf(k.fact.printed) : Math.min(scaled.decimalPlaces(), 2);
  return { v: scaled.toDecimalPlaces(decimals).toNumber(), decimals };
}

/** `=E5+E6-E7` for a total whose children are all on the sheet in its unit; else undefined. */
function totalFormula(plan: SheetPlan, row: SheetRow, col: string): { formula: string; children: SheetRow[] } | undefined {
  if (!row.item.sum?.length) return undefined;
  const terms: string[] = []; const children: SheetRow[] = [];
  for (const { item, sign } of row.item.sum) {
    const child = plan.rows.find((r) => r.item.id === item);
    if (!child || child.unit !== row.unit) return undefined;
    terms.push(`${sign < 0 ? '-' : terms.length ? '+' : ''}${col}${child.row}`);
    children.push(child);
  }
  return { formula: terms.join(''), children };
}

function entryCell(ws: ExcelJS.Worksheet, plan: SheetPlan, row: SheetRow, period: string, ledger: Ledger): void {
  const col = colLetter(COL.first);
  const cell = ws.getCell(`${col}${row.row}`);
  const own = valueOf(ledger, row, period, true);
  const total = totalFormula(plan, row, col);
  const kids = total?.children.map((c) => valueOf(ledger, c, period, true));
  const foots = kids?.every((k) => k.v !== undefined)
    ? kids.reduce((s, k, i) => s.plus(new Decimal(k.v === '-' ? 0 : k.v!).times(row.item.sum![i].sign)), new Decimal(0))
    : undefined;
  if (total && (own.v === undefined || (foots && new Decimal(own.v === '-' ? 0 : own.v).eq(foots)))) {
    cell.value = { formula: total.formula, result: foots?.toNumber() } as ExcelJS.CellFormulaValue;
    cell.numFmt = numFmt(Math.max(0, ...(kids ?? []).map((k) => k.decimals)));
  } else if (own.v !== undefined) {
    cell.value = own.v;
    cell.numFmt = numFmt(own.decimals);
  }
  openForNumbers(cell, row.unit);
}

function statementSheet(wb: ExcelJS.Workbook, plan: SheetPlan, data: CompanyData, ledger: Ledger, period: string): void {
  const ws = wb.addWorksheet(plan.name, { views: [{ state: 'frozen', xSplit: COL.unit, ySplit: ROW.header }] });
  ws.getCell(ROW.title, 1).value = say.book.title(data.company.name.en, plan.name, period);
  ws.getCell(ROW.title, 1).font = { bold: true, size: 13 };
  ws.getCell(ROW.unit, 1).value = say.book.unitNote(plan.unit, period, colLetter(COL.first));
  const header = [...say.book.headers(), ...plan.columns];
  header.forEach((h, i) => { const c = ws.getCell(ROW.header, i + 1); c.value = h; c.font = { bold: true }; });
  ws.getColumn(COL.id).width = 44; ws.getColumn(COL.en).width = 46; ws.getColumn(COL.ja).width = 36; ws.getColumn(COL.unit).width = 14;
  plan.columns.forEach((_, i) => { ws.getColumn(COL.first + i).width = 16; });
  for (const row of plan.rows) {
    ws.getCell(row.row, COL.id).value = row.item.id;
    ws.getCell(row.row, COL.en).value = row.item.en;
    ws.getCell(row.row, COL.en).alignment = { indent: row.depth };
    ws.getCell(row.row, COL.ja).value = row.item.ja ?? '';
    ws.getCell(row.row, COL.ja).alignment = { indent: row.depth };
    ws.getCell(row.row, COL.unit).value = row.unit;
    if (row.item.sum?.length) ws.getRow(row.row).font = { bold: true };
    entryCell(ws, plan, row, plan.columns[0], ledger);
    plan.columns.slice(1).forEach((p, i) => {
      const c = ws.getCell(row.row, COL.first + 1 + i);
      const { v, decimals } = valueOf(ledger, row, p, false);
      if (v !== undefined) { c.value = v; c.numFmt = numFmt(decimals); }
      c.fill = LOCKED_FILL;
    });
  }
}

async function aboutSheet(wb: ExcelJS.Workbook, data: CompanyData, period: string): Promise<void> {
  const ws = wb.addWorksheet(ABOUT_SHEET);
  ws.getCell('A1').value = say.book.aboutTitle(data.company.name.en, period);
  ws.getCell('A1').font = { bold: true, size: 13 };
  ws.getCell(ABOUT.company, 1).value = say.book.aboutCompany(); ws.getCell(ABOUT.company, 2).value = data.company.id;
  ws.getCell(ABOUT.period, 1).value = say.book.aboutPeriod(); ws.getCell(ABOUT.period, 2).value = period;
  ws.getCell(5, 1).value = say.book.aboutHelp();
  ws.getColumn(1).width = 16; ws.getColumn(2).width = 40;
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true });
}

/** The entry workbook for `period`, as xlsx bytes. */
export async function writeEntryWorkbook(data: CompanyData, ledger: Ledger, period: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'QuarterDeck';
  wb.calcProperties.fullCalcOnLoad = true;
  await aboutSheet(wb, data, period);
  for (const plan of planWorkbook(data, ledger, period)) {
    statementSheet(wb, plan, data, ledger, period);
    await wb.getWorksheet(plan.name)!.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
  }
  const targets = planTargets(data, ledger, period);
  if (targets) await targetsSheet(wb, targets, data, period);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
