// The press audience prints the release alone, which reads the highlights' notes only by their item
// ({{reason "highlights-notes" "is.net-income-iij"}}): a highlight note without an item is printed by the
// deck's summary, a document the press package does not have. It is "not in this audience", never left
// out (so never a failure of --strict); the notes with an item are printed. No browser: the release's
// HTML and the package's omissions as build() counts them.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { prepare } from '../../src/build.js';
import { figuresOf } from '../support/figures.js';
import { en } from '../../src/messages/en.js';
import { loadProfile } from '../../src/audience/profile.js';
import { makeInputs } from '../../src/render/inputs.js';
import { renderReleaseHtml } from '../../src/render/release/index.js';
import { packageOmissions } from '../../src/export/package-omissions.js';
import { audienceSections } from '../../src/export/audience-sections.js';
import { dataDir, root } from '../helpers.js';

async function omitted(period: string, audience: string) {
  const { data, analysis } = prepare(dataDir, 'iij');
  const dirs = [join(root, 'templates')];
  const inputs = makeInputs(data, figuresOf(analysis.ledger, period, en), en, dirs, audience, loadProfile(audience, dirs));
  const release = await renderReleaseHtml(inputs);
  return { data, list: packageOmissions(inputs, { release, sections: audienceSections(inputs, ['release']) }) };
}

describe('press: highlights without an item', () => {
  it('FY2009: not in this audience, not left out', async () => {
    const { data, list } = await omitted('FY2009', 'press');
    const itemless = data.narrative.find((n) => n.period === 'FY2009' && n.lang === 'en')!.sections['highlights-notes'].filter((e) => !e.item && !e.label);
    expect(itemless.length).toBeGreaterThan(0);
    const notes = list.filter((o) => o.what.startsWith('narrative highlights-notes'));
    // each itemless note once, as the audience's design; none counted as left out
    expect(notes.filter((o) => !o.notInAudience)).toEqual([]);
    expect(notes.filter((o) => o.notInAudience).map((o) => o.what)).toEqual(expect.arrayContaining(itemless.map((e) => `narrative highlights-notes: line ${e.line}`)));
  });
});
