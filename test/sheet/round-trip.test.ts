// Round trip: the FY2008 entry workbook written from the IIJ data, imported into a copy of the data
// whose FY2008 item values were blanked, gives the same value for every figure FY2008 reports.
import { describe, it, expect, beforeAll } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { dataDir, root, run } from '../helpers.js';
import type { FiguresFile } from '../../src/types.js';

const OWN = new Set(['FY2008', '2009-03-31']);

/** A copy of the data with FY2008's own item values (not printed ratios and changes) left blank. */
function dataWithoutFy2008(): { dir: string; blanked: number } {
  const dir = mkdtempSync(join(tmpdir(), 'qd-sheet-'));
  cpSync(join(dataDir, 'iij'), join(dir, 'iij'), { recursive: true });
  let blanked = 0;
  // misprints an erratum sets aside stay (they give no value either way; their errata must match)
  const errata = new Set<string>();
  for (const f of readdirSync(join(dir, 'iij', 'errata'))) {
    for (const e of parse(readFileSync(join(dir, 'iij', 'errata', f), 'utf8'), { schema: 'failsafe' }) as { item?: string; period?: string; line: string }[]) errata.add(`${e.item}|${e.period}|${e.line}`);
  }
  const facts = join(dir, 'iij', 'facts');
  for (const src of readdirSync(facts)) for (const f of readdirSync(join(facts, src))) {
    const path = join(facts, src, f);
    const doc = parse(readFileSync(path, 'utf8'), { schema: 'failsafe' }) as { tables: { columns: string[]; scenario?: string; rows: string[][] }[] };
    for (const t of doc.tables) {
      if (t.scenario === 'target') continue;
      t.columns.forEach((c, ci) => {
        if (!OWN.has(c)) return;
        for (const row of t.rows) if (!row[0].includes(':') && row[ci + 2] !== '' && !errata.has(`${row[0]}|${c}|${row[1]}`)) { row[ci + 2] = ''; blanked++; }
      });
    }
    writeFileSync(path, stringify(doc));
  }
  return { dir, blanked };
}

const figures = async (data: string) => {
  const r = await run(['figures', '--period', 'FY2008', '--json', '--data', data]);
  expect(r.err).toBe('');
  return JSON.parse(r.out) as FiguresFile;
};

describe('entry workbook round trip (FY2008, IIJ)', () => {
  let before: FiguresFile; let after: FiguresFile; let book: string; let copy: { dir: string; blanked: number };
  let imported: { code: number; out: string; err: string };
  beforeAll(async () => {
    copy = dataWithoutFy2008();
    book = join(copy.dir, 'iij-FY2008.xlsx');
    const s = await run(['sheet', '--period', 'FY2008', '--out', book]);
    expect(s.err).toBe('');
    imported = await run(['import', book, '--data', copy.dir, '--date', '2009-05-15']);
    before = await figures(dataDir);
    after = await figures(copy.dir);
  }, 60_000);

  it('imports the workbook into a facts folder whose rows name their cells', () => {
    expect(imported.err).toBe('');
    expect(imported.code).toBe(0);
    expect(copy.blanked).toBeGreaterThan(200);
    const income = readFileSync(join(copy.dir, 'iij', 'facts', 'workbook-fy2008', 'income.yaml'), 'utf8');
    expect(income).toMatch(/\["is\.revenue\.total", "Income!E\d+", "69,730,730"\]/);
    expect(income).toMatch(/\["is\.other\.interest-expense", "Income!E\d+", "\(408,152\)"\]/);
  });

  it('gives the same value for every figure FY2008 reports', () => {
    const afterById = new Map(after.figures.map((f) => [f.id, f]));
    const reported = before.figures.filter((f) => f.kind === 'reported');
    expect(reported.length).toBeGreaterThan(150);
    const differ = reported.filter((f) => afterById.get(f.id)?.value !== f.value).map((f) => `${f.id}: ${f.value} → ${afterById.get(f.id)?.value}`);
    expect(differ).toEqual([]);
  });

  it('shows the workbook as the source of the figures it gave', () => {
    const rev = after.figures.find((f) => f.id === 'is.revenue.total@FY2008' || (f.item === 'is.revenue.total' && f.period === 'FY2008' && !f.measure))!;
    expect(rev.sources.map((s) => s.file)).toContain('iij-FY2008.xlsx');
    expect((rev.sources.find((s) => s.file === 'iij-FY2008.xlsx') as { cell?: string }).cell).toMatch(/^Income!E\d+$/);
  });

  it('writes a workbook that passes the Office Open XML schemas', () => {
    const check = join(root, '..', 'shared', 'ooxml', 'check');
    if (!existsSync(check)) throw new Error(`${check} missing`);
    const out = execFileSync(check, [book], { encoding: 'utf8' });
    expect(out).toMatch(/ 0 invalid/);
  });
});
