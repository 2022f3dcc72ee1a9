// Read an entry workbook back: every cell of the period's column checked (a number, a dash for nil,
// or a formula that is recomputed here and compared with the result the team saw). Problems name
// the workbook, sheet and cell; all of them are collected, not only the first.
import ExcelJS from 'exceljs';
import type { CompanyData } from '../contract/raw-data.js';
import { near, said, spoken, type Problem } from '../errors/problem.js';
import { knownUnits } from '../load/facts.js';
import { parsePeriodArg, periodId, type Period } from '../periods/period.js';
import { ABOUT, ABOUT_SHEET, COL, ROW, columnsFor, sheetName, statementOf } from './layout.js';
import type { Accept, Entry, ReadWorkbook } from './entry.js';
import { cellRef } from './cell-address.js';
import { evaluateColumn, type RowCell } from './read-cells.js';
import { TROW } from './targets-layout.js';
import { readTargets, targetAccept } from './read-targets.js';
import { say } from './messages.js';

function readAbout(wb: ExcelJS.Workbook, file: string, company: string, problems: Problem[]): Period | undefined {
  const ws = wb.getWorksheet(ABOUT_SHEET);
  if (!ws) { problems.push(spoken({ code: 'E_FILE', file, message: said('sheetNoAbout', ABOUT_SHEET), hint: said('sheetNoAboutHint') })); return undefined; }
  const got = String(ws.getCell(ABOUT.company, 2).value ?? '').trim();
  if (got !== company) problems.push(spoken({ code: 'E_ARG', file, field: `${ABOUT_SHEET}!B${ABOUT.company}`, message: said('sheetOtherCompany'), expected: `"${company}"`, found: `"${got}"` }));
  const text = String(ws.getCell(ABOUT.period, 2).value ?? '').trim();
  const p = parsePeriodArg(text);
  if (!p) problems.push(spoken({ code: 'E_PERIOD', file, field: `${ABOUT_SHEET}!B${ABOUT.period}`, message: said('unknownPeriod'), expected: said('periodForms'), found: `"${text}"` }));
  return p;
}

/** The rows of a sheet from `first` on: an item id (one `accept` takes) and a known unit. */
export function sheetRows(ws: ExcelJS.Worksheet, first: number, data: CompanyData, units: Set<string>, file: string, problems: Problem[], accept: Accept): RowCell[] {
  const rows: RowCell[] = [];
  for (let r = first; r <= ws.rowCount; r++) {
    const id = String(ws.getCell(r, COL.id).value ?? '').trim();
    if (!id) continue;
    const item = data.items.get(id);
    const refused = item ? accept.refuse(item) : said('unknownItem', id);
    if (!item || refused) {
      problems.push(spoken({ code: 'E_UNKNOWN_ITEM', file, field: cellRef(ws.name, COL.id, r), message: refused!, hint: near(id, accept.ids) }));
      continue;
    }
    const unit = String(ws.getCell(r, COL.unit).value ?? '').trim();
    if (!units.has(unit)) { problems.push(spoken({ code: 'E_UNIT', file, field: cellRef(ws.name, COL.unit, r), message: said('unknownUnit', unit), expected: [...units].sort().join(', '), hint: near(unit, units) })); continue; }
    rows.push({ row: r, item, unit });
  }
  return rows;
}

/** Which items a sheet takes: a refusal's message for any other; the ids a near miss is compared with. */

function statementAccept(data: CompanyData, statement: string): Accept {
  return {
    refuse: (item) => (item.statement === statement ? undefined : said('sheetOtherStatement', item.id, item.statement, statement)),
    ids: [...data.items.values()].filter((i) => i.statement === statement).map((i) => i.id),
  };
}

/** A statement's sheet: its entry column (E), for the workbook's period. */
function statementEntries(ws: ExcelJS.Worksheet, data: CompanyData, p: Period, units: Set<string>, file: string, problems: Problem[]): Entry[] {
  const statement = statementOf(ws.name);
  const rows = sheetRows(ws, ROW.first, data, units, file, problems, statementAccept(data, statement));
  const instant = rows.length > 0 && rows[0].item.time === 'instant';
  const want = columnsFor(p, instant, data.company.fiscalYear)[0];
  const head = String(ws.getCell(ROW.header, COL.first).value ?? '').trim();
  if (head !== want) { problems.push(spoken({ code: 'E_PERIOD', file, field: cellRef(ws.name, COL.first, ROW.header), message: said('sheetOtherColumnPeriod', periodId(p)), expected: `"${want}"`, found: `"${head}"` })); return []; }
  const vals = evaluateColumn(ws, rows, COL.first, file, problems);
  return rows.flatMap((r) => {
    const v = vals.get(r.row);
    return v && v !== 'empty' && v !== 'bad' ? [{ sheet: ws.name, period: want, cell: cellRef(ws.name, COL.first, r.row), item: r.item, unit: r.unit, ...v }] : [];
  });
}

/** Every value of the workbook's entry column, checked; problems name sheet and cell. */
export async function readEntryWorkbook(bytes: Buffer, file: string, data: CompanyData, company: string, date: string): Promise<ReadWorkbook> {
  const problems: Problem[] = [];
  const wb = new ExcelJS.Workbook();
  try { await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer); } catch (e) {
    return { entries: [], problems: [spoken({ code: 'E_FILE', file, message: said('sheetNotXlsx'), found: said('sheetNotXlsxFound', (e as Error).message) })] };
  }
  const p = readAbout(wb, file, company, problems);
  const statements = new Set([...data.items.values()].map((i) => i.statement));
  const sheetNames = [...[...statements].map(sheetName), say.book.targetsSheet()];
  const units = knownUnits(data.items);
  const entries: Entry[] = [];
  for (const ws of wb.worksheets) {
    if (ws.name === ABOUT_SHEET) continue;
    if (ws.name === say.book.targetsSheet()) {
      const rows = sheetRows(ws, TROW.first, data, units, file, problems, targetAccept(data));
      entries.push(...readTargets(ws, rows, date, file, problems));
      continue;
    }
    if (!statements.has(statementOf(ws.name))) { problems.push(spoken({ code: 'E_FILE', file, field: `${ws.name}!A1`, message: said('sheetUnknownSheet', ws.name), expected: said('sheetSheetsExpected', ...sheetNames), hint: near(ws.name, sheetNames) })); continue; }
    if (p) entries.push(...statementEntries(ws, data, p, units, file, problems));
    else sheetRows(ws, ROW.first, data, units, file, problems, statementAccept(data, statementOf(ws.name)));
  }
  return { company, period: p ? periodId(p) : undefined, entries, problems };
}
