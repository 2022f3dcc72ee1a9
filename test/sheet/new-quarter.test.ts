// A new quarter for the fixture company typed into its entry workbook (exceljs), imported, built;
// and bad workbooks: each a problem naming sheet and cell, nothing written.
import { describe, it, expect, beforeAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { copyFixture, run } from '../helpers.js';
import type { FiguresFile } from '../../src/contract/figures.js';

const Q = 'FY2026-Q1';
const folder = (dir: string) => join(dir, 'harbor', 'facts', 'workbook-fy2026-q1');

async function open(file: string): Promise<ExcelJS.Workbook> { const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(file); return wb; }
/** The entry cell of an item's row. */
function entry(wb: ExcelJS.Workbook, sheet: string, id: string): ExcelJS.Cell {
  const ws = wb.getWorksheet(sheet)!;
  for (let r = 4; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === id) return ws.getCell(r, 5);
  throw new Error(`no row ${id} on ${sheet}`);
}

/** The Targets sheet's entry cell for a target period and item. */
function target(wb: ExcelJS.Workbook, period: string, id: string): ExcelJS.Cell {
  const ws = wb.getWorksheet('Targets')!;
  const col = [5, 6, 7, 8].find((c) => ws.getCell(3, c).value === period && ws.getCell(5, c).value === 'this workbook');
  for (let r = 6; col && r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === id) return ws.getCell(r, col);
  throw new Error(`no target ${period} ${id}`);
}

/** The quarter as the finance team types it: lines only; the totals keep their formulas. */
function typeQuarter(wb: ExcelJS.Workbook): void {
  entry(wb, 'Income', 'pl.sales.lamps').value = 110;
  entry(wb, 'Income', 'pl.sales.service').value = 55;
  entry(wb, 'Income', 'pl.cogs').value = 95;
  entry(wb, 'Income', 'pl.sga').value = 42;
  entry(wb, 'Balance', 'fp.cash').value = 130250;
  entry(wb, 'Balance', 'fp.other-assets').value = 871000;
  // the year's forecast, announced with the quarter (its date left blank: the import's --date)
  target(wb, 'FY2026', 'pl.sales.total').value = 640;
  target(wb, 'FY2026', 'pl.operating-profit').value = 40;
}

describe('a new quarter entered in the workbook (harbor)', { timeout: 20_000 }, () => {
  let dir: string; let bad: string; let book: string; let blank: Buffer;
  beforeAll(async () => {
    dir = copyFixture().dir;
    bad = copyFixture().dir;
    book = join(dir, 'harbor-q1.xlsx');
    const s = await run(['sheet', '--company', 'harbor', '--period', '1Q26', '--data', dir, '--out', book]);
    expect(s.err).toBe('');
    blank = readFileSync(book);
  }, 30_000);

  const variant = async (name: string, edit: (wb: ExcelJS.Workbook) => void): Promise<string> => {
    const wb = new ExcelJS.Workbook(); await wb.xlsx.load(blank as unknown as ExcelJS.Buffer);
    typeQuarter(wb); edit(wb);
    const file = join(dir, `${name}.xlsx`);
    await wb.xlsx.writeFile(file);
    return file;
  };
  const refused = async (file: string, extra: string[] = []) => {
    const r = await run(['import', file, '--company', 'harbor', '--data', bad, '--date', '2026-04-30', ...extra]);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/nothing was written/);
    expect(existsSync(folder(bad))).toBe(false);
    return r.err;
  };

  it('lays the quarter out with its comparatives locked and its totals as formulas', async () => {
    const wb = await open(book);
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe('About');
    expect(names).toEqual(expect.arrayContaining(['Balance', 'Income']));
    const inc = wb.getWorksheet('Income')!;
    expect(inc.getRow(3).values).toEqual([undefined, 'id', 'Item', '項目', 'Unit', Q, 'FY2025-Q1', 'FY2025-Q4']);
    expect(String(inc.getCell('A2').value)).toMatch(/^Unit: JPY million/);
    const total = entry(wb, 'Income', 'pl.sales.total');
    expect((total.value as ExcelJS.CellFormulaValue).formula).toMatch(/^E\d+\+E\d+$/);
    expect(inc.getCell(total.row, 6).value).toBe(140);
    expect(inc.getCell(total.row, 6).protection?.locked).not.toBe(false);
    expect(total.protection?.locked).toBe(false);
    expect(total.dataValidation?.type).toBe('custom');
    expect(wb.getWorksheet('Balance')!.getCell('E3').value).toBe('2026-03-31');
    // the quarter's document announces the half's and the year's targets: two open columns, nothing in the data yet
    const t = wb.getWorksheet('Targets')!;
    expect(names.at(-1)).toBe('Targets');
    expect([3, 4, 5].map((r) => [5, 6].map((c) => t.getCell(r, c).value ?? null))).toEqual([['FY2026-H1', 'FY2026'], [null, null], ['this workbook', 'this workbook']]);
    expect([6, 7].map((r) => t.getCell(r, 1).value)).toEqual(['pl.sales.total', 'pl.operating-profit']);
    expect(target(wb, 'FY2026', 'pl.sales.total').protection?.locked).toBe(false);
    expect(t.getCell(4, 6).protection?.locked).toBe(false);
  });

  it('imports the typed quarter; the figures are as entered and derived', async () => {
    const file = await variant('good', () => {});
    const r = await run(['import', file, '--company', 'harbor', '--data', dir, '--date', '2026-04-30']);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/FY2026-Q1: 11 values/);
    const f = await run(['figures', '--company', 'harbor', '--period', Q, '--json', '--data', dir]);
    expect(f.err).toBe('');
    const fig = (id: string) => (JSON.parse(f.out) as FiguresFile).figures.find((x) => x.id === id);
    expect(fig(`pl.sales.total@${Q}`)?.value).toBe('165000000');
    expect(fig(`pl.operating-profit@${Q}`)?.value).toBe('28000000');
    expect(fig(`fp.assets.total@2026-03-31`)?.value).toBe('1001250000');
    expect(fig(`pl.sales.total@${Q}`)?.sources[0]).toMatchObject({ file: 'good.xlsx', cell: expect.stringMatching(/^Income!E\d+$/) });
    // the forecast typed on the Targets sheet, announced on the import's date, its source the cell
    expect(fig('target:pl.sales.total@FY2026')).toMatchObject({ value: '640000000', announced: '2026-04-30', sources: [{ file: 'good.xlsx', cell: 'Targets!F6' }] });
    expect(fig('target:pl.operating-profit@FY2026')?.value).toBe('40000000');
    expect(readFileSync(join(folder(dir), 'targets.yaml'), 'utf8')).toMatch(/columns: \["FY2026"\]\n    scenario: target\n    announced: "2026-04-30"\n    rows:\n      - \["pl\.sales\.total", "Targets!F6", "640"\]/);
    // re-importing an edited workbook replaces the source's files
    const edited = await variant('good', (wb) => { entry(wb, 'Income', 'pl.sga').value = 40; });
    expect((await run(['import', edited, '--company', 'harbor', '--data', dir, '--date', '2026-04-30'])).err).toBe('');
    expect(readFileSync(join(folder(dir), 'income.yaml'), 'utf8')).toMatch(/"pl\.sga", "Income!E\d+", "40"/);
    const b = await run(['build', '--company', 'harbor', '--period', Q, '--formats', 'figures,data-pack', '--data', dir, '--out', join(dir, 'out')]);
    expect(b.err).toBe('');
    const built = JSON.parse(readFileSync(join(dir, 'out', 'harbor', Q, 'investors', 'figures.json'), 'utf8')) as FiguresFile;
    expect(built.figures.find((x) => x.id === `pl.operating-profit@${Q}`)?.value).toBe('30000000');
    // the data pack names the workbook's cell as the figure's source, like a seed line
    const pack = await open(join(dir, 'out', 'harbor', Q, 'analysts', 'data-pack.xlsx')).catch(() => open(join(dir, 'out', 'harbor', Q, 'investors', 'data-pack.xlsx')));
    const texts: string[] = [];
    pack.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => { texts.push(String(c.value)); })));
    expect(texts.some((t) => /^good\.xlsx Income!E\d+/.test(t))).toBe(true);
  }, 90_000);

  it('text in a number cell is a problem at its cell', async () => {
    const err = await refused(await variant('text', (wb) => { entry(wb, 'Income', 'pl.sales.lamps').value = 'about 110'; }));
    expect(err).toMatch(/text\.xlsx: Income!E\d+: not a number for "pl\.sales\.lamps".*found "about 110".*\[E_NUMBER\]/);
  });

  it('a total typed over its formula that does not foot is a problem at its cell', async () => {
    let at = '';
    const err = await refused(await variant('foot', (wb) => { const c = entry(wb, 'Income', 'pl.sales.total'); c.value = 175; at = c.address; }));
    expect(err).toContain(`foot.xlsx: Income!${at}:`);
    expect(err).toMatch(/\[E_CHECK\]/);
  });

  it('a total whose shown result is not the sum of its lines is a problem', async () => {
    const err = await refused(await variant('stale', (wb) => { const c = entry(wb, 'Income', 'pl.sales.total'); c.value = { formula: (c.value as ExcelJS.CellFormulaValue).formula, result: 170 } as ExcelJS.CellFormulaValue; }));
    expect(err).toMatch(/stale\.xlsx: Income!E\d+: the total shown is not the sum of its lines \(expected 165, found 170\)/);
  });

  it('reports every problem of the workbook at once, each at its sheet and cell', async () => {
    let stale = '';
    const err = await refused(await variant('all', (wb) => {
      entry(wb, 'Income', 'pl.cogs').value = 'n/a';
      entry(wb, 'Income', 'pl.sales.total').value = 175;
      const c = entry(wb, 'Balance', 'fp.assets.total'); stale = c.address;
      c.value = { formula: (c.value as ExcelJS.CellFormulaValue).formula, result: 1000000 } as ExcelJS.CellFormulaValue;
      target(wb, 'FY2026', 'pl.operating-profit').value = 'about 40';
      wb.getWorksheet('Targets')!.getCell('E4').value = '2026-13-01';
      target(wb, 'FY2026-H1', 'pl.sales.total').value = 300;
      wb.getWorksheet('Targets')!.getCell('F4').value = '2026-05-20';
    }));
    // a non-number cell
    expect(err).toMatch(/all\.xlsx: Income!E\d+: not a number for "pl\.cogs" \(expected a number, or a dash \(-\) for nil, found "n\/a"\) \[E_NUMBER\]/);
    // a total typed over its formula that does not foot (found by the data's check, mapped back to its cell)
    expect(err).toMatch(/all\.xlsx: Income!E\d+: does not foot: pl\.sales\.total/);
    // a formula result the team did not see: the lines add to 1,001,250
    expect(err).toContain(`all.xlsx: Balance!${stale}: the total shown is not the sum of its lines (expected 1001250, found 1000000)`);
    // the Targets sheet: a non-number target, an announcement date that is not a date
    expect(err).toMatch(/all\.xlsx: Targets!F7: not a number for "pl\.operating-profit".*found "about 40"/);
    expect(err).toMatch(/all\.xlsx: Targets!E4: the date the targets were announced is not a date.*found "2026-13-01"/);
    expect(err).toMatch(/all\.xlsx: Targets!F4: announced after the document's date \(2026-04-30\).*found "2026-05-20"/);
    expect(err).toMatch(/6 problems found/);
  });

  it('an unknown sheet and an unknown item id are problems naming them', async () => {
    const err = await refused(await variant('unknown', (wb) => {
      wb.addWorksheet('Incme');
      const c = entry(wb, 'Income', 'pl.cogs'); wb.getWorksheet('Income')!.getCell(c.row, 1).value = 'pl.cogz';
    }));
    expect(err).toMatch(/unknown\.xlsx: Incme!A1: unknown sheet "Incme".*Did you mean "Income"/);
    expect(err).toMatch(/unknown\.xlsx: Income!A\d+: unknown item "pl\.cogz".*Did you mean "pl\.cogs"/);
  });

  it('a workbook of another company or period is refused at the cell that says so', async () => {
    const other = await refused(await variant('other', (wb) => { wb.getWorksheet('About')!.getCell('B2').value = 'iij'; }));
    expect(other).toMatch(/other\.xlsx: About!B2: a workbook of another company \(expected "harbor", found "iij"\)/);
    const period = await refused(await variant('period', () => {}), ['--period', 'FY2026-Q2']);
    expect(period).toMatch(/period\.xlsx: About!B3: a workbook of another period \(expected "FY2026-Q2", found "FY2026-Q1"\)/);
    const column = await refused(await variant('column', (wb) => { wb.getWorksheet('Income')!.getCell('E3').value = 'FY2026-Q2'; }));
    expect(column).toMatch(/column\.xlsx: Income!E3: the entry column is for another period/);
  });
});
