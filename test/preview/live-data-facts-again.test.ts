// A facts save in the preview solves again only the parts of the relations its facts reach
// (calc/analyse-again.ts). After each save of a series (a changed value, a new row, a removed row, a
// save that breaks a sum, the fix) what the preview has must be what a whole load and analysis of
// the same files gives: the analysis (every node in the same order, its value, formula, inputs and
// sources; the problems; the restatements; the counts), figures.json, the figures the preview
// renders (those of items the save did not reach kept) and the release's HTML; a save
// that breaks a sum must fail with the whole load's problems. Each good save took the facts path.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LiveData } from '../../src/preview/live-data.js';
import { figuresFor } from '../../src/preview/render.js';
import { markFigures } from '../../src/render/figure-mark.js';
import { loadCompany, locate } from '../../src/load/load-company.js';
import { analyse } from '../../src/calc/analyse.js';
import { buildFigures } from '../../src/model/figures.js';
import { makeInputs } from '../../src/render/inputs.js';
import { renderReleaseHtml } from '../../src/render/release/index.js';
import { en } from '../../src/messages/en.js';
import { formatProblem, QuarterDeckError } from '../../src/errors/problem.js';
import type { Analysis } from '../../src/contract/analysis.js';
import type { CompanyData } from '../../src/contract/raw-data.js';
import { dataDir, fixtures, root } from '../helpers.js';

const analysisText = (a: Analysis) => JSON.stringify({ known: [...a.ledger.known], problems: a.problems, restatements: a.restatements, stats: a.stats });

/** What a package prints: the analysis, figures.json, and the release from the figures the preview
 * has for it (`asked`: render.ts figuresFor, which keeps the figures a facts save did not change), else a whole build's. */
async function printed(data: CompanyData, a: Analysis, period: string, templates: string[], asked = buildFigures(a.ledger, period, en, { measures: 'asked' })) {
  const all = JSON.stringify(buildFigures(a.ledger, period, en));
  markFigures(asked);
  const html = (await renderReleaseHtml(makeInputs(data, asked, en, templates, 'investors'))).html;
  return { analysis: analysisText(a), all, asked: JSON.stringify(asked), html, file: asked };
}

/** The whole load's problems as prepare() throws them, formatted. */
const wholeFault = (dir: string, company: string) => {
  const { data } = loadCompany(dir, company);
  return locate(data.root, analyse(data).problems).map(formatProblem);
};

/** `again`: the files as an earlier save left them (no work: that save's data is kept) */
interface Save { name: string; edit: (text: string) => string; breaks?: boolean; file?: string; again?: boolean }

