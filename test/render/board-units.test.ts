// The board's deck writes amounts in JPY billions with one decimal. An amount too small for that digit
// (the ATM business's 1Q08 gross loss, about JPY10 million) printed as "JPY0.01 billion", a digit the
// unit does not have; it is written in millions, the unit it is known to. The slide model.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import { figuresOf } from '../support/figures.js';
import { en } from '../../src/messages/en.js';
import { loadProfile } from '../../src/audience/profile.js';
import { makeInputs } from '../../src/render/inputs.js';
import { deckModel } from '../../src/render/deck/build-model.js';
import { smallAmountUnit } from '../../src/format/amount-unit.js';
import { around } from '../../src/calc/interval.js';
import { slideText, iij } from './deck-fixture.js';
import { root } from '../helpers.js';

describe('board: amounts too small for a tenth of a billion', () => {
  it('the unit: millions for JPY14 million, billions for JPY0.3 billion or an amount known only to 0.1 billion', () => {
    const billion = { scale: 1e9, decimals: 1 };
    expect(smallAmountUnit(around(new Decimal(14e6), new Decimal(5e5)), new Decimal(5e5), billion)).toEqual({ scale: 1e6, decimals: 0 });
    expect(smallAmountUnit(around(new Decimal(3e8), new Decimal(5e5)), new Decimal(5e5), billion)).toEqual(billion);
    expect(smallAmountUnit(around(new Decimal(0), new Decimal(5e5)), new Decimal(5e5), billion)).toEqual(billion);
    expect(smallAmountUnit(around(new Decimal(4e7), new Decimal(5e7)), new Decimal(5e7), billion)).toEqual(billion);
  });

  it('1Q09 board deck: no "JPY0.0x billion"; the small amount in millions', () => {
    const { data, analysis } = iij();
    const dirs = [join(root, 'templates')];
    const inputs = makeInputs(data, figuresOf(analysis.ledger, 'FY2009-Q1', en), en, dirs, 'board', loadProfile('board', dirs));
    const text = deckModel(inputs).slides.map(slideText).join('\n');
    expect(text).not.toMatch(/JPY0\.0\d+ billion/);
    expect(text).toMatch(/1Q08: JPY10 million \(losses\)/);
    expect(text).toContain('Revenue: JPY15.8 billion');
  });
});
