// A change in percentage points as words: "up 3.3 points", "down 0.3 points YoY", "unchanged",
// "前期末比3.3ポイント上昇". One phrase for the release's and the deck's {{pointsChange}}.
import { Decimal } from 'decimal.js';
import type { Comparison, Figure } from '../contract/figures.js';
import type { Messages } from '../messages/en.js';
import { groupDigits } from '../format/display.js';
import { supportedDecimals } from '../format/ratio.js';
import { around } from '../calc/interval.js';
import { printedMagnitude } from './helper-context.js';

/** The phrase of a points figure (a difference of two ratios), to one decimal as printed; vs: the
 *  comparison it names; `show` wraps the number (e.g. in a mark naming the figure). */
export function pointsChange(f: Figure, m: Messages, vs?: Comparison, show: (x: string) => string = (x) => x): string {
  // a change the company printed, as printed; a computed one at the precision its inputs support
  // (format/ratio.ts): fewer decimals, or "n.m." where not even a whole point is known
  const printed = printedMagnitude(f);
  const d = printed !== undefined ? 1 : supportedDecimals(around(new Decimal(f.value), new Decimal(f.precision ?? 0)));
  if (d === undefined) return m.notMeaningful();
  const r = new Decimal(f.value).times(100).toDecimalPlaces(d, Decimal.ROUND_HALF_UP);
  const shown = printed ?? groupDigits(r.abs(), d);
  const none = r.isZero() || /^0(\.0+)?$/.test(shown);
  return m.change({ dir: none ? 'none' : r.gt(0) ? 'up' : 'down', x: show(shown), vs, style: 'points' });
}
