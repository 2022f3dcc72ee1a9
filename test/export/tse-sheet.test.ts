// The data pack's sheet of the exchange's summary: the same figures as the release's TSE section,
// as numbers with the exchange's formats; English and Japanese words. The FY2008 data pack is the
// one of the package matrix (export/ooxml/packages.ts: built once per process for its period and
// language), which export/ooxml/office.test.ts passes through the Office Open XML schemas.
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { addTseSheet } from '../../src/export/tse-sheet.js';
import { en } from '../../src/messages/en.js';
import { ja } from '../../src/messages/ja.js';
import { officePackage } from './ooxml/packages.js';
import { jaInputs } from '../render/ja-support.js';
import { dataDir, root } from '../helpers.js';
import { tseMessages } from '../../src/render/release/tse-words.js';
import { loadCatalogs } from '../../src/template/catalogs.js';

// the summary's words as the built-in catalogs have them (render/release/tse-words.ts)
const tseIn = (m: typeof en | typeof ja) => tseMessages(loadCatalogs([join(root, 'templates')]).find((c) => c.lang === m.lang)!, m);

const sheets: Record<string, ExcelJS.Worksheet> = {};
/** rows of a sheet as arrays of values (column A first) */
const rows = (ws: ExcelJS.Worksheet) => { const out: unknown[][] = []; ws.eachRow((r) => out.push((r.values as unknown[]).slice(1))); return out; };
const row = (ws: ExcelJS.Worksheet, label: string, after?: string) => {
  const all = rows(ws); const from = after ? all.findIndex((r) => r.includes(after)) : 0;
  return all.slice(from).find((r) => r[0] === label)!;
};

beforeAll(async () => {
  const bytes = (await officePackage({ name: 'fy2008', dataDir, company: 'iij', period: 'FY2008', audience: 'investors', deck: false })).xlsx;
  const wb = new ExcelJS.Workbook(); await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  sheets.en = wb.getWorksheet(tseIn(en).sheet())!;
  // the Japanese sheet alone (the rest of the pack is the same code)
  const wbj = new ExcelJS.Workbook();
  addTseSheet(wbj, jaInputs('FY2009').inputs);
  sheets.ja = wbj.getWorksheet(tseIn(ja).sheet())!;
}, 120_000);

describe('data pack: the TSE summary sheet', () => {
  it('holds the section\'s figures as numbers (FY2008, seed 004 lines 787-853)', () => {
    const ws = sheets.en;
    expect(ws).toBeDefined();
    const cur = row(ws, 'Fiscal year ended March 31, 2009');
    // revenue in JPY millions, YoY as a fraction: 69,731 and (38.7) as the exchange prints them
    expect(Math.round(cur[1] as number)).toBe(69_731);
    expect((cur[4] as number).toFixed(3)).toBe('-0.387');
    let first: ExcelJS.Row | undefined;
    ws.eachRow((r) => { if (!first && r.getCell(1).value === 'Fiscal year ended March 31, 2009') first = r; });
    expect(first!.getCell(2).numFmt).toBe('#,##0;(#,##0);"-"');
    expect(first!.getCell(3).numFmt).toBe('0.0%;(0.0%);"-"');
    const ratios = row(ws, 'Fiscal year ended March 31, 2009', "Net Income to Total Shareholders' Equity");
    expect(ratios.slice(1).map((v) => Number(v).toFixed(3))).toEqual(['6917.866', '6916.855', '0.057', '0.038', '0.042']);
    const div = row(ws, 'Fiscal year ended March 31, 2008', '1st quarter-end');
    expect(div.slice(1)).toEqual(['-', 750, '-', 1000, 1750]);
    const targets = row(ws, 'Interim period ending September 30, 2009');
    expect(targets.slice(1).map((v) => Number(v).toFixed(3))).toEqual(['33500.000', '0.007', '800.000', '-0.204', '550.000', '-0.282']);
    const total = rows(ws).flat();
    for (const words of [tseIn(en).operations(), tseIn(en).position(), tseIn(en).cashFlows(), tseIn(en).dividends(), tseIn(en).rounding()]) expect(total).toContain(words);
  });

  it('in Japanese for the ja audience (FY2009)', () => {
    const ws = sheets.ja;
    expect(ws).toBeDefined();
    const all = rows(ws).flat();
    for (const words of [tseIn(ja).operations(), tseIn(ja).position(), tseIn(ja).dividends()]) expect(all).toContain(words);
    const cur = row(ws, '2010年3月期');
    expect(Math.round(cur[1] as number)).toBe(68_006);
    expect((cur[2] as number).toFixed(3)).toBe('-0.025');
  });
});
