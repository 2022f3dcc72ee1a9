// One sign test for release and deck: (isLoss key [role]) is true for a figure below zero and false for a
// figure the data lacks, in every document. The release's former (neg) and the deck's former (negative)
// are gone, and the template stage checks the key of an (isLoss) as it checks every figure helper's.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTemplateSet } from '../../src/template/template-set.js';
import { checkTemplates } from '../../src/template/check-templates.js';
import { TemplateFault } from '../../src/errors/template-fault.js';
import { loadProfile } from '../../src/audience/profile.js';
import { prepare } from '../../src/prepare.js';
import { DeckText } from '../../src/render/deck/text.js';
import { deckFor } from './deck-fixture.js';
import { templateFolder } from '../audience/support.js';
import { fixtures, root } from '../helpers.js';

describe('the sign test (isLoss)', () => {
  it('answers the same in the deck as in the release: below zero is true, a figure the data lacks is false', () => {
    const text = new DeckText(deckFor('FY2009').inputs);
    const at = { file: 'slides.yaml', line: 1 };
    // FY2009: net income attributable to IIJ a profit; the ATM business's gross margin a loss; no FY2009 figure two years on
    expect(text.render('{{isLoss "is.net-income-iij"}}|{{isLoss "is.gross-margin.atm"}}|{{isLoss "is.net-income-iij" "nextFy"}}', {}, at)).toBe('false|true|false');
    // the deck's former helper is no helper any more
    expect(() => text.render('{{negative "is.gross-margin.atm"}}', {}, at)).toThrow(/negative/);
  });

  it('is checked against the data like every figure helper: a key no item has is a problem at its line', () => {
    const data = prepare(fixtures, 'harbor').data;
    const rel = 'release/partials/harbor-results.hbs';
    const original = readFileSync(join(fixtures, 'harbor-templates', rel), 'utf8');
    const text = original.replace('{{result "pl.operating-profit" "ytd"}}', '{{#if (isLoss "pl.operating-proft" "ytd")}}-{{/if}}{{result "pl.operating-profit" "ytd"}}');
    const dir = templateFolder({ [rel]: text }, 'harbor-templates');
    const dirs = [dir, join(root, 'templates')];
    const set = loadTemplateSet({ dirs, profile: loadProfile('investors', dirs), documents: ['release'] });
    let problems: TemplateFault['problems'] = [];
    try { checkTemplates(set, { items: data.items }); } catch (e) { expect(e).toBeInstanceOf(TemplateFault); problems = (e as TemplateFault).problems; }
    expect(problems).toEqual([expect.objectContaining({ file: join(dir, rel), message: 'no figure "pl.operating-proft" for any period', hint: 'Did you mean "pl.operating-profit"?' })]);
  });

  it('is the only sign test the built-in templates use', () => {
    const files = ['deck/slides.yaml', 'release/partials/results.hbs', 'release/partials/condition.hbs'];
    for (const f of files) expect(readFileSync(join(root, 'templates', f), 'utf8'), f).not.toMatch(/\((neg|negative) "/);
  });
});
