// What a template names wrongly is a fault with its file and line, never a part of a document left
// out: a misspelled figure key in a chart spec's series, an unknown period role, a narrative section no
// narrative file has; and a table row's data: values are templates (not printed as written). No browser
// is needed (none is launched).
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeInputs } from '../../src/render/inputs.js';
import { deckModel } from '../../src/render/deck/build-model.js';
import { TemplateFault } from '../../src/render/template-check.js';
import { loadProfile } from '../../src/audience/profile.js';
import { Printer } from '../../src/export/browser.js';
import { root } from '../helpers.js';
import { figuresOf } from '../support/figures.js';
import { en } from '../../src/messages/en.js';
import type { FiguresFile } from '../../src/contract/figures.js';
import { iij } from '../render/deck-fixture.js';
import { templateFolder } from '../audience/support.js';

const builtin = join(root, 'templates');

let figures: FiguresFile;
beforeAll(() => { figures = figuresOf(iij().analysis.ledger, 'FY2009', en); }, 60_000);

describe('a chart spec whose series key names no item', () => {
  it('is a TemplateFault at the spec\'s line, with "did you mean"; the chart is not left out quietly', () => {
    const launched = vi.spyOn(Printer, 'open');
    const text = readFileSync(join(builtin, 'charts', 'income.vl.json'), 'utf8').replace('"key": "is.net-income-iij"', '"key": "is.net-incme-iij"');
    const dir = templateFolder({ 'charts/income.vl.json': text });
    const dirs = [dir, builtin];
    // the deck of the one slide that draws the chart
    const profile = loadProfile('investors', dirs);
    const inputs = makeInputs(iij().data, figures, en, dirs, 'investors', { ...profile, deck: { ...profile.deck, slides: ['income'] } });
    let fault: unknown;
    try { deckModel(inputs); } catch (e) { fault = e; }
    expect(fault).toBeInstanceOf(TemplateFault);
    const p = (fault as TemplateFault).problems[0];
    expect(p.file).toBe(join(dir, 'charts', 'income.vl.json'));
    expect(p.line).toBe(text.split('\n').findIndex((l) => l.includes('is.net-incme-iij')) + 1);
    expect(p.field).toBe('usermeta.quarterdeck.series.1.key');
    expect(p.hint).toMatch(/Did you mean "is\.net-income-iij/);
    expect(launched).not.toHaveBeenCalled();
  });
});

describe('a table column whose period role no document has', () => {
  it('is a TemplateFault naming the layout\'s file and line, not a blank column header', async () => {
    const { renderReleaseHtml } = await import('../../src/render/release/index.js');
    const launched = vi.spyOn(Printer, 'open');
    const text = readFileSync(join(builtin, 'release', 'tables', 'columns.yaml'), 'utf8');
    const broken = text.replace('period: prior,', 'period: prir,');
    expect(broken).not.toBe(text);
    const dir = templateFolder({ 'release/tables/columns.yaml': broken });
    const dirs = [dir, builtin];
    const profile = loadProfile('investors', dirs);
    const inputs = makeInputs(iij().data, figures, en, dirs, 'investors', profile);
    const fault = await renderReleaseHtml(inputs).then(() => undefined, (e: unknown) => e);
    expect(fault).toBeInstanceOf(TemplateFault);
    const p = (fault as TemplateFault).problems[0];
    expect(p.message).toBe('unknown period role "prir"');
    expect(p.file).toBe(join(dir, 'release', 'tables', 'columns.yaml'));
    expect(p.line).toBe(broken.split('\n').findIndex((l) => l.includes('period: prir')) + 1);
    expect(p.hint).toBe('Did you mean "prior"?');
    expect(launched).not.toHaveBeenCalled();
  }, 30_000);
});

/** A deck of one slide, FY2009, from an override folder; the fault (if any) and how long finding it took. */
function oneSlideDeck(files: Record<string, string>, slide: string) {
  const dir = templateFolder(files);
  const dirs = [dir, builtin];
  const profile = loadProfile('investors', dirs);
  const inputs = makeInputs(iij().data, figures, en, dirs, 'investors', { ...profile, deck: { ...profile.deck, slides: [slide] } });
  const started = performance.now();
  try { return { dir, model: deckModel(inputs), ms: performance.now() - started }; } catch (e) { return { dir, fault: e, ms: performance.now() - started }; }
}

describe('a narrative section no narrative file has', () => {
  it('is a TemplateFault at the slide file\'s line with "did you mean", not bullets that vanish', () => {
    const launched = vi.spyOn(Printer, 'open');
    const slide = 'title: Summary\nblocks:\n  - bullets:\n      area: full\n      items:\n        - { text: Highlights }\n        - { narrative: highlight-notes, item: is.revenue.atm }\n';
    const { dir, fault, ms } = oneSlideDeck({ 'deck/slides/summary.yaml': slide }, 'summary');
    expect(fault).toBeInstanceOf(TemplateFault);
    const p = (fault as TemplateFault).problems[0];
    expect([p.file, p.line, p.found, p.hint]).toEqual([join(dir, 'deck', 'slides', 'summary.yaml'), 7, 'highlight-notes', 'Did you mean "highlights-notes"?']);
    expect(p.message).toBe('no narrative section "highlight-notes" in the company\'s narrative files');
    expect(ms).toBeLessThan(1000);
    expect(launched).not.toHaveBeenCalled();
  });
  it('a section the company has passes (its bullets print)', () => {
    const slide = 'title: Summary\nblocks:\n  - bullets:\n      area: full\n      items:\n        - { narrative: highlights-notes, item: is.revenue.atm }\n';
    const { model, fault } = oneSlideDeck({ 'deck/slides/summary.yaml': slide }, 'summary');
    expect(fault).toBeUndefined();
    expect(model!.slides.find((s) => s.id === 'summary')!.blocks.length).toBe(1);
  });
});

describe('a table row\'s data: values', () => {
  const slide = (who: string) => `title: Facts\nblocks:\n  - table:\n      area: full\n      stub: { header: '', width: 2 }\n      columns:\n        - { header: Name, cell: '{{row.who}}', width: 3 }\n      rows:\n        - { label: '{{company.shortName}}', data: { who: '${who}' } }\n`;
  it('are templates, as the row\'s label is: the company\'s name, not "{{company.name}}"', () => {
    const { model, fault } = oneSlideDeck({ 'deck/slides/summary.yaml': slide('{{company.name}}') }, 'summary');
    expect(fault).toBeUndefined();
    const table = model!.slides.find((s) => s.id === 'summary')!.blocks[0];
    expect(table.kind === 'table' && table.rows[0].cells.map((c) => c.text)).toEqual(['IIJ', 'Internet Initiative Japan Inc.']);
  });
  it('a mistake in one is a TemplateFault with the slide file', () => {
    const { dir, fault } = oneSlideDeck({ 'deck/slides/summary.yaml': slide('{{compny.name}} {{yen "is.revenue.totl"}}') }, 'summary');
    expect(fault).toBeInstanceOf(TemplateFault);
    const p = (fault as TemplateFault).problems[0];
    expect([p.file, p.line]).toEqual([join(dir, 'deck', 'slides', 'summary.yaml'), 9]);
    expect(p.hint).toMatch(/is\.revenue\.total/);
  });
});
