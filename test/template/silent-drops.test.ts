// What a template names wrongly is a fault with its file and line, never a part of a document left
// out: a misspelled figure key in a chart spec's series. No browser is needed (none is launched).
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
import type { FiguresFile } from '../../src/types.js';
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
