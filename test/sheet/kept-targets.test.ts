// A workbook that revises some of a year's targets says which targets stay as an earlier announcement
// had them (IIJ 1Q10: revenue and operating income revised; income before tax, net income, the
// per-share targets as announced with the FY2009 deck), so that a stale per-share target beside a
// revised net income is a choice, not an oversight.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { dataDir, run } from '../helpers.js';
import { en } from '../../src/messages/en.js';

describe('import: targets a revision leaves as they were', { timeout: 60_000 }, () => {
  it('lists them after the import, per target period and announcement', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qd-kept-targets-'));
    cpSync(join(dataDir, 'iij'), join(dir, 'iij'), { recursive: true });
    const book = join(dir, 'iij-1Q10.xlsx');
    expect((await run(['sheet', '--company', 'iij', '--period', '1Q10', '--data', dir, '--out', book])).code).toBe(0);
    const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(book);
    const ws = wb.getWorksheet('Targets')!;
    const col = [5, 6, 7].find((c) => ws.getCell(3, c).value === 'FY2010' && ws.getCell(5, c).value === 'this workbook')!;
    const row = (id: string) => { for (let r = 6; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === id) return r; throw new Error(id); };
    ws.getCell(row('is.revenue.total'), col).value = 72500;
    ws.getCell(row('is.operating-income'), col).value = 3100;
    await wb.xlsx.writeFile(book);
    const r = await run(['import', book, '--company', 'iij', '--data', dir, '--date', '2010-08-10']);
    expect(r.err).toBe('');
    expect(r.out.trim().split('\n').slice(1)).toEqual([
      en.sheet.keptTargets('FY2010', 'div.per-share.total, is.net-income-iij, is.pretax-income, ps.eps-basic', '2010-05-14'),
    ]);
  });
});
