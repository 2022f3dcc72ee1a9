// The template stage's checks against the company's data (src/template/check-templates.ts): every
// figure key, period role and narrative section a template names, checked once the set is read and
// before anything renders. On the fixture company with its template folder; each fault is a problem
// with file, line, field and "did you mean", all faults at once, and no browser is launched.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTemplateSet } from '../../src/template/template-set.js';
import { checkTemplates } from '../../src/template/check-templates.js';
import { TemplateFault } from '../../src/errors/template-fault.js';
import { loadProfile } from '../../src/audience/profile.js';
import { prepare } from '../../src/prepare.js';
import { Printer } from '../../src/export/browser.js';
import { SharedBrowser } from '../../src/batch/shared-browser.js';
import type { CompanyData } from '../../src/contract/raw-data.js';
import { fixtures, root } from '../helpers.js';
import { templateFolder } from '../audience/support.js';

const builtin = join(root, 'templates');
const harborTemplates = join(fixtures, 'harbor-templates');
const noBrowser = () => [vi.spyOn(Printer, 'open'), vi.spyOn(SharedBrowser.prototype, 'get')];
afterEach(() => { vi.restoreAllMocks(); });

let data: CompanyData;
beforeAll(() => { data = prepare(fixtures, 'harbor').data; }, 60_000);

/** The fixture's template folder with `files` replaced; the stage's problems for it (none: []). */
function stage(files: Record<string, string>, documents = ['release', 'deck'], sections?: string[]) {
  const dir = templateFolder(files, 'harbor-templates');
  const dirs = [dir, builtin];
  const set = loadTemplateSet({ dirs, profile: loadProfile('investors', dirs), documents });
  try { checkTemplates(set, { items: data.items, sections }); return { dir, problems: [] }; } catch (e) {
    expect(e).toBeInstanceOf(TemplateFault);
    return { dir, problems: (e as TemplateFault).problems };
  }
}
const fixture = (rel: string) => readFileSync(join(harborTemplates, rel), 'utf8');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('the fixture company\'s templates', () => {
  it('pass the checks against its data', () => {
    const spies = noBrowser();
    expect(stage({}).problems).toEqual([]);
    for (const s of spies) expect(s).not.toHaveBeenCalled();
  });
});

describe('a release partial', () => {
  it('naming a figure key no item has is a problem at its line, with "did you mean"', () => {
    const spies = noBrowser();
    const text = fixture('release/partials/harbor-results.hbs').replace('{{result "pl.operating-profit" "ytd"}}', '{{result "pl.operating-proft" "ytd"}}');
    const { dir, problems } = stage({ 'release/partials/harbor-results.hbs': text });
    expect(problems).toEqual([expect.objectContaining({
      code: 'E_TEMPLATE', file: join(dir, 'release', 'partials', 'harbor-results.hbs'), line: lineOf(text, 'pl.operating-proft'),
      message: 'no figure "pl.operating-proft" for any period', hint: 'Did you mean "pl.operating-profit"?',
    })]);
    for (const s of spies) expect(s).not.toHaveBeenCalled();
  });

  it('naming a period role no document has is a problem at its line, with "did you mean"', () => {
    const text = fixture('release/partials/harbor-results.hbs').replace('{{result "pl.sales.total" "ytd"}}', '{{result "pl.sales.total" "ytdd"}}');
    const { dir, problems } = stage({ 'release/partials/harbor-results.hbs': text });
    expect(problems).toEqual([expect.objectContaining({
      file: join(dir, 'release', 'partials', 'harbor-results.hbs'), line: lineOf(text, '"ytdd"'),
      message: 'unknown period role "ytdd"', found: 'ytdd', hint: 'Did you mean "ytd"?',
    })]);
    expect(problems[0].expected).toContain('ytdPrior');
  });
});

