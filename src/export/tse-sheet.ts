// The data pack's sheet of the exchange's summary (TSE format): the release section's tables
// (layouts templates/release/tables/tse-*.yaml) as numbers, with the words of the document's
// language and the exchange's number formats. The same cells as the release prints.
import type ExcelJS from 'exceljs';
import type { DocumentInputs } from '../contract/document-inputs.js';
import type { Figure } from '../contract/figures.js';
import { narrativeFor } from '../render/inputs.js';
import { needPart } from '../template/template-set.js';
import { tseGrid, tseHead, tseUnit, rowLabel, type TseContext } from '../render/release/tse.js';
import { tseWords } from '../render/release/tse-helpers.js';
import { tseMessages } from '../render/release/tse-words.js';

/** The blocks of the sheet in the release's order: a heading (words of the messages' tse) and a layout. */
const BLOCKS: [string | undefined, string][] = [
  ['operations', 'tse-results'], [undefined, 'tse-per-share'], [undefined, 'tse-equity-method'], ['position', 'tse-position'],
  ['cashFlows', 'tse-cash-flows'], ['dividends', 'tse-dividends'], [undefined, 'tse-dividend-totals'],
  ['targets', 'tse-targets'], [undefined, 'tse-target-lines'], ['shares', 'tse-shares'], [undefined, 'tse-weighted-shares'],
];

function format(f: Figure, change: boolean): { value: number; numFmt: string } {
  const v = Number(f.value);
  if (change || f.unit === 'ratio' || f.unit === 'percent') return { value: v, numFmt: '0.0%;(0.0%);"-"' };
  if (f.unit === 'JPY') return { value: v / 1e6, numFmt: '#,##0;(#,##0);"-"' };
  if (/^JPY\//.test(f.unit)) return { value: v, numFmt: '#,##0.00;(#,##0.00);"-"' };
  return { value: v, numFmt: '#,##0;(#,##0);"-"' };
}

export function addTseSheet(wb: ExcelJS.Workbook, inputs: DocumentInputs): void {
  const { m, figures } = inputs;
  const layouts = needPart(inputs.templates, 'release').tse;
  const words = tseWords(inputs, figures);
  const tse = tseMessages(inputs.templates.catalog, m);
  const asOf = narrativeFor(inputs, figures.file.period).source?.source?.date;
  const ctx: TseContext = { figures, labels: inputs.labels, items: inputs.items, m, fiscal: inputs.fiscal, words, tse, period: figures.file.period, asOf };
  const word = (key: string) => String(((tse as Record<string, unknown>)[key] as (w: typeof words) => string)(words));
  const grids = BLOCKS.map(([heading, name]) => ({ heading, name, grid: layouts[name] && tseGrid(layouts[name], ctx) })).filter((b) => b.grid);
  if (!grids.length) return;
  const ws = wb.addWorksheet(tse.sheet(), { views: [{ state: 'frozen', xSplit: 1 }] });
  ws.getColumn(1).width = 44;
  ws.addRow([`${tse.title(words)} ${tse.gaap(words)}`]).font = { bold: true };
  ws.addRow([tse.rounding()]);
  for (const { heading, name, grid } of grids) {
    const g = grid!;
    const layout = layouts[name];
    ws.addRow([]);
    if (heading) ws.addRow([word(heading)]).font = { bold: true };
    const hasChange = g.cols.map((_, j) => g.cells.some((row) => row[j][1] !== undefined));
    const heads: string[] = ['']; const units: string[] = [''];
    g.cols.forEach((c, j) => { heads.push(tseHead(c, g.rows, ctx)); units.push(tseUnit(c, layout, ctx)); if (hasChange[j]) { heads.push(tse.change()); units.push(tse.unit('pct')); } });
    ws.addRow(heads).font = { bold: true };
    ws.addRow(units).font = { italic: true };
    g.rows.forEach((r, i) => {
      const row = ws.addRow([rowLabel(r, layout, ctx)]);
      let col = 2;
      g.cols.forEach((_, j) => {
        for (const k of hasChange[j] ? [0, 1] : [0]) {
          const cell = row.getCell(col++);
          const f = g.figs[i][j][k]; const text = g.cells[i][j][k];
          if (f) { const x = format(f, k === 1); cell.value = x.value; cell.numFmt = x.numFmt; } else if (text) cell.value = text;
        }
      });
    });
  }
  for (let c = 2; c <= ws.columnCount; c++) ws.getColumn(c).width = 16;
}
