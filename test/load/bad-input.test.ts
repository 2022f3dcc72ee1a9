import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { copyFixture, run } from '../helpers.js';

const RESULTS = 'facts/fy2024-release/results.yaml';

/** Break a copy of the fixture, run `check`, return what it printed. */
async function brokenCheck(edit: (c: ReturnType<typeof copyFixture>) => void) {
  const c = copyFixture();
  edit(c);
  const r = await run(['check', '--data', c.dir, '--company', 'harbor']);
  return { ...r, dir: c.dir };
}

describe('bad input: one clear error per problem, with file, line and field', () => {
  it('malformed YAML', async () => {
    const r = await brokenCheck((c) => c.edit(RESULTS, (s) => s.replace('rows:\n      - [pl.sales.lamps', 'rows:\n      - [pl.sales.lamps: {')));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/results\.yaml:\d+: malformed YAML/);
    expect(r.err).toContain('[E_YAML]');
  });

  it('unknown item id, with "did you mean"', async () => {
    const r = await brokenCheck((c) => c.edit(RESULTS, (s) => s.replace('[pl.cogs, "14"', '[pl.cogz, "14"')));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/results\.yaml:11: tables\.0\.rows\.3\.0: unknown item "pl\.cogz"\. Did you mean "pl\.cogs"\? \[E_UNKNOWN_ITEM\]/);
  });

  it('a value that is not a number', async () => {
    const r = await brokenCheck((c) => c.edit(RESULTS, (s) => s.replace('"90", "100", "190"', '"90", "1OO", "190"')));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/results\.yaml:11: tables\.0\.rows\.3\.3: not a number for "pl\.cogs" FY2024-Q2 \(expected a printed number like "12,148,490" or "\(408,152\)", found "1OO"\)/);
  });

  it('a duplicate fact', async () => {
    const r = await brokenCheck((c) => c.edit(RESULTS, (s) => s.replace('      - [pl.sga, "15"', '      - [pl.cogs, "14", "90", "100", "190", "290", "430", "360"]\n      - [pl.sga, "15"')));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/results\.yaml:12: tables\.0\.rows\.4: duplicate fact "pl\.cogs" from seed line 14 \(found first at line 11\) \[E_DUPLICATE\]/);
  });

  it('a unit mismatch', async () => {
    const r = await brokenCheck((c) => c.edit(RESULTS, (s) => s.replace('[yoy:pl.sales.total, "21", "20.3%"]', '[yoy:pl.sales.total, "21", "20.3%"]\n      - [pl.sga, "23", "170"]')));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/results\.yaml:20: tables\.1\.rows\.1\.0: unit mismatch for "pl\.sga" \(expected JPY \(or a scale of it\), found "percent" \(table 1\)\) \[E_UNIT\]/);
  });

  it('an unknown period', async () => {
    const r = await brokenCheck((c) => c.edit(RESULTS, (s) => s.replace('columns: [FY2024]', 'columns: [FY24]')));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/results\.yaml:\d+: tables\.1\.columns\.0: unknown period \(expected FY2009.*found "FY24"\) \[E_PERIOD\]/);
  });

  it('a broken check: children that do not foot', async () => {
    const r = await brokenCheck((c) => c.edit(RESULTS, (s) => s.replace('[pl.sales.service, "12", "50", "50"', '[pl.sales.service, "12", "50", "55"')));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/does not foot: pl\.sales\.total = pl\.sales\.lamps \+ pl\.sales\.service \(FY2024-Q2\)/);
    expect(r.err).toContain('[E_CHECK]');
  });

  it('a printed percentage that its inputs cannot produce', async () => {
    const r = await brokenCheck((c) => c.edit(RESULTS, (s) => s.replace('"20.3%"', '"21.3%"')));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/results\.yaml:19: yoy:pl\.sales\.total: printed figure disagrees .* \(expected 20\.\d+% … 20\.\d+%, found "21\.3%"\)/);
  });

  it('a schema error names the field and suggests the right key', async () => {
    const r = await brokenCheck((c) => c.edit('taxonomy/position.yaml', (s) => s.replace('{ id: fp.cash,', '{ idd: fp.cash,')));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/position\.yaml:3: items\.0: Unrecognized key: "idd" \(found idd\)\. Did you mean "id"\?/);
  });

  it('reports every problem, not only the first, and builds nothing', async () => {
    const c = copyFixture();
    c.edit(RESULTS, (s) => s.replace('[pl.cogs, "14"', '[pl.cogz, "14"').replace('"40", "40", "80"', '"40", "4O", "80"').replace('columns: [FY2024]', 'columns: [FY24]'));
    const out = join(c.dir, 'out');
    const r = await run(['build', '--data', c.dir, '--company', 'harbor', '--out', out, '--formats', 'figures']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('E_UNKNOWN_ITEM');
    expect(r.err).toContain('E_PERIOD');
    expect(r.err).toContain('E_NUMBER');
    expect(r.err).toMatch(/3 problems found; nothing was written/);
    expect(existsSync(out)).toBe(false);
  });

  it('an unknown company, with "did you mean"', async () => {
    const c = copyFixture();
    const r = await run(['check', '--data', c.dir, '--company', 'harbour']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no data for company "harbour" \(expected harbor\)\. Did you mean "harbor"\?/);
  });
});
