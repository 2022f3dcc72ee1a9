// Footing-preserving rounding reproduces the company's rounded tables (seed 004 lines 205-216).
import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { footingRound, type FootNode } from '../../src/format/footing.js';

const M = new Decimal(1e6);
const printedM = (m: string): FootNode => ({ value: new Decimal(m).times(M), precision: M.div(2) });
const thousands = (k: string, parts?: FootNode['parts']): FootNode => ({ value: new Decimal(k).times(1000), precision: new Decimal(500), parts });
const plus = (...ids: string[]) => ids.map((id) => ({ id, sign: 1 as const }));
const millions = (r: Map<string, Decimal>) => Object.fromEntries([...r].map(([k, v]) => [k, v.div(M).toFixed()]));

describe('footing-preserving rounding', () => {
  it('FY2007: corporate use prints 12,149 (the sum of its printed lines), outsourcing takes the rest of 31,303', () => {
    const r = footingRound(new Map([
      ['cos', thousands('31302663', plus('corp', 'home', 'out'))],
      ['corp', thousands('12148490', plus('ip', 'fa', 'oth'))], ['ip', printedM('9022')], ['fa', printedM('2664')], ['oth', printedM('463')],
      ['home', thousands('5429955', plus('b', 'h', 'o'))], ['b', printedM('1099')], ['h', printedM('3766')], ['o', printedM('565')],
      ['out', thousands('13724218')],
    ]), M);
    expect(millions(r)).toMatchObject({ cos: '31303', corp: '12149', home: '5430', out: '13724' });
  });

  it('FY2008: home use prints 6,538 although 6,537,370 thousand rounds to 6,537', () => {
    const r = footingRound(new Map([
      ['cos', thousands('35075596', plus('corp', 'home', 'out'))],
      ['corp', thousands('13142393', plus('ip', 'fa', 'oth'))], ['ip', printedM('9275')], ['fa', printedM('2894')], ['oth', printedM('973')],
      ['home', thousands('6537370', plus('b', 'h', 'o'))], ['b', printedM('1009')], ['h', printedM('4971')], ['o', printedM('558')],
      ['out', thousands('15395833')],
    ]), M);
    expect(millions(r)).toMatchObject({ cos: '35076', corp: '13142', home: '6538', out: '15396' });
  });

  it('exact parts share the rounded total by largest remainder, subtractions included', () => {
    // SI FY2008: 33,647,097 = 14,658,502 + 18,988,595 → 33,647 = 14,658 + 18,989 (seed 004 line 238)
    const si = footingRound(new Map([['si', thousands('33647097', plus('c', 'o'))], ['c', thousands('14658502')], ['o', thousands('18988595')]]), M);
    expect(millions(si)).toEqual({ si: '33647', c: '14658', o: '18989' });
    // operating income = revenue − cost: 10.4 − 6.3 = 4.1 → 10 − 6 = 4 (a subtracted part rounds on its signed value)
    const oi = footingRound(new Map([
      ['oi', { value: new Decimal('4.1'), precision: new Decimal(0), parts: [{ id: 'rev', sign: 1 }, { id: 'cost', sign: -1 }] }],
      ['rev', { value: new Decimal('10.4'), precision: new Decimal(0) }], ['cost', { value: new Decimal('6.3'), precision: new Decimal(0) }],
    ]), new Decimal(1));
    expect(Object.fromEntries([...oi].map(([k, v]) => [k, v.toFixed()]))).toEqual({ oi: '4', rev: '10', cost: '6' });
  });

  it('a part the company printed to foot is fixed at its print; the free parts share what is left', () => {
    // 1H09 revenues (seed 001 lines 50-54): largest remainder alone rounds equipment's 309,586 up to 310
    // and SI's 13,623,562 down; the company printed equipment 309, and SI takes the unit: 13,624
    const nodes = (fixed?: Decimal): Map<string, FootNode> => new Map([
      ['total', thousands('32275024', plus('cos', 'si', 'eq', 'atm'))], ['cos', thousands('18303698')], ['si', thousands('13623562')],
      ['eq', { ...thousands('309586'), fixed }], ['atm', thousands('38178')],
    ]);
    expect(millions(footingRound(nodes(), M))).toMatchObject({ total: '32275', si: '13623', eq: '310' });
    expect(millions(footingRound(nodes(new Decimal(309).times(M)), M))).toEqual({ total: '32275', cos: '18304', si: '13624', eq: '309', atm: '38' });
  });

  it('a part never moves by more than a unit: where the sum cannot foot, plain rounding', () => {
    const r = footingRound(new Map([['t', thousands('10000', plus('a', 'b'))], ['a', printedM('3')], ['b', thousands('2000')]]), M);
    expect(millions(r)).toEqual({ t: '10', a: '3', b: '2' });
  });
});