describe('a release table layout', () => {
  it('whose row names no item is a problem at the row\'s line and field, not a row left out', () => {
    const text = fixture('release/tables/harbor-summary.yaml').replace('item: pl.cogs', 'item: pl.cog');
    const { dir, problems } = stage({ 'release/tables/harbor-summary.yaml': text });
    expect(problems).toEqual([expect.objectContaining({
      file: join(dir, 'release', 'tables', 'harbor-summary.yaml'), line: lineOf(text, 'pl.cog,'), field: 'rows.1.item',
      message: 'no figure "pl.cog" for any period', hint: 'Did you mean "pl.cogs"?',
    })]);
  });

  it('of the exchange\'s summary whose column names no item is a problem at its line', () => {
    const text = fixture('release/tables/tse-results.yaml').replace('{ key: pl.sales.total, change: "yoy:pl.sales.total", head: revenue }', '{ key: pl.sale.total, change: "yoy:pl.sales.total", head: revenue }');
    {
      const { dir, problems } = stage({ 'release/tables/tse-results.yaml': text }, ['release']);
      expect(problems).toEqual([expect.objectContaining({
        file: join(dir, 'release', 'tables', 'tse-results.yaml'), line: lineOf(text, 'pl.sale.total'), message: 'no figure "pl.sale.total" for any period', hint: 'Did you mean "pl.sales.total"?',
      })]);
    }
  });
});

describe('a deck slide', () => {
  const slides = fixture('deck/slides.yaml');

  it('naming a figure key no item has in a text, a needs: condition or a table row: a problem at each line, all at once', () => {
    const spies = noBrowser();
    const text = slides
      .replace('{{signLabel "pl.operating-profit" "cur"}}', '{{signLabel "pl.operatng-profit" "cur"}}')
      .replace('needs: [pl.operating-profit@q]', 'needs: [pl.operating-profit@qq]')
      .replace('- { key: pl.cogs }', '- { key: pl.cgs }');
    const { dir, problems } = stage({ 'deck/slides.yaml': text });
    const file = join(dir, 'deck', 'slides.yaml');
    expect(problems).toEqual(expect.arrayContaining([
      expect.objectContaining({ file, line: lineOf(text, 'pl.operatng-profit'), field: 'summary: blocks.0.bullets.items.2.text', message: 'no figure "pl.operatng-profit" for any period', hint: 'Did you mean "pl.operating-profit"?' }),
      expect.objectContaining({ file, line: lineOf(text, 'pl.operating-profit@qq'), field: 'summary: blocks.0.bullets.items.4.needs.0', message: 'unknown period role "qq"', hint: 'Did you mean "q"?' }),
      expect.objectContaining({ file, line: lineOf(text, 'key: pl.cgs'), field: 'results: blocks.0.table.rows.1.key', message: 'no figure "pl.cgs" for any period', hint: 'Did you mean "pl.cogs"?' }),
    ]));
    expect(problems).toHaveLength(3);
    for (const s of spies) expect(s).not.toHaveBeenCalled();
  });

  it('naming a narrative section the company\'s narrative lacks is a problem at its line, with "did you mean"', () => {
    const text = slides.replace("- { style: heading, text: '{{period \"cur\"}}' }", "- { style: heading, text: '{{period \"cur\"}}' }\n                - { narrative: highlight }");
    const { dir, problems } = stage({ 'deck/slides.yaml': text }, ['deck'], ['highlights']);
    expect(problems).toEqual([expect.objectContaining({
      file: join(dir, 'deck', 'slides.yaml'), line: lineOf(text, 'narrative: highlight'), message: 'no narrative section "highlight" in the company\'s narrative files', hint: 'Did you mean "highlights"?',
    })]);
  });

  it('drawing a chart whose series names no item is a problem at the spec\'s line and field', () => {
    const spec = JSON.stringify({ usermeta: { quarterdeck: { kind: 'bar', series: [{ key: 'pl.sales.total' }, { key: 'pl.operating-proft' }], periods: ['prior', 'cur'] } } }, null, 2);
    const chart = slides.replace("                - { style: heading, text: '{{period \"q\"}}', needs: [pl.sales.total@q] }\n", '').replace(/(      - id: summary\n(?:.*\n)*?        blocks:\n)/, '$1          - chart: { area: right, spec: harbor-sales }\n');
    expect(chart).toContain('spec: harbor-sales');
    const { dir, problems } = stage({ 'deck/slides.yaml': chart, 'charts/harbor-sales.vl.json': spec }, ['deck']);
    expect(problems).toEqual([expect.objectContaining({
      file: join(dir, 'charts', 'harbor-sales.vl.json'), line: lineOf(spec, 'pl.operating-proft'), field: 'usermeta.quarterdeck.series.1.key',
      message: 'no figure "pl.operating-proft" for any period', hint: 'Did you mean "pl.operating-profit"?',
    })]);
  });
});
