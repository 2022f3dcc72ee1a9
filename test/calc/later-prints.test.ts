// A later document that prints a figure again: within its own rounding it confirms the figure (the
// finer, earlier value stands, both sources kept); outside it, it restates it (later wins, `check`
// lists it). Fixture: harbor's FY2024 annual report (facts/fy2024-annual-report).
import { describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadCompany } from '../../src/load/load-company.js';
import { analyse } from '../../src/calc/analyse.js';
import { buildFigures } from '../../src/model/figures.js';
import { en } from '../../src/messages/en.js';
import type { Figure } from '../../src/contract/figures.js';
import { copyFixture, fixtures, run } from '../helpers.js';

const figuresOf = (dir: string, period: string) => {
  const a = analyse(loadCompany(dir, 'harbor').data);
  expect(a.problems).toEqual([]);
  return new Map(buildFigures(a.ledger, period, en).figures.map((f) => [f.id, f]));
};

describe('later prints: confirmation and restatement (harbor)', () => {
  const a = analyse(loadCompany(fixtures, 'harbor').data);
  const fy24 = new Map(buildFigures(a.ledger, 'FY2024', en).figures.map((f) => [f.id, f]));
  const fig = (id: string): Figure => { const f = fy24.get(id); expect(f, id).toBeDefined(); return f!; };

  it('a coarser later print that agrees confirms: the finer value and its first source stand, the confirmation is a source too', () => {
    const sales = fig('pl.sales.total@FY2024');
    expect(sales.value).toBe('710000000');
    expect(sales.precision).toBe('500000'); // JPY million, not the annual report's 0.1 billion
    expect(sales.display).toBe('710');
    expect(sales.kind).toBe('reported');
    expect(sales.sources.map((s) => `${s.file}:${s.line}`)).toEqual(['harbor-fy2024.txt:13', 'harbor-fy2024-annual.txt:71', 'harbor-fy2024-annual.txt:83']);
    expect(sales.superseded).toBeUndefined();
    // JPY thousand stays thousand: "880" million confirms 880,000 thousand
    const other = fig('fp.other-assets@2024-12-31');
    expect(other.precision).toBe('500');
    expect(other.sources.map((s) => s.file)).toEqual(['harbor-fy2024.txt', 'harbor-fy2024-annual.txt']);
  });

  it('a print outside the earlier rounding restates: the later value wins, the earlier is superseded', () => {
    const lamps = fig('pl.sales.lamps@FY2023');
    expect(lamps.value).toBe('395000000');
    expect(lamps.display).toBe('395');
    expect(lamps.sources.map((s) => `${s.file}:${s.line}`)).toEqual(['harbor-fy2024-annual.txt:81']);
    expect(lamps.superseded).toEqual([{ file: 'harbor-fy2024.txt', line: 11, document: 'FY2024 results', date: '2025-02-10', printed: '400' }]);
    // 500 / 395 − 1, each known to the million: 26.30% to 26.87%, a whole percent known
    expect(fig('yoy:pl.sales.lamps@FY2024').display).toBe('27%');
    expect(a.restatements.map((r) => `${r.item} ${r.period}: ${r.superseded.map((f) => f.printed).join()} → ${r.value.printed}`))
      .toEqual(['pl.sales.lamps FY2023: 400 → 395', 'pl.sales.service FY2023: 190 → 195']);
  });

  it('check lists the restatements with both documents', async () => {
    const r = await run(['check', '--data', fixtures, '--company', 'harbor']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Restatements: 2 figures');
    expect(r.out).toContain('pl.sales.lamps FY2023: "400" JPY million (FY2024 results, harbor-fy2024.txt:11) → "395" JPY million (FY2024 annual report, harbor-fy2024-annual.txt:81)');
  });

  it('adding the document changes no figure of another document except the ones it restates', () => {
    const c = copyFixture();
    rmSync(join(c.dir, 'harbor', 'facts', 'fy2024-annual-report'), { recursive: true });
    const before = figuresOf(c.dir, 'FY2024');
    const changed = [...fy24.values()].filter((f) => {
      const b = before.get(f.id);
      return !b || b.value !== f.value || b.display !== f.display || b.precision !== f.precision;
    }).map((f) => f.id);
    expect([...before.keys()].filter((id) => !fy24.has(id))).toEqual([]);
    // only figures of the restated FY2023 lines (and what is computed from them)
    expect(changed.length).toBeGreaterThan(0);
    for (const id of changed) expect(id, id).toMatch(/pl\.sales\.(lamps|service)@FY202[34]$/);
  });

  it('a new document that breaks an old total is named with every term, in the table unit', async () => {
    const c = copyFixture();
    c.write('facts/fy2024-annual-report/quarters.yaml', [
      'source: { file: harbor-q2-restated.txt, document: Q2 restated, date: "2025-04-01" }',
      'tables:',
      '  - { title: Q2, line: "3", unit: JPY million, columns: [FY2024-Q2], rows: [[pl.sales.lamps, "4", "125"]] }',
      '',
    ].join('\n'));
    const r = await run(['check', '--data', c.dir, '--company', 'harbor']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/does not foot: pl\.sales\.total = pl\.sales\.lamps \+ pl\.sales\.service \(FY2024-Q2\) \(expected 175 JPY million, found 170 \(difference \(5\)\)\)/);
    expect(r.err).toMatch(/Terms in JPY million: pl\.sales\.total@FY2024-Q2 170 \(facts\/fy2024-release\/results\.yaml:\d+, seed harbor-fy2024\.txt:13\); \+ pl\.sales\.lamps@FY2024-Q2 125 \(facts\/fy2024-annual-report\/quarters\.yaml:3, seed harbor-q2-restated\.txt:4\); \+ pl\.sales\.service@FY2024-Q2 50 \(facts\/fy2024-release\/results\.yaml:\d+, seed harbor-fy2024\.txt:12\)/);
  });
});

describe('later prints on the IIJ data', () => {
  it('a later, coarser EPS ("25,100") confirms 25,099.83: the FY2008 release keeps printing 25,099.83', async () => {
    const { cpSync, mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { dataDir } = await import('../helpers.js');
    const dir = mkdtempSync(join(tmpdir(), 'qd-iij-'));
    cpSync(join(dataDir, 'iij'), join(dir, 'iij'), { recursive: true });
    // a folder that sorts first: the order files are read in must not matter
    mkdirSync(join(dir, 'iij', 'facts', '000-aa-later-summary'));
    writeFileSync(join(dir, 'iij', 'facts', '000-aa-later-summary', 'per-share.yaml'), [
      'source: { file: later-summary.txt, document: Five-year summary, date: "2011-06-30" }',
      'tables:',
      '  - { title: Per share, line: "1", unit: JPY/share, columns: [FY2007], rows: [[ps.eps-basic, "2", "25,100"]] }',
      '',
    ].join('\n'));
    const before = new Map(buildFigures(analyse(loadCompany(dataDir, 'iij').data).ledger, 'FY2008', en).figures.map((f) => [f.id, f]));
    const a = analyse(loadCompany(dir, 'iij').data);
    expect(a.problems).toEqual([]);
    expect(a.restatements).toEqual([]);
    const after = buildFigures(a.ledger, 'FY2008', en).figures;
    const eps = after.find((f) => f.id === 'ps.eps-basic@FY2007')!;
    expect(eps.display).toBe('25,099.83');
    // no figure of the FY2008 document changed its value or display
    const changed = after.filter((f) => before.get(f.id)?.display !== f.display || before.get(f.id)?.value !== f.value).map((f) => f.id);
    expect(changed).toEqual([]);
  }, 120_000);
});
