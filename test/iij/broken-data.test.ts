// The checks catch a deliberately broken copy of the IIJ data.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataDir, run } from '../helpers.js';

function brokenCopy(file: string, from: string, to: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'qd-iij-'));
  cpSync(join(dataDir, 'iij'), join(dir, 'iij'), { recursive: true });
  const p = join(dir, 'iij', file);
  const text = readFileSync(p, 'utf8');
  expect(text).toContain(from);
  writeFileSync(p, text.replace(from, to));
  return dir;
}

describe('checks on a broken copy of the IIJ data', () => {
  it('a mistyped balance: cash no longer ties to the cash flow, assets no longer foot', async () => {
    const dir = brokenCopy('facts/001-fy2009-h1-release/balance.yaml', '[bs.cash, "286", "10,187,724", "10,789,017"]', '[bs.cash, "286", "10,187,724", "10,798,017"]');
    const r = await run(['check', '--data', dir]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/balance\.yaml:24: bs\.current-assets\.total: does not foot: bs\.current-assets\.total = bs\.cash \+ /);
    expect(r.err).toMatch(/does not foot: cf\.cash-end FY2009-H1 = bs\.cash at 2009-09-30/);
    expect(r.err).toMatch(/balance\.yaml:141: bs\.cash: the same document prints two different values \(seed 001_f4982778eceb06ff\.txt:194 vs :286\) \(expected "10,798,017" JPY thousand, found "10,789" JPY million\)/);
    expect(r.err).toMatch(/nothing was written/);
  });

  it('a mistyped revenue line: the statement no longer foots and printed percentages disagree', async () => {
    const dir = brokenCopy('facts/004-fy2008-release/income.yaml', '[is.revenue.cos.outsourcing, "388", "13,724,218", "15,395,833"]', '[is.revenue.cos.outsourcing, "388", "13,724,218", "15,359,833"]');
    const r = await run(['check', '--data', dir]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/breakdown\.yaml:23: is\.revenue\.cos\.outsourcing: the same document prints two different values/);
    expect(r.err).toMatch(/income\.yaml:18: is\.revenue\.cos: does not foot: is\.revenue\.cos = is\.revenue\.cos\.connectivity-corporate \+ is\.revenue\.cos\.connectivity-home \+ is\.revenue\.cos\.outsourcing \(FY2008\) \(expected 35,039,596 JPY thousand, found 35,075,596 \(difference 36,000\)\)/);
    // every term, in the table's unit, with its data file and line
    expect(r.err).toMatch(/Terms in JPY thousand: is\.revenue\.cos@FY2008 35,075,596 \(facts\/004-fy2008-release\/income\.yaml:18, seed 004_b8253e0c2e2ec0d1\.txt:389\); \+ is\.revenue\.cos\.connectivity-corporate@FY2008 13,142,393 \(facts\/004-fy2008-release\/income\.yaml:15, .*\+ is\.revenue\.cos\.outsourcing@FY2008 15,359,833 \(facts\/004-fy2008-release\/income\.yaml:17, seed 004_b8253e0c2e2ec0d1\.txt:388\)/);
    expect(r.err).toContain('[E_CHECK]');
  });
});
