// A comparative the data knows only more coarsely than its row's unit is shown with the digits it is
// known to, never fewer: an announced target as printed ("4.3" billion, not "4"), a value derived
// from rounded prints to the decimals its rounding allows (375 ± 2 million: "0.38" billion, not "0").
// IIJ's own data, the entry workbook of a quarter after its last (1Q10).
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { Decimal } from 'decimal.js';
import { dataDir, run } from '../helpers.js';
import { coarseText } from '../../src/sheet/coarse.js';

const cellOf = (ws: ExcelJS.Worksheet, id: string, col: number) => {
  for (let r = 4; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === id) return ws.getCell(r, col).value;
  throw new Error(`no row ${id}`);
};

describe('coarse comparatives in the entry workbook', { timeout: 30_000 }, () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const book = join(mkdtempSync(join(tmpdir(), 'qd-sheet-')), 'iij-1Q10.xlsx');
    const r = await run(['sheet', '--company', 'iij', '--period', '1Q10', '--data', dataDir, '--out', book]);
    expect(r.code, r.err).toBe(0);
    wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(book);
  }, 30_000);

  it('the FY2010 targets announced with the FY2009 deck read as the deck printed them, in its unit', () => {
    const ws = wb.getWorksheet('Targets')!;
    const col = [5, 6, 7, 8].find((c) => ws.getCell(5, c).value === 'FY2009 results deck')!;
    expect(ws.getCell(3, col).value).toBe('FY2010');
    expect(cellOf(ws, 'is.revenue.total', col)).toBe('71.0 (JPY billion)');
    expect(cellOf(ws, 'is.operating-income', col)).toBe('4.3 (JPY billion)');
    expect(cellOf(ws, 'is.pretax-income', col)).toBe('3.7 (JPY billion)');
    expect(cellOf(ws, 'is.net-income-iij', col)).toBe('2.6 (JPY billion)');
  });

  it('a 1Q09 line derived as 1H09 − 2Q09 (known to within 2 million) keeps the digits it is known to', () => {
    const ws = wb.getWorksheet('Breakdown')!;
    expect(ws.getCell(3, 6).value).toBe('FY2009-Q1');
    expect(cellOf(ws, 'rev.connectivity-corporate.others-incl-mobile', 6)).toBe('0.38 (JPY billion)');
  });

  it('decimals follow the precision: within one of the last digit shown', () => {
    const d = (v: string, p: string) => coarseText({ value: new Decimal(v), precision: new Decimal(p) }, 'JPY million');
    expect(d('375000000', '2000000')).toBe('0.38 (JPY billion)');
    expect(d('375000000', '20000000')).toBe('0.4 (JPY billion)');
    expect(d('375000000', '200000000')).toBe('0 (JPY billion)');
    expect(d('375000000', '1000000')).toBeUndefined();
  });
});
