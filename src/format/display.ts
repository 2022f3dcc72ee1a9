// Display in one place: rounding to the display unit, negatives in parentheses, "n.m.", phrases.
import { Decimal } from 'decimal.js';
import type { Interval } from '../calc/interval.js';
import { roundTo } from './round.js';
import { changeUnit } from './change-unit.js';
import type { Messages } from '../messages/en.js';
import type { Comparison } from '../contract/figures.js';

/** The decimals a figure known to ± precision has: ±0.5 → 0, ±0.05 → 1, ±0.005 → 2 (never more digits than known). */
export function decimalsOfPrecision(precision: Decimal, scale: Decimal | number = 1): number {
  const p = precision.div(scale).times(2);
  if (p.lte(0)) return 0;
  return Math.max(0, -Math.floor(Math.log10(p.toNumber()) + 1e-9));
}

/**
 * The decimals to show a value with at a scale: `decimals`, or more where a value that is not zero
 * would round to zero (a loss of 0.01 billion is "(0.01)", not "0.0") — never more than the value's
 * precision allows.
 */
export function decimalsForNonZero(x: Interval, scale: number, decimals: number, precision: Decimal): number {
  const max = precision.isZero() ? decimals + 3 : decimalsOfPrecision(precision, scale);
  let d = decimals;
  while (d < max && !x.mid.isZero() && roundTo(x.mid.div(scale), new Decimal(10).pow(-d)).isZero()) d++;
  return roundTo(x.mid.div(scale), new Decimal(10).pow(-d)).isZero() ? decimals : d;
}

/** Group digits: 69731 → "69,731"; keeps `decimals` places. */
export function groupDigits(v: Decimal, decimals: number): string {
  const fixed = v.abs().toFixed(decimals, Decimal.ROUND_HALF_UP);
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

export interface NumberStyle {
  /** the unit to show in: 1e6 for JPY million */
  scale?: number;
  decimals?: number;
  /** negatives as (1,234) — the company's style — or −1,234 */
  parens?: boolean;
  /** prefix positives with "+" (balance-sheet changes) */
  plus?: boolean;
}

/** A rounded number for display. Returns the string and whether the interval rounds both ways. */
export function showNumber(x: Interval, style: NumberStyle = {}): { text: string; ambiguous: boolean } {
  const scale = new Decimal(style.scale ?? 1);
  const decimals = style.decimals ?? 0;
  const step = new Decimal(10).pow(-decimals);
  const r = (v: Decimal) => roundTo(v.div(scale), step);
  const mid = r(x.mid);
  // interval bounds are open: a figure printed "710" is any value in (709.5, 710.5)
  const eps = step.times(scale).times('1e-9');
  const ambiguous = x.hi.minus(x.lo).gt(eps.times(2)) && !r(x.lo.plus(eps)).eq(r(x.hi.minus(eps)));
  const body = groupDigits(mid, decimals);
  const negative = mid.lt(0);
  const text = negative ? (style.parens === false ? `−${body}` : `(${body})`) : `${style.plus && mid.gt(0) ? '+' : ''}${body}`;
  return { text, ambiguous };
}

/** A ratio (fraction) as a percentage: 0.043 → "4.3%", −0.387 → "(38.7%)". */
export function showPercent(x: Interval | undefined, m: Messages, decimals = 1, parens = true): { text: string; ambiguous: boolean } {
  if (!x) return { text: m.notMeaningful(), ambiguous: false };
  const scaled = { mid: x.mid.times(100), lo: x.lo.times(100), hi: x.hi.times(100) };
  const n = showNumber(scaled, { decimals, parens });
  return { text: n.text.startsWith('(') ? `(${m.percent(n.text.slice(1, -1))})` : m.percent(n.text), ambiguous: n.ambiguous };
}

/** "up 4.3%", "down 38.7%", "unchanged" from a ratio change; with vs: "up 4.3% YoY", "前期比4.3%増". */
export function changePhrase(x: Interval | undefined, m: Messages, decimals = 1, vs?: Comparison): string {
  if (!x) return m.notMeaningful();
  const r = roundTo(x.mid.times(100), new Decimal(10).pow(-decimals));
  return m.change({ dir: r.isZero() ? 'none' : r.gt(0) ? 'up' : 'down', x: m.percent(groupDigits(r, decimals)), vs });
}

/** "JPY69,731 million" from a value in JPY. */
export function yenPhrase(x: Interval, m: Messages, scale = 1e6, decimals = 0): string {
  const n = showNumber({ mid: x.mid.abs(), lo: x.lo.abs(), hi: x.hi.abs() }, { scale, decimals });
  return m.yen(n.text, m.scale[scale] ?? '');
}

/** "JPY5 million" of a change in JPY, in the unit its size and precision call for (format/change-unit.ts);
 *  undefined when it is zero or its direction is unknown. */
export function yenChangeAmount(x: Interval, m: Messages, scale = 1e6, decimals = 0): string | undefined {
  const u = changeUnit(x, scale, decimals);
  return u.dir === 'up' || u.dir === 'down' ? yenPhrase(x, m, u.scale, u.decimals) : undefined;
}

/** "up JPY183 million" / "down JPY1,283 million" / "unchanged" from a change in JPY; with vs: "前期比183百万円増".
 *  "unchanged" only for a change of exactly zero; a change whose rounding leaves its direction open is "n.m.". */
export function yenChangePhrase(x: Interval, m: Messages, scale = 1e6, decimals = 0, vs?: Comparison): string {
  const u = changeUnit(x, scale, decimals);
  if (u.dir === 'unknown') return m.notMeaningful();
  if (u.dir === 'none') return m.change({ dir: 'none', x: '', vs });
  return m.change({ dir: u.dir, x: yenPhrase(x, m, u.scale, u.decimals), vs });
}
