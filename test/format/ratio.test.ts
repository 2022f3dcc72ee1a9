// A computed ratio shown at the precision its inputs support (format/ratio.ts): the interval of a
// ratio of rounded figures decides how many decimals are known.
import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { around, div, sub, exact } from '../../src/calc/interval.js';
import { ratioChangePhrase, showPoints, showRatio, supportedDecimals } from '../../src/format/ratio.js';
import { en } from '../../src/messages/en.js';
import { ja } from '../../src/messages/ja.js';

/** a % change of two figures printed to the unit: cur / prior − 1 over every value their rounding allows */
const change = (cur: number, prior: number, half = 0.5) => sub(div(around(new Decimal(cur), new Decimal(half)), around(new Decimal(prior), new Decimal(half)))!, exact(1));

describe('ratios at the precision their inputs support', () => {
  it('a change of large figures keeps its decimal; of small ones drops it; of tiny ones is n.m.', () => {
    // 68,006 / 69,731 − 1: (2.474%, 2.472%) — one decimal known
    expect(showRatio(change(68006, 69731), en).text).toBe('(2.5%)');
    // 440 / 480 − 1 is anywhere in (−8.53%, −8.13%): "8.3%" would be a digit nobody knows
    expect(supportedDecimals(change(440, 480))).toBe(0);
    expect(showRatio(change(440, 480), en).text).toBe('(8%)');
    // 207 / 23 − 1: 780.5% … 784.8%, not even a whole percent
    expect(supportedDecimals(change(207, 23))).toBeUndefined();
    expect(showRatio(change(207, 23), en).text).toBe('n.m.');
    expect(showRatio(change(207, 23), ja).text).toBe('－');
  });

  it('an exact ratio (figures known to the yen) and a printed one keep their digits', () => {
    expect(showRatio(exact('0.0833333'), en).text).toBe('8.3%');
    // a ratio printed "17.4%" is known to ±0.05 points: its own rounding, one decimal
    expect(showRatio(around(new Decimal('0.174'), new Decimal('0.0005')), en).text).toBe('17.4%');
    // printed "17%": never padded to "17.0%"
    expect(showRatio(around(new Decimal('0.17'), new Decimal('0.005')), en).text).toBe('17%');
  });

  it('points and phrases follow the same rule', () => {
    expect(showPoints(around(new Decimal('0.008'), new Decimal('0.0003')), en).text).toBe('0.8');
    expect(showPoints(around(new Decimal('0.008'), new Decimal('0.003')), en).text).toBe('1');
    expect(showPoints(around(new Decimal('0.008'), new Decimal('0.03')), en).text).toBe('n.m.');
    expect(ratioChangePhrase(change(440, 480), en, { base: 'yoy' })).toBe('down 8% YoY');
    expect(ratioChangePhrase(change(68006, 69731), ja, { base: 'yoy', span: 'FY' })).toBe('前期比2.5%減');
    expect(ratioChangePhrase(change(207, 23), en)).toBeUndefined();
  });
});
