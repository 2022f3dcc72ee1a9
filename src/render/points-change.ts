// A change in percentage points as words: "up 3.3 points", "down 0.3 points YoY", "unchanged",
// "前期末比3.3ポイント上昇". One phrase for the release's and the deck's {{pointsChange}}.
import { Decimal } from 'decimal.js';
import type { Comparison, Figure } from '../types.js';
import type { Messages } from '../messages/en.js';
import { groupDigits } from '../format/display.js';

/** The phrase of a points figure (a difference of two ratios), to one decimal as printed; vs: the
 *  comparison it names; `show` wraps the number (e.g. in a mark naming the figure). */
export function pointsChange(f: Figure, m: Messages, vs?: Comparison, show: (x: string) => string = (x) => x): string {
  const r = new Decimal(f.value).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP);
  return m.change({ dir: r.isZero() ? 'none' : r.gt(0) ? 'up' : 'down', x: show(groupDigits(r.abs(), 1)), vs, style: 'points' });
}
