import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtures, run } from '../helpers.js';
import { loadCompany } from '../../src/load/load-company.js';

describe('quarterdeck CLI', () => {
  it('prints help and returns 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/check/);
    expect(r.out).toMatch(/figures/);
    expect(r.out).toMatch(/build/);
  });

  it('rejects an unknown command with exit code 2', async () => {
    const r = await run(['chek']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown command 'chek'/);
  });

  it('check passes on the fictional company', async () => {
    const r = await run(['check', '--data', fixtures, '--company', 'harbor']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const { data } = loadCompany(fixtures, 'harbor');
    expect(r.out).toContain(`Harbor Lights Co.: ${data.items.size} items, ${data.facts.length} printed facts`);
  });

  it('figures --json prints figures.json with provenance', async () => {
    const r = await run(['figures', '--data', fixtures, '--company', 'harbor', '--period', 'FY2024', '--json']);
    expect(r.code).toBe(0);
    const file = JSON.parse(r.out);
    expect(file.period).toBe('FY2024');
    const q4 = file.figures.find((f: { id: string }) => f.id === 'pl.sales.total@FY2024-Q4');
    expect(q4).toMatchObject({ value: '230000000', display: '230', kind: 'derived' });
    expect(q4.formula).toBe('pl.sales.total@FY2024-Q4 = pl.sales.total@FY2024 − pl.sales.total@FY2024-9M');
    expect(q4.sources.map((s: { line: number }) => s.line).sort()).toEqual([13, 13]);
    const yoy = file.figures.find((f: { id: string }) => f.id === 'yoy:pl.sales.total@FY2024');
    expect(yoy).toMatchObject({ display: '20.3%', kind: 'computed', printed: '20.3%' });
  });

  it('accepts the company\'s period labels', async () => {
    const r = await run(['figures', '--data', fixtures, '--company', 'harbor', '--period', '4Q24', '--grep', 'pl.sales.total@FY2024-Q4']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^4Q24 — /);
  });

  it('refuses a period the data does not cover', async () => {
    const r = await run(['figures', '--data', fixtures, '--company', 'harbor', '--period', 'FY2019']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/the data does not cover FY2019/);
  });

  it('build writes figures.json under out/<company>/<period>/<audience>/', async () => {
    const out = mkdtempSync(join(tmpdir(), 'qd-out-'));
    const r = await run(['build', '--data', fixtures, '--company', 'harbor', '--out', out, '--formats', 'figures']);
    expect(r.code).toBe(0);
    const path = join(out, 'harbor', 'FY2024', 'investors', 'figures.json');
    expect(existsSync(path)).toBe(true);
    expect(JSON.parse(readFileSync(path, 'utf8')).figures.length).toBeGreaterThan(50);
  });
});
