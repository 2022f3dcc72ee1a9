// The deck follows the release's rule (release/current-column.ts): a period column of a table that the
// data holds for only some of its rows is left out and reported, never printed half empty. FY2009's
// quarterly appendix (analysts): the data holds 3Q09 and 4Q09 only for a few lines (the results deck).
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { iij } from './deck-fixture.js';
import { figuresOf } from '../support/figures.js';
import { en } from '../../src/messages/en.js';
import { omissionSaid } from '../../src/messages/omissions-en.js';
import { makeInputs } from '../../src/render/inputs.js';
import { loadProfile } from '../../src/audience/profile.js';
import { deckModel } from '../../src/render/deck/build-model.js';
import type { DeckModel } from '../../src/contract/deck.js';
import { root } from '../helpers.js';

let model: DeckModel;
beforeAll(() => {
  const { data, analysis } = iij();
  const dirs = [join(root, 'templates')];
  model = deckModel(makeInputs(data, figuresOf(analysis.ledger, 'FY2009', en), en, dirs, 'analysts', loadProfile('analysts', dirs)));
}, 120_000);

describe('FY2009 analysts: the quarterly appendix', () => {
  it('prints no half-empty quarter: every printed cell of a period column has its figure', () => {
    const slide = model.slides.find((s) => s.id === 'quarterly-tables')!;
    const tables = slide.blocks.filter((b) => b.kind === 'table');
    expect(tables.length).toBe(2);
    for (const t of tables) {
      if (t.kind !== 'table') continue;
      const headers = t.columns.map((c) => c.header).join(' ') + t.header.flat().map((c) => c.text).join(' ');
      expect(headers).toContain('2Q09');
      expect(headers).not.toMatch(/3Q09|4Q09/);
      for (const r of t.rows) for (const c of r.cells.slice(1)) expect(c.text).not.toBe('');
    }
  });
  it('reports each quarter it leaves out, with how many rows the data holds', () => {
    expect(model.omitted).toContainEqual({ slide: 'quarterly-tables', what: 'column 4Q09', reason: 'the data holds 4Q09 figures for 2 of its 11 rows', says: { what: omissionSaid('column', '4Q09'), reason: omissionSaid('someRows', '4Q09', 2, 11) } });
    expect(model.omitted.filter((o) => o.slide === 'quarterly-tables' && o.what.startsWith('column')).map((o) => o.what)).toEqual(['column 3Q09', 'column 4Q09', 'column 3Q09', 'column 4Q09']);
  });
});
