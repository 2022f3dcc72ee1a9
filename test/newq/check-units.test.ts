// A printed change that the figures disagree with names what they allow in the unit it was printed
// in: IIJ's FY2009 deck printed the change in cash as "(1,423)" JPY million; a quarter that opens
// with exactly 8,764,000 thousand (8,764 million, typed with padding zeros) makes it (1,423.724).
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepare } from '../../src/prepare.js';
import { QuarterDeckError, formatProblem, type Problem } from '../../src/errors/problem.js';
import { dataDir, fixtures } from '../helpers.js';

describe('a printed change the figures disagree with', () => {
  it('says the range the figures allow in the printed unit, beside what was printed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qd-check-units-'));
    cpSync(join(dataDir, 'iij'), join(dir, 'iij'), { recursive: true });
    const facts = join(dir, 'iij', 'facts', 'workbook-fy2010-q1');
    cpSync(join(fixtures, 'iij-1q10', 'workbook-fy2010-q1'), facts, { recursive: true });
    const cf = join(facts, 'cash-flow.yaml');
    writeFileSync(cf, readFileSync(cf, 'utf8').replace('"cf.cash-begin", "Cash-flow!E47", "8,764,300"', '"cf.cash-begin", "Cash-flow!E47", "8,764,000"'));
    let problems: Problem[] = [];
    try { prepare(dir, 'iij'); } catch (e) { if (!(e instanceof QuarterDeckError)) throw e; problems = e.problems; }
    const p = problems.find((x) => x.field === 'yoy-diff:bs.cash');
    expect(p).toMatchObject({ code: 'E_CHECK', file: join(dir, 'iij/facts/000-fy2009-results-deck/balance.yaml'), line: 31, expected: '(1,423.725) … (1,423.723) JPY million', found: '"(1,423)"' });
    expect(formatProblem(p!)).toContain('(expected (1,423.725) … (1,423.723) JPY million, found "(1,423)")');
  });
});
