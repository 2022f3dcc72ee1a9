// The template stage (src/template/template-set.ts): one place reads and checks every template of a
// package before any browser starts, and reports every fault at once, each with its file and line.
// No Chromium: each test asserts none was launched, and finds its faults well under a second.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTemplateSet } from '../../src/template/template-set.js';
import { TemplateFault } from '../../src/errors/template-fault.js';
import { loadProfile, audienceNames } from '../../src/audience/profile.js';
import { localeDirs, build } from '../../src/build.js';
import { Printer } from '../../src/export/browser.js';
import { SharedBrowser } from '../../src/batch/shared-browser.js';
import { dataDir, root, run } from '../helpers.js';
import { templateFolder } from '../audience/support.js';

const builtin = join(root, 'templates');
const noBrowser = () => [vi.spyOn(Printer, 'open'), vi.spyOn(SharedBrowser.prototype, 'get')];
afterEach(() => { vi.restoreAllMocks(); });

describe('the built-in templates', () => {
  it('pass the stage for every audience, in its language', () => {
    const spies = noBrowser();
    for (const name of audienceNames([builtin])) {
      const profile = loadProfile(name, [builtin]);
      const set = loadTemplateSet({ dirs: localeDirs([builtin], profile.language), profile, documents: ['release', 'deck'] });
      expect(set.catalog.lang).toBe(profile.language);
      expect(set.deck!.sections.length).toBeGreaterThan(0);
      expect(set.charts.size).toBeGreaterThan(10);
      expect(Object.keys(set.release!.partials).length).toBeGreaterThan(10);
    }
    for (const s of spies) expect(s).not.toHaveBeenCalled();
  });
});

describe('a template folder with several faults', () => {
  const slide = [
    'title: \'{{t "deck.summary.summary-financial-results-targt" cur=(period "cur") targetFy=(period "targetFy")}}\'',
    'blocks:',
    '  - bullets:',
    '      area: full',
    '      items:',
    '        - { text: \'{{t "deck.summary.revenue-yoy" yen=(yen "is.revenue.total") chnge=(change "yoy:is.revenue.total" vs=true)}}\' }',
    '  - chart: { area: right, spec: incme }',
    '',
  ].join('\n');
  const folder = () => templateFolder({ 'deck/slides/summary.yaml': slide, 'audiences/conference.yaml': 'description: x\ndocuments: [deck]\nlanguage: ja\ntheme: slat\n' });

  it('reports every fault at once, each at its file and line, before any browser', () => {
    const spies = noBrowser();
    const dir = folder();
    const dirs = localeDirs([dir, builtin], 'ja');
    const started = performance.now();
    let fault: unknown;
    try { loadTemplateSet({ dirs, profile: loadProfile('conference', dirs), documents: ['deck'] }); } catch (e) { fault = e; }
    const ms = performance.now() - started;
    expect(fault).toBeInstanceOf(TemplateFault);
    const file = join(dir, 'deck', 'slides', 'summary.yaml');
    const found = (fault as TemplateFault).problems.map((p) => ({ file: p.file, line: p.line, message: p.message, hint: p.hint }));
    expect(found).toEqual(expect.arrayContaining([
      expect.objectContaining({ message: 'unknown theme "slat"', hint: 'Did you mean "slate"?' }),
      expect.objectContaining({ file, line: 7, message: 'no chart spec "incme"', hint: 'Did you mean "income"?' }),
      expect.objectContaining({ file, line: 1, message: 'no message "deck.summary.summary-financial-results-targt" in the catalogs', hint: 'Did you mean "deck.summary.summary-financial-results-target"?' }),
      expect.objectContaining({ file, line: 6, message: 'message "deck.summary.revenue-yoy" takes no argument "chnge"' }),
    ]));
    expect(ms).toBeLessThan(1000);
    for (const s of spies) expect(s).not.toHaveBeenCalled();
  });

  it('stops build() before it starts Chromium', async () => {
    const spies = noBrowser();
    const dir = folder();
    const started = performance.now();
    const out = mkdtempSync(join(tmpdir(), 'qd-template-set-'));
    const r = await build({ dataDir, outDir: out, company: 'iij', period: 'FY2009', audience: 'conference', templates: [dir] }).then(() => undefined, (e: unknown) => e);
    expect(r).toBeInstanceOf(TemplateFault);
    expect((r as TemplateFault).problems.length).toBeGreaterThanOrEqual(4);
    // profile, config and the template stage (about 0.4 s alone; the bound leaves room for a loaded machine)
    expect(performance.now() - started).toBeLessThan(2000);
    for (const s of spies) expect(s).not.toHaveBeenCalled();
  });
});

describe('a narrative section no narrative file of the company has', () => {
  const slide = 'title: Summary\nblocks:\n  - bullets:\n      area: full\n      items:\n        - { text: Highlights }\n        - { narrative: highlight-notes, item: is.revenue.atm }\n';

  it('stops the build at the slide file\'s line before Chromium starts, exit 1, nothing in out/', async () => {
    const spies = noBrowser();
    const dir = templateFolder({ 'deck/slides/summary.yaml': slide });
    const out = mkdtempSync(join(tmpdir(), 'qd-template-set-'));
    const started = performance.now();
    const r = await run(['build', '--company', 'iij', '--period', 'FY2009', '--formats', 'deck', '--templates', dir, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${join(dir, 'deck', 'slides', 'summary.yaml')}:7: summary: blocks.0.bullets.items.1.narrative: no narrative section "highlight-notes" in the company's narrative files`);
    expect(r.err).toContain('Did you mean "highlights-notes"?');
    expect(r.err).not.toMatch(/\n\s+at /);
    // the CLI's options, the profile and the template stage (well under a second on an idle machine)
    expect(performance.now() - started).toBeLessThan(4000);
    for (const s of spies) expect(s).not.toHaveBeenCalled();
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });
});
