// A save of a facts file in the preview (preview/live-data.ts): the facts files that did not change
// are not parsed again, the analysis is not stored before the page. What it gives must be what a
// whole load and analysis of the same files gives: the same figures (figures.json, value for value)
// and the same release text, for an edit that turns a derived total's sign, for an edit of two
// figures, and for the edit undone; on the fixture company and on IIJ.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LiveData } from '../../src/preview/live-data.js';
import { loadCompany } from '../../src/load/load-company.js';
import { analyse } from '../../src/calc/analyse.js';
import { buildFigures } from '../../src/model/figures.js';
import { makeInputs } from '../../src/render/inputs.js';
import { renderReleaseHtml } from '../../src/render/release/index.js';
import { en } from '../../src/messages/en.js';
import type { CompanyData } from '../../src/contract/raw-data.js';
import type { Ledger } from '../../src/contract/analysis.js';
import { dataDir, fixtures, root } from '../helpers.js';

/** What a package prints from data and its ledger: every figure, and the release's HTML. */
async function printed(data: CompanyData, ledger: Ledger, period: string, templates: string[]) {
  const all = JSON.stringify(buildFigures(ledger, period, en));
  const html = (await renderReleaseHtml(makeInputs(data, buildFigures(ledger, period, en, { measures: 'asked' }), en, templates, 'investors'))).html;
  return { all, html };
}

async function sameAsWhole(live: LiveData, dir: string, company: string, period: string, templates: string[]) {
  const p = live.prepared();
  const whole = loadCompany(dir, company).data;
  const mine = await printed(p.data, p.analysis.ledger, period, templates);
  const ref = await printed(whole, analyse(whole).ledger, period, templates);
  expect(mine.all).toBe(ref.all);
  expect(mine.html).toBe(ref.html);
  return { p, figures: JSON.parse(mine.all) as { figures: { id: string; value: string }[] }, html: mine.html };
}

const copy = (from: string, company: string) => { const dir = mkdtempSync(join(tmpdir(), 'qd-live-')); cpSync(join(from, company), join(dir, company), { recursive: true }); return dir; };
const value = (f: { figures: { id: string; value: string }[] }, id: string) => f.figures.find((x) => x.id === id)?.value;

describe('a facts save in the preview', () => {
  it('the fixture company: a loss turned into a profit (a derived quarter changes sign), two figures, undone', async () => {
    const dir = copy(fixtures, 'harbor');
    const templates = [join(fixtures, 'harbor-templates'), join(root, 'templates')];
    const file = join(dir, 'harbor', 'facts', 'fy2025-release', 'results.yaml');
    const original = readFileSync(file, 'utf8');
    const live = new LiveData(dir, 'harbor');
    const before = await sameAsWhole(live, dir, 'harbor', 'FY2025', templates);
    expect(value(before.figures, 'pl.operating-profit@FY2025-Q4')).toBe('-15000000');
    // FY2025 SG&A 180 → 155: operating profit (20) → 5, and the derived fourth quarter −15 → +10
    writeFileSync(file, original.replace('[pl.sga, "15", "45", "40", "85", "130", "180"]', '[pl.sga, "15", "45", "40", "85", "130", "155"]').replace('"5", "(5)", "(20)"]', '"5", "(5)", "5"]'));
    const turned = await sameAsWhole(live, dir, 'harbor', 'FY2025', templates);
    expect(value(turned.figures, 'pl.operating-profit@FY2025')).toBe('5000000');
    expect(value(turned.figures, 'pl.operating-profit@FY2025-Q4')).toBe('10000000');
    expect(value(turned.figures, 'pl.sga@FY2025-Q4')).toBe('25000000');
    expect(turned.html).not.toBe(before.html);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"101,500"', '"102,500"').replace('"1,000,500"', '"1,001,500"'));
    const cash = await sameAsWhole(live, dir, 'harbor', 'FY2025', templates);
    expect(value(cash.figures, 'fp.cash@2025-12-31')).toBe('102500000');
    writeFileSync(file, original);
    const undone = await sameAsWhole(live, dir, 'harbor', 'FY2025', templates);
    expect(undone.html).toBe(before.html);
    // each save a load: the first whole, the saves whole or solved again in their parts (the whole's
    // solve is kept when this load analysed; a load from the disk cache did not), the save undone
    // none when the first load's data and solve are kept
    expect(live.made.texts).toBe(0);
    expect(live.made.full + live.made.facts).toBeGreaterThanOrEqual(3);
    expect(live.made.full + live.made.facts).toBeLessThanOrEqual(4);
  });

  it('IIJ: a count and the change printed beside it, twice', async () => {
    const dir = copy(dataDir, 'iij');
    const templates = [join(root, 'templates')];
    const file = join(dir, 'iij', 'facts', '000-fy2009-results-deck', 'kpi.yaml');
    const original = readFileSync(file, 'utf8');
    const edit = (n: number) => original.replace(/(\[kpi\.contracts\.ip-1gbps, "(?:38|134)", )"125"\]/g, `$1"${125 + n}"]`).replace(/(\[yoy-diff:kpi\.contracts\.ip-1gbps, "(?:38|134)", )"31"\]/g, `$1"${31 + n}"]`);
    const live = new LiveData(dir, 'iij');
    live.prepared();
    writeFileSync(file, edit(2));
    const up = await sameAsWhole(live, dir, 'iij', 'FY2009', templates);
    expect(value(up.figures, 'kpi.contracts.ip-1gbps@2010-03-31')).toBe('127');
    writeFileSync(file, edit(-40));
    const down = await sameAsWhole(live, dir, 'iij', 'FY2009', templates);
    expect(value(down.figures, 'kpi.contracts.ip-1gbps@2010-03-31')).toBe('85');
    expect(value(down.figures, 'yoy-diff:kpi.contracts.ip-1gbps@2010-03-31')).toBe('-9');
  }, 120_000);
});
