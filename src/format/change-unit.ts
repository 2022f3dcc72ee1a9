// The unit a change in amount is written in. A change is "unchanged" only when it is exactly zero at
// the figures' known precision (the two figures printed the same); otherwise its words follow its own
// size and precision, and a change that is not zero is never rounded to zero:
//   5 ± 1 (JPY million)      → JPY5 million       (a difference of two figures known to the million)
//   100 ± 100 million        → JPY0.1 billion     (known only to a tenth of a billion)
//   0.4 ± 0.001 million      → JPY0.4 million     (figures known to the thousand)
//   5 ± 1 million, asked in billions → JPY5 million
//   4 ± 1.5 million          → JPY0.004 billion   (the first digit that is not zero)
import { Decimal } from 'decimal.js';
import type { Interval } from '../calc/interval.js';
import { roundTo } from './round.js';

/** How a change reads: no change, a direction its rounding leaves open, or a unit to write its amount in. */
export type ChangeUnit =
  | { dir: 'none' }
  | { dir: 'unknown' }
  | { dir: 'up' | 'down'; scale: number; decimals: number };

const step = (scale: number, decimals: number) => new Decimal(scale).times(new Decimal(10).pow(-decimals));
const roundsToZero = (v: Decimal, scale: number, decimals: number) => roundTo(v, step(scale, decimals)).isZero();

/**
 * The unit and decimals of a change's words, starting from the asked ones (JPY million, no decimals).
 * The asked unit holds while the change is known to within one of its steps (a difference of two
 * figures printed in that unit is ± one step); a less precise change is written in billions to the
 * decimals it is known to (at most one). Where the amount would round to zero, it is written in
 * millions if it is known to the million (a board's billions), else with as many more decimals as its
 * first digit that is not zero needs.
 */
export function changeUnit(x: Interval, scale = 1e6, decimals = 0): ChangeUnit {
  if (x.mid.isZero()) return { dir: 'none' };
  if (x.lo.lt(0) && x.hi.gt(0)) return { dir: 'unknown' };
  const dir = x.mid.gt(0) ? 'up' : 'down';
  const precision = x.hi.minus(x.lo).div(2);
  let s = scale; let d = decimals;
  if (precision.gt(step(s, d)) && s < 1e9) {
    s = 1e9; d = 1;
    while (d > 0 && precision.gt(step(s, d))) d--;
  }
  // a small change in a coarse unit (a board's billions): in millions where it is known to the million
  if (roundsToZero(x.mid, s, d) && s > 1e6 && !precision.gt(1e6)) { s = 1e6; d = 0; }
  while (roundsToZero(x.mid, s, d) && d < 12) d++;
  return { dir, scale: s, decimals: d };
}
