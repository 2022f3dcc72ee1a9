// The unit an amount is written in: the one asked for (JPY million), or a coarser one where the
// figure is not known to the asked unit. A first half printed "0.3" (JPY billion) is "JPY0.3 billion"
// in a sentence, never "JPY300 million"; a change whose interval holds zero has no direction.
import { Decimal } from 'decimal.js';
import type { Interval } from '../calc/interval.js';
import { decimalsOfPrecision } from './display.js';

/** What a unit name stands for, in yen: the `unit=` of a helper, a table layout's `unit:`. */
export const SCALES: Readonly<Record<string, number>> = { one: 1, thousand: 1e3, million: 1e6, billion: 1e9 };

/** The scale and decimals to write an amount known to ± `precision` in, starting from the asked ones. */
export function amountUnit(precision: Decimal, scale: number, decimals: number): { scale: number; decimals: number } {
  const step = new Decimal(scale).times(new Decimal(10).pow(-decimals));
  if (!precision.gt(step.div(2)) || scale >= 1e9) return { scale, decimals };
  return { scale: 1e9, decimals: Math.min(1, decimalsOfPrecision(precision, 1e9)) };
}

/**
 * An amount too small for the last digit of its unit (JPY14 million in a board's billions would print
 * "JPY0.01 billion", a digit the unit does not have) is written in the finer unit it is known to
 * ("JPY14 million"), as a change in amount is (change-unit.ts). Otherwise the unit as given.
 */
export function smallAmountUnit(x: Interval, precision: Decimal, u: { scale: number; decimals: number }): { scale: number; decimals: number } {
  if (u.scale <= 1e6 || x.mid.isZero()) return u;
  const step = new Decimal(u.scale).times(new Decimal(10).pow(-u.decimals));
  if (x.mid.abs().gte(step.div(2))) return u;
  const finer = [1e6, 1e3, 1].find((s) => s < u.scale && !precision.gt(s / 2));
  return finer ? { scale: finer, decimals: 0 } : u;
}

/** Does the interval of a change hold zero (its direction unknown)? An exact zero is "unchanged", not unknown. */
export const directionUnknown = (x: Interval): boolean => x.lo.lt(0) && x.hi.gt(0) && !x.lo.eq(x.hi);