/** Every file of the company's folder, as text: what a whole load reads. */
const filesOf = (dir: string): string => readdirSync(dir, { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort()
  .map((f) => `${f}\0${readFileSync(f, 'utf8')}`).join('\0');

async function series(from: string, company: string, period: string, templates: string[], file: string, saves: Save[]) {
  const dir = mkdtempSync(join(tmpdir(), 'qd-again-'));
  cpSync(join(from, company), join(dir, company), { recursive: true });
  const live = new LiveData(dir, company);
  // what a whole load and analysis of the files prints, by the files' text: a save that gives the
  // files of an earlier save again (a fix, an undo) is compared with that save's whole load
  const wholes = new Map<string, ReturnType<typeof printed>>();
  const wholeLoad = () => {
    const files = filesOf(join(dir, company));
    if (!wholes.has(files)) { const whole = loadCompany(dir, company).data; wholes.set(files, printed(whole, analyse(whole), period, templates)); }
    return wholes.get(files)!;
  };
  let last = figuresFor(live.prepared().analysis, period, 'en');
  live.warm();
  const seen: string[] = [];
  let kept = 0;
  for (const save of saves) {
    const path = join(dir, company, save.file ?? file);
    const text = save.edit(readFileSync(path, 'utf8'));
    expect(text, save.name).not.toBe(readFileSync(path, 'utf8'));
    writeFileSync(path, text);
    if (save.breaks) {
      let thrown: unknown;
      try { live.prepared(); } catch (e) { thrown = e; }
      expect(thrown, save.name).toBeInstanceOf(QuarterDeckError);
      expect((thrown as QuarterDeckError).problems.map(formatProblem), save.name).toEqual(wholeFault(dir, company));
      continue;
    }
    const p = live.prepared();
    const mine = await printed(p.data, p.analysis, period, templates, figuresFor(p.analysis, period, 'en'));
    const ref = await wholeLoad();
    expect(mine.analysis, save.name).toBe(ref.analysis);
    expect(mine.all, save.name).toBe(ref.all);
    expect(mine.asked, save.name).toBe(ref.asked);
    expect(mine.html, save.name).toBe(ref.html);
    seen.push(mine.all);
    // the figures of items the save did not reach are the last ones, the same objects
    kept += mine.file.figures.filter((f) => last.figures.includes(f)).length;
    last = mine.file;
    expect(live.made, save.name).toMatchObject({ full: 1 });
  }
  // the fix gives the files of the last good save again: that analysis is kept, nothing is made
  const texts = saves.filter((s) => s.file?.startsWith('narrative/')).length;
  expect(live.made).toEqual({ texts, facts: saves.filter((s) => !s.breaks && !s.again).length - 1 - texts, full: 1 });
  expect(kept).toBeGreaterThan(0);
  return seen;
}

const at = (re: RegExp | string, to: string) => (s: string) => s.replace(re, to);

describe('a facts save solved again in its parts', () => {
  it('the fixture company: a value, a new row, a removed row, a broken sum, the fix', async () => {
    const [changed, , removed, fixed, after, undone] = await series(fixtures, 'harbor', 'FY2025', [join(fixtures, 'harbor-templates'), join(root, 'templates')], 'facts/fy2025-release/results.yaml', [
      { name: 'a changed value', edit: at('[pl.sales.lamps, "11", "90", "105", "195", "290", "390"]', '[pl.sales.lamps, "11", "90", "105", "195", "290", "391"]') },
      { name: 'a new row', edit: (s) => s.replace('[pl.sales.total, "13", "140", "155", "295", "440", "595"]', '[pl.sales.total, "13", "140", "155", "295", "440", "596"]').replace('      - [pl.cogs, "14"', '      - [pl.sales.service, "19", "50", "50", "100", "150", "205"]\n      - [pl.cogs, "14"') },
      { name: 'a removed row', edit: at(/ {6}- \[pl\.sga, "15".*\n/, '') },
      { name: 'a broken sum', edit: at('"101,500"', '"101,600"'), breaks: true },
      { name: 'the sum fixed', edit: at('"101,600"', '"101,500"') },
      { name: 'a value after the fix', edit: at('"290", "391"]', '"290", "392"]') },
      { name: 'the value undone', edit: at('"290", "392"]', '"290", "391"]'), again: true },
    ]);
    expect(changed).toContain('"id":"pl.sales.lamps@FY2025","item":"pl.sales.lamps","period":"FY2025","scenario":"actual","value":"391000000"');
    // without SG&A printed, its year is derived from the sales, the cost and the operating result
    expect(removed).toMatch(/"id":"pl\.sga@FY2025","item":"pl\.sga","period":"FY2025","scenario":"actual","value":"181000000","display":"[^"]*","unit":"[^"]*","kind":"derived"/);
    expect(fixed).toBe(removed);
    expect(after).toContain('"id":"pl.sales.lamps@FY2025","item":"pl.sales.lamps","period":"FY2025","scenario":"actual","value":"392000000"');
    expect(undone).toBe(fixed);
  }, 60_000);

  it('IIJ: a count, a new row, a removed row, a printed total that no longer foots, the fix', async () => {
    const [changed, added, removed, fixed, , , afterSentence] = await series(dataDir, 'iij', 'FY2009', [join(root, 'templates')], 'facts/000-fy2009-results-deck/kpi.yaml', [
      { name: 'a changed value', edit: (s) => s.replace(/(\[kpi\.contracts\.ip-1gbps, "(?:38|134)", )"125"\]/g, '$1"127"]').replace(/(\[yoy-diff:kpi\.contracts\.ip-1gbps, "(?:38|134)", )"31"\]/g, '$1"33"]') },
      { name: 'a new row', edit: at('      - [kpi.atms, "44", "136"]\n', '      - [kpi.atms, "44", "136"]\n      - [kpi.atms, "45", "136"]\n') },
      { name: 'a removed row', edit: at(/ {6}- \[yoy-diff:kpi\.contracts\.ip-1gbps, "134".*\n/, '') },
      { name: 'a printed total that does not foot', file: 'facts/000-fy2009-results-deck/income.yaml', edit: at('[is.sga.total, "65", "10.5", "10.7"]', '[is.sga.total, "65", "10.6", "10.7"]'), breaks: true },
      { name: 'the total fixed', file: 'facts/000-fy2009-results-deck/income.yaml', edit: at('[is.sga.total, "65", "10.6", "10.7"]', '[is.sga.total, "65", "10.5", "10.7"]') },
      { name: 'a count after the fix', edit: (s) => s.replace(/"127"\]/g, '"129"]').replace('"33"]', '"35"]') },
      { name: 'a sentence', file: 'narrative/FY2009.en.yaml', edit: at('        Systems construction revenue', '        Edited. Systems construction revenue') },
      { name: 'a count after the sentence', edit: (s) => s.replace(/"129"\]/g, '"130"]').replace('"35"]', '"36"]') },
    ]);
    expect(changed).toContain('"id":"kpi.contracts.ip-1gbps@2010-03-31","item":"kpi.contracts.ip-1gbps","period":"2010-03-31","scenario":"actual","value":"127"');
    // the new row is one more source of the count of ATMs
    const fromLine45 = /"line":45,"document":"FY2009 results deck"/;
    expect([fromLine45.test(changed), fromLine45.test(added)]).toEqual([false, true]);
    expect(fixed).toBe(removed);
    expect(afterSentence).toContain('"id":"kpi.contracts.ip-1gbps@2010-03-31","item":"kpi.contracts.ip-1gbps","period":"2010-03-31","scenario":"actual","value":"130"');
  }, 240_000);
});
