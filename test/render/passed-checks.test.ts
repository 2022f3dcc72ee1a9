// A Handlebars check that passed under a template set is not run again under that set, in this
// process or the next (render/passed-checks.ts); one that found problems runs every time; a set
// without a key (made by hand) is checked every time; another set is checked afresh.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkedOnce, savePassedChecks } from '../../src/render/passed-checks.js';
import { loadTemplateSet, type TemplateSet } from '../../src/template/template-set.js';
import { loadProfile } from '../../src/audience/profile.js';
import { clearCaches } from '../../src/cache/registry.js';
import { projectRoot } from '../../src/build.js';

const cache = mkdtempSync(join(tmpdir(), 'qd-passed-checks-'));
const before = process.env.QUARTERDECK_CACHE;
const builtin = join(projectRoot(), 'templates');
const setOf = (documents: string[]): TemplateSet => loadTemplateSet({ dirs: [builtin], profile: loadProfile('investors', [builtin]), documents });
const problem = { code: 'E_TEMPLATE', message: 'unknown helper "fgi"' };

beforeAll(() => { process.env.QUARTERDECK_CACHE = cache; clearCaches(); });
afterAll(() => {
  if (before === undefined) delete process.env.QUARTERDECK_CACHE; else process.env.QUARTERDECK_CACHE = before;
  clearCaches();
  rmSync(cache, { recursive: true, force: true });
});

describe('checks that passed', () => {
  it('run once per template set, and once more in a new process only when not saved', () => {
    const set = setOf(['deck']);
    let runs = 0;
    const check = () => { runs++; return []; };
    expect(checkedOnce(set, ['deck text', 'fig,t', '{{fig "revenue"}}'], check)).toEqual([]);
    expect(checkedOnce(set, ['deck text', 'fig,t', '{{fig "revenue"}}'], check)).toEqual([]);
    expect(runs).toBe(1);
    // other names or another text: checked
    checkedOnce(set, ['deck text', 'fig', '{{fig "revenue"}}'], check);
    checkedOnce(set, ['deck text', 'fig,t', '{{fig "income"}}'], check);
    expect(runs).toBe(3);
    // a new process (the caches of this one emptied) reads what was saved
    savePassedChecks();
    expect(readdirSync(join(cache, 'passed-checks')).filter((f) => f.endsWith('.json'))).toHaveLength(1);
    clearCaches();
    const again = setOf(['deck']);
    checkedOnce(again, ['deck text', 'fig,t', '{{fig "revenue"}}'], check);
    checkedOnce(again, ['deck text', 'fig', '{{fig "revenue"}}'], check);
    expect(runs).toBe(3);
  });

  it('are not recorded when the check found problems, nor for a set made by hand, nor for another set', () => {
    const set = setOf(['deck']);
    let runs = 0;
    const failing = () => { runs++; return [problem]; };
    expect(checkedOnce(set, ['deck text', 'fig', '{{fgi "revenue"}}'], failing)).toEqual([problem]);
    expect(checkedOnce(set, ['deck text', 'fig', '{{fgi "revenue"}}'], failing)).toEqual([problem]);
    expect(runs).toBe(2);
    const passing = () => { runs++; return []; };
    const byHand = { ...set };
    checkedOnce(byHand, ['x'], passing); checkedOnce(byHand, ['x'], passing);
    expect(runs).toBe(4);
    const other = setOf(['release']);
    checkedOnce(set, ['y'], passing); checkedOnce(other, ['y'], passing);
    expect(runs).toBe(6);
  });

});
