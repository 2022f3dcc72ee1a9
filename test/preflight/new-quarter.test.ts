// A new quarter, added as data only: a new facts folder in a copy of the fictional company. Its
// quarterly package builds for every audience with a clean preflight, its figures are the ones
// entered, and no other period's figures.json changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, prepare, type BuildSession } from '../../src/build.js';
import type { BuildResult } from '../../src/contract/documents.js';
import { workerBrowser } from '../support/browser.js';
import { execFileSync } from 'node:child_process';
import { fixtures } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'qd-new-quarter-'));
const data = join(dir, 'data');
cpSync(join(fixtures, 'harbor'), join(data, 'harbor'), { recursive: true });
const templates = join(fixtures, 'harbor-templates');
const AUDIENCES = readdirSync(join(import.meta.dirname, '..', '..', 'templates', 'audiences')).map((f) => f.replace(/\.yaml$/, ''));

const NEW_QUARTER = `# 1Q26: back to an operating profit after the loss of 1Q25. Fictional.
source: { file: harbor-1q26.txt, document: 1Q FY2026 results, date: "2026-05-12" }
tables:
  - title: Results of the first quarter
    line: "8"
    unit: JPY million
    columns: [FY2026-Q1]
    rows:
      - [pl.sales.lamps, "9", "95"]
      - [pl.sales.service, "10", "55"]
      - [pl.sales.total, "11", "150"]
      - [pl.cogs, "12", "100"]
      - [pl.sga, "13", "45"]
      - [pl.operating-profit, "14", "5"]
`;

/** figures.json of every period the data covers, by period */
async function allFigures(out: string): Promise<Map<string, string>> {
  const { analysis } = prepare(data, 'harbor');
  const rev = analysis.ledger.totals.revenue!;
  const periods = [...analysis.ledger.known.values()].filter((k) => k.item === rev && !/^\d/.test(k.period)).map((k) => k.period);
  const got = new Map<string, string>();
  for (const p of [...new Set(periods)].sort()) {
    await build({ dataDir: data, outDir: out, company: 'harbor', period: p, formats: ['figures'] });
    got.set(p, readFileSync(join(out, 'harbor', p, 'investors', 'figures.json'), 'utf8'));
  }
  return got;
}

let before: Map<string, string>; let after: Map<string, string>;
const built = new Map<string, BuildResult>();
const session: BuildSession = { browser: workerBrowser(), prepared: new Map() };

beforeAll(async () => {
  before = await allFigures(join(dir, 'before'));
  mkdirSync(join(data, 'harbor', 'facts', '1q26-release'));
  writeFileSync(join(data, 'harbor', 'facts', '1q26-release', 'results.yaml'), NEW_QUARTER);
  for (const audience of AUDIENCES) built.set(audience, await build({ dataDir: data, outDir: join(dir, 'out'), company: 'harbor', period: '1Q26', audience, templates: [templates] }, session));
  after = await allFigures(join(dir, 'after'));
}, 300_000);
afterAll(async () => { await session.browser?.close(); });

describe('a new quarter added as a facts folder only', () => {
  it('builds its quarterly package for every audience, preflight without errors or warnings', () => {
    expect(AUDIENCES.length).toBeGreaterThanOrEqual(5);
    for (const [audience, r] of built) {
      expect(r.period, audience).toBe('FY2026-Q1');
      expect(r.findings, audience).toEqual([]);
      expect(r.outputs.some((p) => /\.(pdf|pptx)$/.test(p)), audience).toBe(true);
    }
  });

  it('has the figures entered, and the words of a return to profit', () => {
    const f = (id: string) => built.get('investors')!.figures.figures.find((x) => x.id === id);
    expect(f('pl.sales.total@FY2026-Q1')?.display).toBe('150');
    expect(f('pl.operating-profit@FY2026-Q1')?.display).toBe('5');
    // 150 against 140 (JPY million): anywhere from 6.4% to 7.9%, not even a whole percent known
    expect(f('yoy:pl.sales.total@FY2026-Q1')?.display).toBe('n.m.');
    const release = execFileSync('pdftotext', [join(dir, 'out', 'harbor', 'FY2026-Q1', 'investors', 'release.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(release).toContain('Operating profit was JPY5 million compared to operating loss of JPY5 million a year earlier (returned to profit)');
  });

  it('changes no other period\'s figures.json', () => {
    expect([...after.keys()].filter((p) => !before.has(p))).toEqual(['FY2026-Q1']);
    for (const [p, json] of before) expect(after.get(p), p).toBe(json);
  });
});
