// Read the Targets sheet back: every entry column (row 5 says "this workbook") is an announcement of
// targets for the period in its row 3, announced on the date in its row 4 (blank: the import's
// date). Locked columns are the data's own announcements and are not read. Cells are checked like a
// statement's: numbers or a dash, formulas recomputed.
import type ExcelJS from 'exceljs';
import type { CompanyData } from '../contract/raw-data.js';
import { said, spoken, type Problem } from '../errors/problem.js';
import { parsePeriod, parsePeriodArg, periodId } from '../periods/period.js';
import { COL } from './layout.js';
import { cellRef } from './cell-address.js';
import { evaluateColumn, type RowCell } from './read-cells.js';
import { TROW } from './targets-layout.js';
import type { Accept, Entry } from './entry.js';
import { say } from './messages.js';

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** The Targets sheet takes items of any statement that are flows of a period. */
export function targetAccept(data: CompanyData): Accept {
  const flows = [...data.items.values()].filter((i) => i.time === 'duration');
  return { refuse: (item) => (item.time === 'duration' ? undefined : said('sheetTargetOfBalance', item.id)), ids: flows.map((i) => i.id) };
}

/** A date cell: ISO text, an Excel date, or blank; 'bad' for anything else. */
function dateIn(cell: ExcelJS.Cell): string | undefined | 'bad' {
  const v = cell.value;
  if (v === null || v === undefined || (typeof v === 'string' && !v.trim())) return undefined;
  const iso = v instanceof Date ? v.toISOString().slice(0, 10)
    : typeof v === 'number' ? new Date(EXCEL_EPOCH + Math.round(v) * 86_400_000).toISOString().slice(0, 10)
      : String(v).trim();
  return parsePeriod(iso)?.kind === 'instant' ? iso : 'bad';
}

/** The announcement of one entry column: its target period and date, or undefined (a problem said why). */
function columnHead(ws: ExcelJS.Worksheet, c: number, date: string, file: string, problems: Problem[]): { period: string; announced: string } | undefined {
  const head = String(ws.getCell(TROW.header, c).value ?? '').trim();
  const p = parsePeriodArg(head);
  let ok = true;
  if (!p || p.kind !== 'duration') {
    problems.push(spoken({ code: 'E_PERIOD', file, field: cellRef(ws.name, c, TROW.header), message: said('sheetTargetPeriod'), expected: said('sheetTargetPeriodExpected'), found: `"${head}"` }));
    ok = false;
  }
  const cell = ws.getCell(TROW.announced, c);
  const announced = dateIn(cell);
  if (announced === 'bad') {
    problems.push(spoken({ code: 'E_PERIOD', file, field: cellRef(ws.name, c, TROW.announced), message: said('sheetAnnouncedDate'), expected: said('sheetAnnouncedExpected'), found: `"${cell.text}"` }));
    ok = false;
  } else if (announced && announced > date) {
    problems.push(spoken({ code: 'E_PERIOD', file, field: cellRef(ws.name, c, TROW.announced), message: said('sheetAnnouncedAfter', date), found: `"${announced}"` }));
    ok = false;
  }
  return ok && p ? { period: periodId(p), announced: announced === 'bad' ? date : announced ?? date } : undefined;
}

/** Every value of the sheet's entry columns, each a target with its announcement date. */
export function readTargets(ws: ExcelJS.Worksheet, rows: RowCell[], date: string, file: string, problems: Problem[]): Entry[] {
  const out: Entry[] = [];
  for (let c = COL.first; c <= ws.columnCount; c++) {
    if (String(ws.getCell(TROW.document, c).value ?? '').trim() !== say.book.entryDocument()) continue;
    const head = columnHead(ws, c, date, file, problems);
    const vals = evaluateColumn(ws, rows, c, file, problems);
    if (!head) continue;
    for (const r of rows) {
      const v = vals.get(r.row);
      if (v && v !== 'empty' && v !== 'bad') out.push({ sheet: ws.name, period: head.period, cell: cellRef(ws.name, c, r.row), item: r.item, unit: r.unit, ...v, target: { announced: head.announced } });
    }
  }
  return out;
}
