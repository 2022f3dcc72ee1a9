// Which figures foot exactly. A statement in JPY thousand (or yen, or USD thousand) is the
// company's own book-keeping unit: its figures add up to the unit, so a total off by one thousand is
// a mistake. Figures in millions or billions are rounded: a sum of them may be off by the rounding
// of its terms. A derived figure is as exact as the figures it was computed from.
import { Decimal } from 'decimal.js';
import type { Known } from '../contract/analysis.js';

/** Table units whose tokens are whole units of account: exact, never rounded. */
export const EXACT_UNITS = new Set(['JPY', 'JPY thousand', 'USD', 'USD thousand', 'count', 'shares', 'ADS']);

/** How far a node may be off in a footing check: 0 for exact figures, else its rounding. */
export function footingSlack(known: Map<string, Known>, key: string, memo = new Map<string, Decimal>()): Decimal {
  const hit = memo.get(key);
  if (hit) return hit;
  const k = known.get(key);
  let slack: Decimal;
  if (!k) slack = new Decimal(0);
  else if (k.kind === 'reported') slack = k.fact && EXACT_UNITS.has(k.fact.tableUnit) ? new Decimal(0) : k.fact?.footing ? k.precision.times(2) : k.precision;
  else {
    memo.set(key, k.precision); // a cycle (never expected) falls back to the rounding
    slack = (k.inputs ?? []).reduce((s, i) => s.plus(footingSlack(known, i, memo)), new Decimal(0));
    if (slack.gt(k.precision)) slack = k.precision;
  }
  memo.set(key, slack);
  return slack;
}
