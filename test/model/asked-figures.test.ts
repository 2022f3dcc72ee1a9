// The fast path of a package with documents: computed measures made when a document asks for
// them, and figures.json holding what the documents show. It must print the same documents and
// the same figures as computing every figure first.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildFigures, figureLookup } from '../../src/model/figures.js';
import { figuresOf } from '../support/figures.js';
import { shownFigures } from '../../src/model/shown-figures.js';
import { en } from '../../src/messages/en.js';
import { makeInputs } from '../../src/render/inputs.js';
import { renderReleaseHtml } from '../../src/render/release/index.js';
import { deckModel } from '../../src/render/deck/build-model.js';
import { iij } from '../render/release-support.js';
import { root } from '../helpers.js';

const templates = [join(root, 'templates')];
const inputsOf = (period: string, measures: 'all' | 'asked') => {
  const { data, analysis } = iij();
  // every figure: the shared list (the same as buildFigures with measures: 'all'); asked: made here
  const file = measures === 'all' ? figuresOf(analysis.ledger, period, en) : buildFigures(analysis.ledger, period, en, { measures });
  return { file, inputs: makeInputs(data, file, en, templates, 'investors') };
};

describe('figures computed when a document asks for them', () => {
  it('are the figures of the full list, value for value, and nothing the full list lacks', () => {
    const all = inputsOf('FY2009', 'all').file;
    const asked = inputsOf('FY2009', 'asked').file;
    const lookup = figureLookup(asked)!;
    expect(lookup).toBeTypeOf('function');
    const eager = new Set(asked.figures.map((f) => f.id));
    // up front: every figure that is not a computed measure (reported, derived, printed measures, targets)
    for (const f of all.figures) if (!(f.measure && f.kind === 'computed' && !f.measure.startsWith('target') && f.measure !== 'vs-target' && f.measure !== 'usd')) expect(eager.has(f.id), f.id).toBe(true);
    expect(asked.figures.length).toBeLessThan(all.figures.length / 2);
    const byId = new Map(asked.figures.map((f) => [f.id, f]));
    for (const f of all.figures) expect(eager.has(f.id) ? byId.get(f.id) : lookup(f.id), f.id).toEqual(f);
    // ids the full list does not have are not invented
    expect(lookup('yoy:is.revenue.total@FY2031')).toBeUndefined();
    expect(lookup('yoy:no.such.item@FY2009')).toBeUndefined();
    expect(lookup('vs-target:is.revenue.total@FY2009')).toBeUndefined();
  }, 60_000);

  it('print the same release and the same deck, and figures.json holds every figure they show with its inputs', async () => {
    const all = inputsOf('FY2009', 'all');
    const asked = inputsOf('FY2009', 'asked');
    const [a, b] = [await renderReleaseHtml(all.inputs), await renderReleaseHtml(asked.inputs)];
    expect(b.html).toBe(a.html);
    expect(JSON.stringify(deckModel(asked.inputs))).toBe(JSON.stringify(deckModel(all.inputs)));

    const shown = shownFigures(asked.file, asked.inputs.figures.asked);
    const ids = new Set(shown.figures.map((f) => f.id));
    for (const id of asked.inputs.figures.asked) expect(ids.has(id), id).toBe(true);
    const full = new Map(all.file.figures.map((f) => [f.id, f]));
    for (const f of shown.figures) for (const i of f.inputs ?? []) if (full.has(i)) expect(ids.has(i), `${f.id} ← ${i}`).toBe(true);
    // the release's headline figures are there, as the full list has them
    for (const id of ['is.revenue.total@FY2009', 'yoy:is.revenue.total@FY2009', 'is.operating-income@FY2009']) expect(shown.figures.find((f) => f.id === id)).toEqual(full.get(id));
    expect(JSON.stringify(shown, null, 1).length).toBeLessThan(1_000_000);
  }, 60_000);

  it('a first half: the same release', async () => {
    const [a, b] = [await renderReleaseHtml(inputsOf('FY2009-H1', 'all').inputs), await renderReleaseHtml(inputsOf('FY2009-H1', 'asked').inputs)];
    expect(b.html).toBe(a.html);
  }, 60_000);
});
