// Templates checked before they run (partials that include themselves, malformed chart specs),
// and packages over time: a partial build drops documents made from other inputs, a stale lock is
// taken over, a crash's leftovers are cleaned by the next build. No browser.
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { partialCycleProblems } from '../../src/render/partial-cycles.js';
import { readChartSpec, checkTemplate } from '../../src/render/template-check.js';
import { QuarterDeckError, type Problem } from '../../src/errors/problem.js';
import { lockPath } from '../../src/export/package-lock.js';
import { templateLine } from '../../src/template/template-line.js';
import { copyFixture, run } from '../helpers.js';
import { checksums, scratchDir } from './support.js';

const IMAGE = JSON.stringify({ usermeta: { quarterdeck: { kind: 'bar', series: [{ key: 'a.b' }], periods: ['cur'] } }, mark: 'image', encoding: { url: { value: 'file:///etc/hostname' } } }, null, 2);
const fileOf = (n: string) => `release/partials/${n}.hbs`;
const thrown = (f: () => unknown): Problem[] => { try { f(); } catch (e) { if (e instanceof QuarterDeckError) return e.problems; throw e; } return []; };

describe('templates: one problem with its file and line', () => {
  const cases: { name: string; problems: () => Problem[]; expect: Partial<Problem>[]; message?: RegExp }[] = [
    { name: 'a partial that includes itself', problems: () => partialCycleProblems({ results: 'a\nb\n{{> results}}\n' }, fileOf), expect: [{ code: 'E_TEMPLATE', file: fileOf('results'), line: 3, field: '{{> results}}' }], message: /^partial "results" includes itself$/ },
    { name: 'a partial that includes itself inside a block', problems: () => partialCycleProblems({ x: '{{#if a}}\n  {{> x}}\n{{/if}}' }, fileOf), expect: [{ code: 'E_TEMPLATE', file: fileOf('x'), line: 2 }], message: /includes itself/ },
    { name: 'two partials that include each other', problems: () => partialCycleProblems({ a: '{{> b}}', b: 'x\n{{> a}}' }, fileOf), expect: [{ code: 'E_TEMPLATE', file: fileOf('b'), line: 2 }], message: /partials "a" → "b" → "a" include each other/ },
    { name: 'partials that include others without a loop', problems: () => partialCycleProblems({ a: '{{> b}}{{> c}}', b: '{{> c}}', c: 'leaf' }, fileOf), expect: [] },
    { name: 'a chart spec that is not JSON', problems: () => thrown(() => readChartSpec('charts/x.vl.json', '{\n  "mark": "bar",\n  "usermeta": {,\n}')), expect: [{ code: 'E_TEMPLATE', file: 'charts/x.vl.json', line: 3 }], message: /not valid JSON/ },
    { name: 'a chart spec without its figure binding', problems: () => thrown(() => readChartSpec('charts/x.vl.json', '{\n  "mark": "bar"\n}')), expect: [{ code: 'E_TEMPLATE', file: 'charts/x.vl.json', field: 'usermeta.quarterdeck' }] },
    { name: 'a chart spec image mark with a url', problems: () => thrown(() => readChartSpec('charts/x.vl.json', IMAGE)), expect: [{ code: 'E_TEMPLATE', file: 'charts/x.vl.json', line: IMAGE.split('\n').findIndex((l) => l.includes('"url"')) + 1, field: 'encoding.url' }] },
    { name: 'an unknown helper', problems: () => checkTemplate('a\n{{monye "is.revenue.total"}}', 'release/partials/p.hbs', { helpers: ['money'] }), expect: [{ code: 'E_TEMPLATE', file: 'release/partials/p.hbs', line: 2 }], message: /unknown Handlebars helper "monye"/ },
    { name: 'a path into a prototype', problems: () => checkTemplate('{{constructor.name}}', 'release/partials/p.hbs', { helpers: [] }), expect: [{ code: 'E_TEMPLATE', line: 1 }], message: /cannot reach an object's constructor/ },
    { name: 'a partial outside the template folders', problems: () => checkTemplate('\n{{> ../../etc/passwd}}', 'release/partials/p.hbs', { helpers: [], partials: ['a'] }), expect: [{ code: 'E_TEMPLATE', line: 2 }], message: /outside the template folders/ },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const ps = c.problems();
      expect(ps).toHaveLength(c.expect.length);
      ps.forEach((p, i) => expect(p).toMatchObject(c.expect[i]));
      if (c.message) expect(ps[0].message).toMatch(c.message);
    });
  }
});

