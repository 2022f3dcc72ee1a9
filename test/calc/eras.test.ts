// A taxonomy with eras: the fictional company regroups net sales from FY2026 and restates FY2025.
// `check` enforces each item's life (since/until) with file and line, one problem per cause; the
// parent's sum foots by the rule in force for each year (both for the restated year).
import { describe, expect, it } from 'vitest';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { prepare } from '../../src/build.js';
import { QuarterDeckError, type Problem } from '../../src/errors/problem.js';
import { copyFixture, fixtures, run } from '../helpers.js';

/** A scratch copy of the fictional company with the regrouping overlay (test/fixtures/harbor-eras). */
export function harborEras() {
  const c = copyFixture();
  cpSync(join(fixtures, 'harbor-eras'), join(c.dir, 'harbor'), { recursive: true });
  return c;
}

function problemsOf(dir: string): Problem[] {
  try { prepare(dir, 'harbor'); return []; } catch (e) { if (e instanceof QuarterDeckError) return e.problems; throw e; }
}

describe('sums by era', () => {
  it('the regrouped data checks clean: each year foots by its own rule, the restated year by both', async () => {
    const c = harborEras();
    const r = await run(['check', '--data', c.dir, '--company', 'harbor']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('every sum foots');
    const { analysis } = prepare(c.dir, 'harbor');
    const v = (item: string, p: string) => analysis.ledger.value(item, p)?.interval.mid.toFixed();
    expect(v('pl.sales.total', 'FY2026')).toBe('690000000');
    expect(v('pl.sales.total', 'FY2025')).toBe('595000000');
    // the old lines end with FY2025; the new ones begin with their restated FY2025
    expect(v('pl.sales.lamps', 'FY2025')).toBe('390000000');
    expect(v('pl.sales.lamps', 'FY2026')).toBeUndefined();
    expect(v('pl.sales.fixtures', 'FY2025')).toBe('300000000');
  });

  it('a new-era year that does not foot is one problem naming the new rule at its era\'s line', () => {
    const c = harborEras();
    c.edit('facts/fy2026-release/results.yaml', (s) => s.replace('[pl.sales.fixtures, "11", "330"', '[pl.sales.fixtures, "11", "335"'));
    const p = problemsOf(c.dir);
    expect(p).toHaveLength(1);
    expect(p[0].code).toBe('E_CHECK');
    // filed at the total's print, naming the rule in force and where it is defined
    expect(p[0].file).toMatch(/fy2026-release[\\/]results\.yaml$/);
    expect(p[0].message).toMatch(/does not foot: pl\.sales\.total = pl\.sales\.fixtures \+ pl\.sales\.smart \+ pl\.sales\.service, the sum in force for FY2026 on \(restating FY2025\) \(.*profit-loss\.yaml:11\) \(FY2026\)/);
    expect(p[0].expected).toBe('695 JPY million');
  });

  it('the restated year foots by the new rule too: a restated line off is a problem', () => {
    const c = harborEras();
    c.edit('facts/fy2026-release/results.yaml', (s) => s.replace('[pl.sales.smart, "12", "140", "90"]', '[pl.sales.smart, "12", "140", "95"]'));
    const p = problemsOf(c.dir);
    expect(p).toHaveLength(1);
    expect(p[0].message).toContain('pl.sales.fixtures + pl.sales.smart + pl.sales.service');
    expect(p[0].message).toContain('FY2025');
  });

  it('eras that overlap are one problem at the later era\'s line', () => {
    const c = harborEras();
    c.edit('taxonomy/profit-loss.yaml', (s) => s.replace('{ until: FY2025, of:', '{ until: FY2026, of:'));
    const p = problemsOf(c.dir).filter((x) => x.code === 'E_ERA');
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ line: 11, message: 'two eras of the sum cover the same fiscal year' });
  });
});

describe('since / until: a figure outside its item\'s life', () => {
  it('a line after it ended is one problem at the facts file and row, naming every period of the row', async () => {
    const c = harborEras();
    c.edit('facts/fy2026-release/results.yaml', (s) => s.replace('      - [pl.cogs,', '      - [pl.sales.lamps, "18", "1", "390"]\n      - [pl.cogs,'));
    const p = problemsOf(c.dir);
    const era = p.filter((x) => x.code === 'E_ERA');
    expect(era).toHaveLength(1);
    expect(era[0].file).toMatch(/facts[\\/]fy2026-release[\\/]results\.yaml$/);
    expect(era[0].line).toBe(13);
    expect(era[0].message).toContain('a figure for FY2026, outside the life of "pl.sales.lamps" (… – FY2025');
    expect(era[0].hint).toContain('regrouped');
    const r = await run(['check', '--data', c.dir, '--company', 'harbor']);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/results\.yaml.*13/);
    expect(r.err).toContain('outside the life of "pl.sales.lamps"');
  });

  it('a new line in a document of the old era (not a restatement) is a problem; the restating document is not', () => {
    const c = harborEras();
    c.edit('facts/fy2025-release/results.yaml', (s) => s.replace('      - [pl.cogs,', '      - [pl.sales.fixtures, "17", "", "", "", "", "300"]\n      - [pl.cogs,'));
    const era = problemsOf(c.dir).filter((x) => x.code === 'E_ERA');
    expect(era).toHaveLength(1);
    expect(era[0].file).toMatch(/fy2025-release/);
    expect(era[0].message).toContain('a figure for FY2025, outside the life of "pl.sales.fixtures" (FY2026 – …');
    expect(era[0].hint).toContain('before it existed');
  });

  it('since and until are fiscal years: anything else is a schema problem at its line', () => {
    const c = harborEras();
    c.edit('taxonomy/profit-loss.yaml', (s) => s.replace('since: FY2026 }', 'since: 2026 }'));
    const p = problemsOf(c.dir);
    expect(p.some((x) => x.code === 'E_SCHEMA' && /fiscal year FY2009/.test(x.message + (x.expected ?? '')))).toBe(true);
  });
});
