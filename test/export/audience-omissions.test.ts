// What an audience shows less of by design: an entry of a narrative section (or an item of it) that
// some template of the set prints but none of the audience's documents is "not in this audience" —
// listed (notInAudience), one line of build's summary, never a failure of a strict build; an entry no
// template asks for still counts. IIJ's board deck of FY2009 (four slides), without a browser.
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { localeDirs, prepare } from '../../src/build.js';
import { buildFigures } from '../../src/model/figures.js';
import { makeInputs } from '../../src/render/inputs.js';
import { deckModel } from '../../src/render/deck/build-model.js';
import { messagesFor } from '../../src/messages/index.js';
import { loadProfile } from '../../src/audience/profile.js';
import { packageOmissions, NOT_PRINTED } from '../../src/export/package-omissions.js';
import { asksFor, audienceSections } from '../../src/export/audience-sections.js';
import { failsStrict, omissionSummary } from '../../src/export/omissions.js';
import type { Omission } from '../../src/contract/documents.js';
import { dataDir, root } from '../helpers.js';

let before: Omission[]; let after: Omission[];
beforeAll(() => {
  const dirs = [join(root, 'templates')];
  const profile = loadProfile('board', dirs);
  const { data, analysis } = prepare(dataDir, 'iij');
  const m = messagesFor(profile.language);
  const inputs = makeInputs(data, buildFigures(analysis.ledger, 'FY2009', m, { measures: 'asked' }), m, localeDirs(dirs, 'en'), 'board', profile);
  const deck = deckModel(inputs);
  before = packageOmissions(inputs, { deck });
  after = packageOmissions(inputs, { deck, sections: audienceSections(inputs, profile.documents) });
}, 60_000);

describe("the board's FY2009 package", () => {
  it('lists the sections its four slides leave out as not in this audience, and fails strict on far fewer', () => {
    const byDesign = after.filter((o) => o.notInAudience);
    expect(before.filter(failsStrict).length).toBeGreaterThan(60);
    expect(byDesign.length).toBeGreaterThan(50);
    expect(after.filter(failsStrict).length).toBeLessThan(10);
    // business topics and the group companies are on slides the board does not have
    expect(byDesign.map((o) => o.what)).toContain('narrative topics: ASUMAL');
    expect(byDesign.every((o) => !failsStrict(o) && !o.document)).toBe(true);
    // what stays is an entry of a section the board's slides print (reasons), asked for by no slide of its own
    expect(after.filter(failsStrict).every((o) => o.reason === NOT_PRINTED)).toBe(true);
  });
  it("summarises them in one line of build's output", () => {
    const lines = omissionSummary(after);
    const nia = lines.filter((l) => l.startsWith('not in this audience:'));
    expect(nia).toHaveLength(1);
    expect(nia[0]).toMatch(/^not in this audience: \d+ narrative entries \(.*topics \d+.*\)/);
    expect(lines[0]).toMatch(new RegExp(`^left out: ${after.filter((o) => !o.notInAudience).length} item`));
    expect(lines.some((l) => l.includes('ASUMAL'))).toBe(false);
  });
});

describe('which template asks for an entry', () => {
  const slide = { sections: new Set(['reasons']), text: '{"narrative":"reasons","item":"is.revenue.cos"}' };
  const whole = { sections: new Set(['topics']), text: '', whole: new Set(['topics']) };
  it('by its section and item, never by a longer key that starts with it', () => {
    expect(asksFor([slide], 'reasons', { item: 'is.revenue.cos' })).toBe(true);
    expect(asksFor([slide], 'reasons', { item: 'is.revenue' })).toBe(false);
    expect(asksFor([{ ...slide, text: '{"item":"is.revenue.cos.outsourcing"}' }], 'reasons', { item: 'is.revenue.cos' })).toBe(false);
    expect(asksFor([slide], 'notes', { item: 'is.revenue.cos' })).toBe(false);
  });
  it('a section printed whole asks for each of its entries; an entry of no item or label by its section', () => {
    expect(asksFor([whole], 'topics', { label: 'ASUMAL' })).toBe(true);
    expect(asksFor([slide], 'reasons', {})).toBe(true);
  });
});
