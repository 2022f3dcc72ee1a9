// The analysts' data pack: every figure of the package in a workbook, one sheet per statement
// (items down, periods across), numbers as numbers with the company's number formats, and a
// Figures sheet with each figure's kind, formula and sources.
import ExcelJS from 'exceljs';
import type { Figure, FiguresFile } from '../contract/figures.js';
import type { DocumentInputs } from '../contract/document-inputs.js';
import { periodLabels } from '../periods/labels.js';
import { addTseSheet } from './tse-sheet.js';
import { finishWorkbook } from './ooxml/index.js';

const MONEY = '#,##0;(#,##0);"-"';
const PCT = '0.0%;(0.0%);"-"';
const COUNT = '#,##0;(#,##0);"-"';

/** Sheet names per statement, in the order an analyst reads them. */
const STATEMENTS: [string, string][] = [
  ['income', 'Income statement'], ['breakdown', 'Revenue breakdown'], ['segment', 'Segments'],
  ['balance', 'Balance sheet'], ['cash-flow', 'Cash flows'], ['equity', 'Equity'], ['non-gaap', 'Non-GAAP'],
  ['per-share', 'Per share'], ['kpi', 'KPIs'], ['dividend', 'Dividends'],
];

function numberFormat(f: Figure): string {
  if (f.unit === 'points') return '0.0;(0.0);"-"';
  if (f.unit === 'ratio' || f.unit === 'percent') return PCT;
  if (f.unit === 'JPY' || f.unit === 'USD') return MONEY;
  if (/JPY\/(share|ADS)/.test(f.unit)) return '#,##0.00';
  return COUNT;
}

/** A figure's value as the workbook stores it: JPY in millions, ratios as fractions. */
function cellValue(f: Figure): number {
  const v = Number(f.value);
  return f.unit === 'JPY' || f.unit === 'USD' ? v / 1e6 : f.unit === 'points' ? v * 100 : v;
}

export async function dataPack(file: FiguresFile, inputs: DocumentInputs): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'QuarterDeck';
  wb.title = `${inputs.company.name.en} ${file.periodLabel} data pack`;
  const base = file.figures.filter((f) => !f.measure && f.scenario === 'actual');

  for (const [statement, title] of STATEMENTS) {
    const figs = base.filter((f) => inputs.items.get(f.item)?.statement === statement);
    if (!figs.length) continue;
    const periods = [...new Set(figs.map((f) => f.period))].sort();
    const ws = wb.addWorksheet(title, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
    ws.columns = [
      { header: 'Item', key: 'item', width: 44 },
      { header: 'Unit', key: 'unit', width: 12 },
      ...periods.map((p) => ({ header: periodLabels(p, inputs.fiscal, inputs.m).short, key: p, width: 16 })),
      { header: 'id', key: 'id', width: 40 },
    ];
    ws.getRow(1).font = { bold: true };
    const byItem = new Map<string, Figure[]>();
    for (const f of figs) (byItem.get(f.item) ?? byItem.set(f.item, []).get(f.item)!).push(f);
    for (const [item, list] of byItem) {
      const unit = list[0].unit === 'JPY' ? 'JPY million' : list[0].unit === 'ratio' ? '%' : list[0].unit;
      const row = ws.addRow({ item: inputs.labels.get(item) ?? item, unit, id: item });
      for (const f of list) {
        const cell = row.getCell(f.period);
        cell.value = cellValue(f);
        cell.numFmt = numberFormat(f);
        if (f.kind === 'derived') cell.note = `derived: ${f.formula ?? ''}`;
      }
    }
  }

  // the exchange's summary (TSE format), as the release prints it
  addTseSheet(wb, inputs);

  const all = wb.addWorksheet('Figures', { views: [{ state: 'frozen', ySplit: 1 }] });
  all.columns = [
    { header: 'id', key: 'id', width: 48 }, { header: 'Label', key: 'label', width: 48 }, { header: 'Period', key: 'period', width: 12 },
    { header: 'Value', key: 'value', width: 18 }, { header: 'Unit', key: 'unit', width: 12 }, { header: 'Display', key: 'display', width: 14 },
    { header: 'Kind', key: 'kind', width: 10 }, { header: 'Exact value', key: 'exact', width: 24 }, { header: 'Formula', key: 'formula', width: 60 },
    { header: 'Sources', key: 'sources', width: 60 },
  ];
  all.getRow(1).font = { bold: true };
  for (const f of file.figures) {
    const row = all.addRow({
      id: f.id, label: f.label, period: f.periodLabel, value: cellValue(f), unit: f.unit === 'JPY' ? 'JPY million' : f.unit,
      display: f.display, kind: f.kind, exact: f.value, formula: f.formula ?? '',
      sources: f.sources.map((s) => ('cell' in s && s.cell ? `${s.file} ${s.cell}` : `${s.file}:${s.line}`)).join(', '),
    });
    row.getCell('value').numFmt = numberFormat(f);
  }
  // parts stored by exceljs, deflated natively by finishWorkbook (a third of the time of JSZip's deflate)
  return finishWorkbook(new Uint8Array(await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } })), 'data-pack.xlsx', new Map(), true);
}
