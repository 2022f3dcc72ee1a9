// data-figure costs the documents nothing: with the preview's marks off (every build), the renderers
// print exactly what they printed before; with them on, the same text with each figure's id around
// it — the text less the marks is the build's, character for character; the numbers a chart draws
// carry data-figure on their SVG text, and the chart less those attributes is the build's.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { prepare, localeDirs } from '../../src/build.js';
import { buildFigures } from '../../src/model/figures.js';
import { messagesFor } from '../../src/messages/index.js';
import { loadProfile } from '../../src/audience/profile.js';
import { makeInputs } from '../../src/render/inputs.js';
import { renderReleaseHtml } from '../../src/render/release/index.js';
import { deckModel } from '../../src/render/deck/build-model.js';
import { deckHtml } from '../../src/export/deck-pdf.js';
import { markFigures, marksToHtml, unmark } from '../../src/render/figure-mark.js';
import { dataDir, fixtures, root } from '../helpers.js';

async function documents(data: string, company: string, period: string, audience: string, templates: string[], marked: boolean, docs: readonly string[]) {
  const dirs = [...templates, join(root, 'templates')];
  const profile = { ...loadProfile(audience, dirs), theme: 'default', units: 'million' as const };
  const m = messagesFor(profile.language);
  const { data: d, analysis } = prepare(data, company);
  const file = buildFigures(analysis.ledger, period, m, { measures: 'asked' });
  if (marked) markFigures(file);
  const inputs = makeInputs(d, file, m, localeDirs(dirs, profile.language), audience, profile);
  return { release: (await renderReleaseHtml(inputs)).html, deck: docs.includes('deck') ? await deckHtml(deckModel(inputs)) : '' };
}

// the fixture company's release and deck (cheap); IIJ's (the TSE summary, the equity statement, the
// targets table) take seconds a render, and were compared as release.pdf / deck.pdf text when the
// marks were added: QUARTERDECK_TEST_IIJ=1 adds its Japanese half-year release here
const CASES = [
  { name: 'the fixture company FY2025', data: fixtures, company: 'harbor', period: 'FY2025', audience: 'investors', templates: [join(fixtures, 'harbor-templates')], docs: ['release', 'deck'] as const },
  ...(process.env.QUARTERDECK_TEST_IIJ ? [{ name: 'IIJ 1H09, Japanese', data: dataDir, company: 'iij', period: 'FY2009-H1', audience: 'ja', templates: [], docs: ['release'] as const }] : []),
];

describe('figure marks', () => {
  for (const c of CASES) {
    it(`${c.name}: the build's HTML has no mark; the preview's is the same text with a data-figure on each figure`, async () => {
      const plain = await documents(c.data, c.company, c.period, c.audience, c.templates, false, c.docs);
      const marked = await documents(c.data, c.company, c.period, c.audience, c.templates, true, c.docs);
      for (const doc of c.docs) {
        expect(plain[doc]).not.toMatch(/[\uE000-\uE002]|data-figure/);
        const labels = marked[doc].match(/<text[^>]* data-figure="[^"]+"/g) ?? [];
        // a document with charts (IIJ's; the fixture company's templates draw none) marks their labels
        if (plain[doc].includes('class="mark-text role-mark')) expect(labels.length, doc).toBeGreaterThan(0);
        expect(unmark(marked[doc]).replace(/(<text[^>]*) data-figure="[^"]*"/g, '$1')).toBe(plain[doc]);
        const html = marksToHtml(marked[doc]);
        expect(html).not.toMatch(/[\uE000-\uE002]/);
        expect(html.match(/<span data-figure="/g)?.length ?? 0, doc).toBeGreaterThan(c.company === 'iij' ? 100 : 10);
        expect(html.match(/<span data-figure="/g)?.length).toBe(html.match(/<\/span>/g)!.length - (plain[doc].match(/<\/span>/g)?.length ?? 0));
        // every chart label marked names a figure of the package, and prints that figure's number
        for (const t of marked[doc].matchAll(/<text[^>]* data-figure="([^"]+)"[^>]*>([^<]*)<\/text>/g)) expect(t[2], t[1]).toMatch(/\d/);
      }
    }, 120_000);
  }

  it('a mark inside an attribute, a title or a chart is dropped; in text it is a span', () => {
    const m = (id: string, t: string) => `\uE000${id}\uE001${t}\uE002`;
    const html = `<html><head><title>${m('a@FY1', '1')}</title></head><body><p title="${m('b@FY1', '2')}">${m('c@FY1', '3')}</p><svg><text>${m('d@FY1', '4')}</text></svg></body></html>`;
    expect(marksToHtml(html)).toBe('<html><head><title>1</title></head><body><p title="2"><span data-figure="c@FY1">3</span></p><svg><text>4</text></svg></body></html>');
  });
});
