// A computed ratio (a % change, a margin, a share, a change in points) shown at the precision its
// inputs support. A ratio of figures printed to the million is known only within the interval the
// rounding of its inputs allows (calc/interval.ts): 440 / 480 − 1 is somewhere in (−8.53%, −8.13%),
// so "8.3%" would print a digit nobody knows. The ratio is shown with fewer decimals where its
// interval is no wider than the shown digit ("8%"), and as "n.m." where not even a whole percent is
// known (the company's mark for a percentage that says nothing). A ratio the company printed is a
// reported figure and is shown as printed (model/figures.ts): this is only for our computations.
import { Decimal } from 'decimal.js';
import type { Interval } from '../calc/interval.js';
import type { Change, Messages } from '../messages/en.js';
import type { Comparison } from '../contract/figures.js';
import { groupDigits, showNumber } from './display.js';
import { roundTo } from './round.js';

const scaled = (x: Interval, by: number): Interval => ({ mid: x.mid.times(by), lo: x.lo.times(by), hi: x.hi.times(by) });

/**
 * The decimals (at most `wanted`) at which a ratio's last digit is known: the interval, in percent
 * (or points), is no wider than one step of the last digit — as wide as a printed figure's own
 * rounding. Undefined when not even a whole percent is known.
 */
export function supportedDecimals(x: Interval, wanted = 1): number | undefined {
  const width = x.hi.minus(x.lo).times(100).abs();
  for (let d = wanted; d >= 0; d--) if (width.lte(new Decimal(10).pow(-d))) return d;
  return undefined;
}

/** Is a ratio shown at `wanted` decimals a digit beyond what its inputs support? */
export const beyondPrecision = (x: Interval, wanted = 1): boolean => supportedDecimals(x, wanted) !== wanted;

/** A ratio (fraction) as a percentage at the precision it has: "(8.3%)", "(8%)" or "n.m.". */
export function showRatio(x: Interval | undefined, m: Messages, decimals = 1, parens = true): { text: string; ambiguous: boolean; known: boolean } {
  const d = x && supportedDecimals(x, decimals);
  if (!x || d === undefined) return { text: m.notMeaningful(), ambiguous: false, known: false };
  const n = showNumber(scaled(x, 100), { decimals: d, parens });
  return { text: n.text.startsWith('(') ? `(${m.percent(n.text.slice(1, -1))})` : m.percent(n.text), ambiguous: n.ambiguous, known: true };
}

/** A change in points (a ratio's change, ×100) at the precision it has: "+0.8", "1", or "n.m.". */
export function showPoints(x: Interval, m: Messages, decimals = 1, plus = false): { text: string; ambiguous: boolean; known: boolean } {
  const d = supportedDecimals(x, decimals);
  if (d === undefined) return { text: m.notMeaningful(), ambiguous: false, known: false };
  const n = showNumber(scaled(x, 100), { decimals: d, plus });
  return { ...n, known: true };
}

/** The magnitude of a ratio in words ("8.3%", "8%"), or undefined when not even a whole percent is known. */
export function ratioMagnitude(x: Interval, m: Messages, decimals = 1): { text: string; zero: boolean } | undefined {
  const d = supportedDecimals(x, decimals);
  if (d === undefined) return undefined;
  const r = roundTo(x.mid.times(100), new Decimal(10).pow(-d));
  return { text: m.percent(groupDigits(r.abs(), d)), zero: r.isZero() };
}

/** "up 8.3% YoY" / "down 8%" / "unchanged" at the precision the change has; undefined when not even a whole percent is known. */
export function ratioChangePhrase(x: Interval, m: Messages, vs?: Comparison, style?: Change['style']): string | undefined {
  const r = ratioMagnitude(x, m);
  if (!r) return undefined;
  return m.change({ dir: r.zero ? 'none' : x.mid.gt(0) ? 'up' : 'down', x: r.text, vs, style });
}