describe('slide templates: the line of the text, not the slide\'s first line', () => {
  const dir = scratchDir('slide-line');
  const file = join(dir, 'slides.yaml');
  writeFileSync(file, 'sections:\n  - slides:\n      - id: a\n        title: "{{yen \\"x\\"}}"\n      - id: summary\n        title: Summary\n        blocks:\n          - bullets:\n              items:\n                - text: "Revenue: {{yenn \\"is.revenue.total\\"}}"\n                - text: |\n                    Margin\n                    {{pct "x"}}\n');
  it('a bullet\'s text', () => { expect(templateLine(file, 5, 'Revenue: {{yenn "is.revenue.total"}}')).toBe(10); });
  it('a block scalar: the line of its first text line', () => { expect(templateLine(file, 5, 'Margin\n{{pct "x"}}')).toBe(12); });
  it('searches from the slide\'s line, not the file\'s start', () => { expect(templateLine(file, 11, 'Revenue: {{yenn "is.revenue.total"}}')).toBe(11); });
  it('a text not in the file keeps the slide\'s line', () => { expect(templateLine(file, 5, 'nowhere')).toBe(5); });
});

// builds in this process: about a second each when idle, but the first of a worker loads the whole
// pipeline (over 30 s at a load average of 28); the bound is for a hang
describe('packages over time', { timeout: 120_000 }, () => {
  const args = (dir: string, out: string, formats: string) => ['build', '--data', dir, '--company', 'harbor', '--period', 'FY2024', '--formats', formats, '--out', out];
  const pkg = (out: string) => join(out, 'harbor', 'FY2024', 'investors');
  const manifest = (out: string) => JSON.parse(readFileSync(join(pkg(out), 'manifest.json'), 'utf8')) as { documents: Record<string, unknown>; removed?: { file: string }[] };

  it('--formats figures after a data change removes the documents built from the old data, and says so', async () => {
    const c = copyFixture(); const out = scratchDir('stale');
    expect((await run(args(c.dir, out, 'figures,data-pack'))).code).toBe(0);
    expect(Object.keys(manifest(out).documents).sort()).toEqual(['data-pack.xlsx', 'figures.json']);
    // the same inputs: the data pack is kept beside the new figures
    let r = await run(args(c.dir, out, 'figures'));
    expect(r.code).toBe(0);
    expect(existsSync(join(pkg(out), 'data-pack.xlsx'))).toBe(true);
    // other data: the old data pack is removed, listed in the manifest and on the console
    c.edit('facts/fy2024-release/results.yaml', (s) => s.replace('title: Results by quarter', 'title: Results by quarter (restated)'));
    r = await run(args(c.dir, out, 'figures'));
    expect(r.code, r.err).toBe(0);
    expect(existsSync(join(pkg(out), 'data-pack.xlsx'))).toBe(false);
    expect(manifest(out).removed).toEqual([{ file: 'data-pack.xlsx', inputs: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    expect(r.out).toMatch(/removed data-pack\.xlsx: it was built from other data, templates or options/);
  });

  it('a lock left by a build killed with -9 (its process gone) is taken over', async () => {
    const c = copyFixture(); const out = scratchDir('stale-lock');
    expect((await run(args(c.dir, out, 'figures'))).code).toBe(0);
    writeFileSync(lockPath(pkg(out)), '999999999\n');
    const r = await run(args(c.dir, out, 'figures'));
    expect(r.code, r.err).toBe(0);
    expect(existsSync(lockPath(pkg(out)))).toBe(false);
  });

  it('a build that fails leaves no lock and no folder behind', async () => {
    const c = copyFixture(); const out = scratchDir('no-leftovers');
    const before = checksums(out);
    const r = await run([...args(c.dir, out, 'figures'), '--audience', 'nobody']);
    expect(r.code).toBe(1);
    expect(checksums(out)).toEqual(before);
  });

  it('the next build removes what a crashed write left (a version folder, a half-made link)', async () => {
    const c = copyFixture(); const out = scratchDir('crash-left');
    expect((await run(args(c.dir, out, 'figures'))).code).toBe(0);
    const versions = join(out, 'harbor', 'FY2024', '.investors.versions');
    const { mkdirSync, symlinkSync } = await import('node:fs');
    mkdirSync(join(versions, 'v-crashed')); writeFileSync(join(versions, 'v-crashed', 'figures.json'), '{"half":');
    symlinkSync('.investors.versions/v-crashed', join(out, 'harbor', 'FY2024', '.investors.link-v-crashed'));
    expect((await run(args(c.dir, out, 'figures'))).code).toBe(0);
    const left = Object.keys(checksums(out));
    expect(left.filter((k) => k.includes('crashed'))).toEqual([]);
    expect(left.filter((k) => /\.versions\/[^/]+$/.test(k))).toHaveLength(1);
  });
});
