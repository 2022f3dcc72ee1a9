// The default period is a setting (company.yaml `default_period`, the config file's `period`),
// never what the data's latest year happens to be: a later fiscal year added to a copy of the
// fictional company's data leaves every document of the default build as it was; without the
// setting the fallback (the latest full year) moves; a setting the data does not cover is one
// problem at its file and line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, prepare, resolvePeriod, type BuildSession } from '../../src/build.js';
import { workerBrowser } from '../support/browser.js';
import { pptxPages } from '../../src/preflight/read-pptx.js';
import { QuarterDeckError } from '../../src/errors/problem.js';
import { copyFixture, dataDir, fixtures } from '../helpers.js';

const templates = [join(fixtures, 'harbor-templates')];
/** A later fiscal year of the fictional company (its figures foot: 300 + 320 = 620; 620 − 450 − 190 = −20). */
const FY2026 = `source: { file: harbor-fy2026.txt, document: FY2026 results, date: "2027-02-10" }
tables:
  - title: Results
    line: "10"
    unit: JPY million
    columns: [FY2026]
    rows:
      - [pl.sales.lamps, "11", "300"]
      - [pl.sales.service, "12", "320"]
      - [pl.sales.total, "13", "620"]
      - [pl.cogs, "14", "450"]
      - [pl.sga, "15", "190"]
      - [pl.operating-profit, "16", "(20)"]
`;

interface Docs { period: string; figures: unknown; release: string; deck: string[] }
const session: BuildSession = { browser: workerBrowser() };
const c = copyFixture();
const before: Docs[] = []; const after: Docs[] = [];

async function defaultBuild(into: Docs[]) {
  const out = mkdtempSync(join(tmpdir(), 'qd-default-'));
  const r = await build({ dataDir: c.dir, outDir: out, company: 'harbor', templates }, session);
  const dir = join(out, 'harbor', r.period, 'investors');
  const figures = JSON.parse(readFileSync(join(dir, 'figures.json'), 'utf8'));
  const deck = (await pptxPages(new Uint8Array(readFileSync(join(dir, 'deck.pptx'))))).map((p) => p.text);
  into.push({ period: r.period, figures, release: execFileSync('pdftotext', ['-layout', join(dir, 'release.pdf'), '-'], { encoding: 'utf8' }), deck });
}

beforeAll(async () => {
  await defaultBuild(before);
  mkdirSync(join(c.dir, 'harbor', 'facts', 'fy2026-release'));
  c.write('facts/fy2026-release/results.yaml', FY2026);
  await defaultBuild(after);
}, 180_000);
afterAll(async () => { await session.browser?.close(); });

describe('the default period is a setting', () => {
  it('a later fiscal year in the data leaves the default build as it was: same period, figures, release and deck', () => {
    expect(before[0].period).toBe('FY2025');
    expect(after[0].period).toBe('FY2025');
    expect(after[0].figures).toEqual(before[0].figures);
    expect(after[0].release).toBe(before[0].release);
    expect(after[0].release).toMatch(/Net sales/);
    expect(after[0].release).not.toMatch(/FY2026|FY26/);
    expect(after[0].deck).toEqual(before[0].deck);
    expect(after[0].deck.length).toBeGreaterThan(2);
  });

  it('the later year is in the data (the same copy builds it when named)', () => {
    const { analysis } = prepare(c.dir, 'harbor');
    expect(resolvePeriod('FY2026', analysis)).toBe('FY2026');
    expect(analysis.ledger.value('pl.sales.total', 'FY2026')?.interval.mid.toFixed()).toBe('620000000');
  });

  it('without the setting the fallback is the latest full year, which the later year moves', () => {
    const d = copyFixture();
    d.edit('company.yaml', (s) => s.replace(/^default_period:.*\n/m, ''));
    expect(resolvePeriod(undefined, prepare(d.dir, 'harbor').analysis)).toBe('FY2025');
    mkdirSync(join(d.dir, 'harbor', 'facts', 'fy2026-release'));
    d.write('facts/fy2026-release/results.yaml', FY2026);
    expect(resolvePeriod(undefined, prepare(d.dir, 'harbor').analysis)).toBe('FY2026');
  });

  it('latest-quarter, a named period, and the config file over company.yaml', () => {
    const d = copyFixture();
    d.edit('company.yaml', (s) => s.replace(/^default_period:.*$/m, 'default_period: latest-quarter'));
    const { analysis } = prepare(d.dir, 'harbor');
    expect(resolvePeriod(undefined, analysis)).toBe('FY2025');
    expect(resolvePeriod(undefined, analysis, '3Q25')).toBe('FY2025-Q3');
    expect(resolvePeriod(undefined, prepare(c.dir, 'harbor').analysis, 'FY2024')).toBe('FY2024');
    // the IIJ data names its default: what `npm start` builds (README)
    expect(resolvePeriod(undefined, prepare(dataDir, 'iij').analysis)).toBe('FY2009');
  });

  it('a default period the data does not cover is one problem at company.yaml and its line', () => {
    const d = copyFixture();
    d.edit('company.yaml', (s) => s.replace(/^default_period:.*$/m, 'default_period: FY2030'));
    const { analysis } = prepare(d.dir, 'harbor');
    let err: unknown;
    try { resolvePeriod(undefined, analysis); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(QuarterDeckError);
    const problems = (err as QuarterDeckError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'E_PERIOD', field: 'default_period', line: 6, found: 'FY2030' });
    expect(problems[0].file).toMatch(/harbor[\\/]company\.yaml$/);
    expect(problems[0].expected).toContain('FY2025');
    const w = copyFixture();
    w.edit('company.yaml', (s) => s.replace(/^default_period:.*$/m, 'default_period: newest'));
    expect(() => resolvePeriod(undefined, prepare(w.dir, 'harbor').analysis)).toThrow(/unknown default period/);
  });
});
