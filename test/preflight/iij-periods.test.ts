// Every period the IIJ data supports (full years, halves, quarters, nine months, derived ones
// included) builds every audience's documents with a clean preflight. Cheap: no browser — the
// release's HTML and the deck's slide model are read as the preflight reads the PDF and PPTX
// (preflight/read-model.ts); the printed documents of a few periods are read in other tests. The
// figures are made as `build` makes them for a package of documents: computed measures when a
// document asks for them, and the preflight reads the figures the documents show (the same
// documents as from every figure: model/asked-figures.test.ts).
// The Japanese release's HTML is left to test/render/ja-release.test.ts (its font work is slow).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { prepare, localeDirs } from '../../src/build.js';
import { figuresFor } from '../../src/model/figures-cache.js';
import { shownFigures } from '../../src/model/shown-figures.js';
import { messagesFor } from '../../src/messages/index.js';
import { makeInputs } from '../../src/render/inputs.js';
import { deckModel } from '../../src/render/deck/build-model.js';
import { renderReleaseHtml } from '../../src/render/release/index.js';
import { loadProfile } from '../../src/audience/profile.js';
import { lookFor } from '../../src/config/config.js';
import { preflightContext } from '../../src/preflight/context.js';
import { checkDocuments, formatFinding } from '../../src/preflight/run.js';
import { deckDocument, htmlDocument } from '../../src/preflight/read-model.js';
import { publishedDate } from '../../src/preflight/package.js';
import type { DocText } from '../../src/preflight/types.js';
import { dataDir, root } from '../helpers.js';

const { data, analysis } = prepare(dataDir, 'iij');
const rev = analysis.ledger.totals.revenue!;
const periods = [...new Set([...analysis.ledger.known.values()].filter((k) => k.item === rev && !/^\d/.test(k.period)).map((k) => k.period))].sort();
const templates = [join(root, 'templates')];
// every period × every audience takes minutes on a busy machine: QD_ALL_PERIODS=1 runs the whole matrix,
// the default run one audience per language and kind of document over periods of every span
const ALL = process.env.QD_ALL_PERIODS === '1';
const AUDIENCES = ALL ? ['investors', 'analysts', 'board', 'press', 'ja'] : ['investors', 'ja'];
const chosen = ALL ? periods : ['FY2008', 'FY2008-Q3', 'FY2009-H1', 'FY2009-Q1'];

describe('every IIJ period × audience: a clean preflight', () => {
  it('covers full years, halves, quarters and nine months', () => {
    expect(periods).toEqual(expect.arrayContaining(['FY2008', 'FY2009', 'FY2008-H1', 'FY2009-H2', 'FY2008-Q3', 'FY2009-Q1', 'FY2008-9M']));
  });

  for (const audience of AUDIENCES) {
    // the known gap, a warning only: table wording of another era (issue 12); no number or ratio beyond its precision
    it(`${audience}: no errors, no warnings but the known gaps`, async () => {
      const loaded = loadProfile(audience, templates);
      const profile = { ...loaded, ...lookFor(undefined, loaded, undefined) };
      const m = messagesFor(profile.language);
      const found: string[] = [];
      for (const p of chosen) {
        const all = figuresFor(analysis.ledger, p, m, { measures: 'asked' });
        const inputs = makeInputs(data, all, m, localeDirs(templates, profile.language), audience, profile);
        const docs: DocText[] = [];
        if (profile.documents.includes('release') && (m.lang === 'en' || ALL)) docs.push(htmlDocument((await renderReleaseHtml(inputs)).html));
        if (profile.documents.includes('deck')) docs.push(deckDocument(deckModel(inputs)));
        const figures = shownFigures(all, inputs.figures.asked);
        for (const f of checkDocuments(docs, preflightContext(data, figures, m, publishedDate(inputs, p)))) if (f.code !== 'label') found.push(`${p} ${formatFinding(f)}`);
      }
      expect(found).toEqual([]);
    }, 180_000);
  }
});
