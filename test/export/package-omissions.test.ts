// What a package leaves out is counted per package: a narrative entry only the deck prints is not
// "left out" of the package (the release alone would list it), an entry no document prints is
// listed once with no document, and what one document alone lacks (a slide whose figure is
// missing) still names its document. IIJ's FY2009 investors package, without a browser.
import { omissionSaid } from '../../src/messages/omissions-en.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { prepare } from '../../src/build.js';
import { figuresOf } from '../support/figures.js';
import { makeInputs } from '../../src/render/inputs.js';
import type { DocumentInputs } from '../../src/contract/document-inputs.js';
import { deckModel } from '../../src/render/deck/build-model.js';
import type { DeckModel } from '../../src/contract/deck.js';
import { renderReleaseHtml, type ReleaseHtml } from '../../src/render/release/index.js';
import { loadProfile } from '../../src/audience/profile.js';
import { en } from '../../src/messages/en.js';
import { deckOmissions, omissionSummary } from '../../src/export/omissions.js';
import { packageOmissions } from '../../src/export/package-omissions.js';
import { dataDir, root } from '../helpers.js';

let inputs: DocumentInputs; let release: ReleaseHtml; let deck: DeckModel;

beforeAll(async () => {
  const { data, analysis } = prepare(dataDir, 'iij');
  const dirs = [join(root, 'templates')];
  const profile = loadProfile('investors', dirs);
  inputs = makeInputs(data, figuresOf(analysis.ledger, 'FY2009', en), en, dirs, 'investors', profile);
  release = await renderReleaseHtml(inputs);
  deck = deckModel(inputs);
}, 60_000);

describe('omissions counted per package (IIJ FY2009, investors)', () => {
  it('an entry only the deck prints is not left out: of the release\'s 68, only those no slide prints remain', () => {
    // the old rule, per document: every entry the release itself does not print
    const perDocument = release.unused.map((e) => ({ what: `narrative ${e.section}: ${e.item ?? e.label ?? `line ${e.line}`}` }));
    const pkg = packageOmissions(inputs, { release, deck });
    const narrative = pkg.filter((o) => o.what.startsWith('narrative '));
    // the release alone leaves out what only the deck prints (topics, the data center project, the deck's notes text)
    expect(perDocument.length).toBeGreaterThan(60);
    expect(perDocument.map((o) => o.what)).toContain('narrative topics: Nomura Securities Co.,Ltd.');
    expect(perDocument.map((o) => o.what)).toContain('narrative notes: is.cost.si');
    expect(narrative.map((o) => o.what)).not.toContain('narrative topics: Nomura Securities Co.,Ltd.');
    expect(narrative.map((o) => o.what)).not.toContain('narrative notes: is.cost.si');
    // the segment slide prints the reasons of seed 000 lines 362–367 (test/render/segment-reasons.test.ts): no entry is left out
    expect(narrative).toEqual([]);
  });

  it('what the deck alone lacks keeps its document and slide', () => {
    const pkg = packageOmissions(inputs, { release, deck });
    expect(pkg.filter((o) => o.document === 'deck.pptx')).toEqual(deckOmissions(deck));
    // the revised-target slide: each row needs a previous target the data does not hold (the template's own condition)
    expect(pkg).toContainEqual({ document: 'deck.pptx', slide: 'revised-target', what: 'slide', reason: 'none of its blocks has data', says: { what: omissionSaid('slide'), reason: omissionSaid('noBlockData') }, conditional: true });
    // so what a strict build fails on is what no document prints, and the release's tables and
    // statements whose FY2009 figures the data does not hold (render/release/current-column.ts)
    expect(pkg.filter((o) => !o.conditional && o.document !== 'release.pdf').map((o) => o.document ?? 'package')).toEqual([]);
    expect(pkg.filter((o) => o.document === 'release.pdf').map((o) => o.what)).toEqual(release.leftOut.map((o) => o.what));
    expect(release.leftOut.length).toBeGreaterThan(0);
    expect(omissionSummary(pkg)[0]).toBe(`left out: ${pkg.length} items (release.pdf ${release.leftOut.length}, deck.pptx ${deckOmissions(deck).length})`);
  });

  it('a package of one document: the release alone lists every entry it does not print, the deck alone those no slide prints', () => {
    const releaseOnly = packageOmissions(inputs, { release });
    // with no deck, the package leaves out what the release does not print, and its left-out tables
    const releaseOwn = [...release.unused.map((e) => `narrative ${e.section}: ${e.item ?? e.label ?? `line ${e.line}`}`), ...release.untranslated.map((u) => `narrative ${u.section}: ${u.entry.item ?? u.entry.label ?? `line ${u.entry.line}`}`), ...release.leftOut.map((o) => o.what)];
    expect(releaseOnly.map((o) => o.what).sort()).toEqual(releaseOwn.sort());
    expect(releaseOnly.filter((o) => o.what.startsWith('narrative ')).every((o) => o.document === undefined)).toBe(true);
    const deckOnly = packageOmissions(inputs, { deck }).filter((o) => !o.document);
    const printedByRelease = deckOnly.filter((o) => !releaseOnly.some((r) => r.what === o.what));
    expect(printedByRelease.length).toBeGreaterThan(0);
    expect(deckOnly.length).toBeGreaterThan(0);
    expect(packageOmissions(inputs, {})).toEqual([]);
  });
});
