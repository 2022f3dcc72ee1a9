// Exact values with their rounding interval. A figure printed "69,731" (JPY million) is any value
// in [69,730.5, 69,731.5] million; arithmetic carries the interval so that a printed percentage
// can be checked against every value the rounded inputs allow.
import { Decimal } from 'decimal.js';

export interface Interval { mid: Decimal; lo: Decimal; hi: Decimal }

export const exact = (v: Decimal | string | number): Interval => {
  const d = new Decimal(v);
  return { mid: d, lo: d, hi: d };
};

export const around = (value: Decimal, precision: Decimal): Interval => ({ mid: value, lo: value.minus(precision), hi: value.plus(precision) });

export const add = (a: Interval, b: Interval): Interval => ({ mid: a.mid.plus(b.mid), lo: a.lo.plus(b.lo), hi: a.hi.plus(b.hi) });
export const sub = (a: Interval, b: Interval): Interval => ({ mid: a.mid.minus(b.mid), lo: a.lo.minus(b.hi), hi: a.hi.minus(b.lo) });
export const neg = (a: Interval): Interval => ({ mid: a.mid.neg(), lo: a.hi.neg(), hi: a.lo.neg() });

function span(values: Decimal[]): { lo: Decimal; hi: Decimal } {
  return { lo: Decimal.min(...values), hi: Decimal.max(...values) };
}

export const mul = (a: Interval, b: Interval): Interval => ({
  mid: a.mid.times(b.mid),
  ...span([a.lo.times(b.lo), a.lo.times(b.hi), a.hi.times(b.lo), a.hi.times(b.hi)]),
});

/** Division; undefined when the divisor's interval contains zero. */
export function div(a: Interval, b: Interval): Interval | undefined {
  if (b.lo.lte(0) && b.hi.gte(0)) return undefined;
  return {
    mid: a.mid.div(b.mid),
    ...span([a.lo.div(b.lo), a.lo.div(b.hi), a.hi.div(b.lo), a.hi.div(b.hi)]),
  };
}

/** Do two intervals share a value? */
export const overlaps = (a: Interval, b: Interval): boolean => a.lo.lte(b.hi) && b.lo.lte(a.hi);

/** Half-width (the precision). */
export const halfWidth = (a: Interval): Decimal => a.hi.minus(a.lo).div(2);
