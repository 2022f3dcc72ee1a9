// The fictional company's documents, built and read back (PDF text, PPTX parts), one browser for
// the file: a loss-making quarter (3Q25), a year that turns from profit to loss (FY2025), the year
// before with its older label and its own press releases (FY2024); and a template that writes a
// loss as income, which the preflight stops.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { build, type BuildSession } from '../../src/build.js';
import { workerBrowser } from '../support/browser.js';
import { pptxPages } from '../../src/preflight/read-pptx.js';
import { QuarterDeckError } from '../../src/errors/problem.js';
import { fixtures } from '../helpers.js';

const templates = join(fixtures, 'harbor-templates');
const out = mkdtempSync(join(tmpdir(), 'qd-harbor-docs-'));
const session: BuildSession = { browser: workerBrowser(), prepared: new Map() };
const texts = new Map<string, { release: string; deck: string; findings: number }>();
const flat = (s: string) => s.replace(/\s+/g, ' ');

async function docs(period: string, audience = 'investors') {
  const r = await build({ dataDir: fixtures, outDir: out, company: 'harbor', period, audience, templates: [templates] }, session);
  const dir = join(out, 'harbor', period, audience);
  const release = existsSync(join(dir, 'release.pdf')) ? execFileSync('pdftotext', [join(dir, 'release.pdf'), '-'], { encoding: 'utf8' }) : '';
  const deck = (await pptxPages(new Uint8Array(await import('node:fs').then((fs) => fs.readFileSync(join(dir, 'deck.pptx')))))).map((p) => p.text).join('\n');
  texts.set(`${period}/${audience}`, { release: flat(release), deck: flat(deck), findings: r.findings?.filter((f) => f.severity === 'error').length ?? -1 });
}

beforeAll(async () => {
  for (const p of ['FY2025-Q3', 'FY2025', 'FY2024']) await docs(p);
  await docs('FY2025', 'ja');
}, 240_000);
afterAll(async () => { await session.browser?.close(); });

const t = (k: string) => texts.get(k)!;

describe('harbor: words that read the sign, content of the period, preflight clean', () => {
  it('a loss-making quarter: the nine months and the quarter say "loss" and name the turn', () => {
    const { release, deck, findings } = t('FY2025-Q3/investors');
    expect(release).toContain('Operating loss was JPY5 million compared to operating profit of JPY70 million a year earlier (turned to a loss)');
    expect(release).toContain('Operating loss was JPY10 million compared to operating profit of JPY20 million in 3Q24 (turned to a loss)');
    // 440 against 480 (JPY million) is anywhere from −8.53% to −8.13%: a whole percent is known, not its tenth
    expect(release).toContain('Net sales were JPY440 million, down 8% YoY');
    expect(release).not.toContain('8.3%');
    expect(release).not.toMatch(/Operating profit was/);
    expect(deck).toContain('Operating loss: JPY10 million (turned to a loss)');
    // the quarter's own table beside the nine months', n.m. where the sign changed
    expect(deck).toContain('Results for 9M25');
    expect(deck).toMatch(/Results for 3Q25 .*3Q25 \(25\/7~25\/09\) 3Q24 \(24\/7~24\/09\) 2Q25 \(25\/4~25\/06\) YoY QoQ/);
    expect(deck).toMatch(/Operating profit \(10\) 20 n\.m\. 10 n\.m\./);
    expect(findings).toBe(0);
  });

  it('a year that turns from profit to loss, in English and in Japanese', () => {
    expect(t('FY2025/investors').release).toContain('Operating loss was JPY20 million compared to operating profit of JPY110 million a year earlier (turned to a loss)');
    const ja = t('FY2025/ja');
    expect(ja.release).toContain('営業損失は20百万円（前期は営業利益110百万円）となり、赤字に転落しました');
    expect(ja.deck).toContain('営業損失: 20百万円（赤字に転落）');
    expect(ja.deck).toContain('損失が拡大');
    expect(ja.findings).toBe(0);
  });

  it('uses the label in force: FY2024 the older wording, FY2025 the new one', () => {
    expect(t('FY2024/investors').release).toContain('Selling and admin');
    expect(t('FY2024/investors').release).not.toContain('Selling, general and administrative expenses');
    expect(t('FY2025/investors').release).toContain('Selling, general and administrative expenses');
    expect(t('FY2025/investors').deck).not.toContain('Selling and admin');
  });

  it('lists the press releases of the window only: FY2024 without the FY2025 recall', () => {
    expect(t('FY2024/investors').deck).toContain('Harbor Lights Launches Solar Beacon Maintenance Plans');
    expect(t('FY2024/investors').deck).not.toContain('Recalls Lamp Model');
    expect(t('FY2025/investors').deck).toContain('Harbor Lights Recalls Lamp Model HL-7 Batteries');
    expect(t('FY2024/investors').findings).toBe(0);
  });

  it('a template that writes a loss as income fails the build with the page, and writes nothing', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'qd-bad-tpl-'));
    cpSync(templates, bad, { recursive: true });
    mkdirSync(join(bad, 'release', 'partials'), { recursive: true });
    writeFileSync(join(bad, 'release', 'partials', 'harbor-results.hbs'), '<p>Operating profit was {{money "pl.operating-profit" "q"}}.</p>\n');
    const dest = join(out, 'bad');
    const e = await build({ dataDir: fixtures, outDir: dest, company: 'harbor', period: 'FY2025-Q3', audience: 'press', templates: [bad] }, session).catch((x) => x);
    expect(e).toBeInstanceOf(QuarterDeckError);
    const p = (e as QuarterDeckError).problems;
    expect(p.map((x) => `${x.code} ${x.field}`)).toEqual(['E_PREFLIGHT page 1']);
    expect(p[0].message).toContain('pl.operating-profit@FY2025-Q3');
    expect(existsSync(join(dest, 'harbor'))).toBe(false);
  }, 60_000);
});
