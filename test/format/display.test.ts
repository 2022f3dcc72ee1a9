import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { changePhrase, showNumber, showPercent, yenChangePhrase, yenPhrase } from '../../src/format/display.js';
import { roundTo } from '../../src/format/round.js';
import { around, exact } from '../../src/calc/interval.js';
import { en } from '../../src/messages/en.js';

describe('display', () => {
  it('rounds to the display unit the way the company does', () => {
    expect(showNumber(exact(69730730000), { scale: 1e6 }).text).toBe('69,731');
    expect(showNumber(exact(-408152000), { scale: 1e3 }).text).toBe('(408,152)');
    expect(showNumber(exact(68006e6), { scale: 1e9, decimals: 1 }).text).toBe('68.0');
    expect(showNumber(exact(1140e6), { scale: 1e6, plus: true }).text).toBe('+1,140');
    expect(showPercent(exact('-0.38706'), en).text).toBe('(38.7%)');
    expect(showPercent(undefined, en).text).toBe('n.m.');
    expect(changePhrase(exact('0.0433'), en)).toBe('up 4.3%');
    expect(changePhrase(exact('-0.0249'), en)).toBe('down 2.5%');
    expect(changePhrase(exact('0.0004'), en)).toBe('unchanged');
    expect(yenPhrase(exact(69730730000), en)).toBe('JPY69,731 million');
    expect(yenChangePhrase(exact(-1283256000), en)).toBe('down JPY1,283 million');
  });

  it('flags a figure whose rounding interval straddles a display boundary', () => {
    expect(showNumber(around(new Decimal(710e6), new Decimal(5e5)), { scale: 1e6 }).ambiguous).toBe(false);
    expect(showNumber(around(new Decimal(230e6), new Decimal(15e5)), { scale: 1e6 }).ambiguous).toBe(true);
  });

  it('rounding is within half a step and idempotent (property)', () => {
    fc.assert(fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.constantFrom(1, 1e3, 1e6, 1e9), (n, step) => {
      const v = new Decimal(n.toString()); const s = new Decimal(step);
      const r = roundTo(v, s);
      expect(r.minus(v).abs().lte(s.div(2))).toBe(true);
      expect(roundTo(r, s).eq(r)).toBe(true);
      expect(roundTo(v.neg(), s).eq(r.neg())).toBe(true);
    }));
  });

  it('parentheses and digit grouping read back to the same number (property)', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
      const t = showNumber(exact(n)).text;
      const back = Number(t.replace(/[(),]/g, '')) * (t.startsWith('(') ? -1 : 1);
      expect(back).toBe(n === 0 ? 0 : n);
    }));
  });
});
