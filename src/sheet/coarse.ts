// A comparative the data knows only to a coarser unit than its row's (a million print in a row of
// thousands) is shown as printed, with its unit, as text: scaling it would print digits nobody knows.
import type { Decimal } from 'decimal.js';
import type { Fact } from '../contract/raw-data.js';
import { tableUnit } from '../calc/token.js';
import { printedToken } from './facts-yaml.js';
import { say } from './messages.js';

const UNITS: Record<string, string[]> = { JPY: ['JPY', 'JPY thousand', 'JPY million', 'JPY billion'], USD: ['USD', 'USD thousand', 'USD million'] };

/** Known beyond the row unit's rounding? */
export const coarserThan = (precision: Decimal, rowUnit: string): boolean => precision.gt(tableUnit(rowUnit).scale.div(2));

/** "14,059 (JPY million)" for a value coarser than the row's unit; undefined when it is not. */
export function coarseText(k: { value: Decimal; precision: Decimal; fact?: Fact }, rowUnit: string): string | undefined {
  if (k.fact) return coarserThan(k.precision, rowUnit) ? say.book.coarse(k.fact.printed, k.fact.tableUnit) : undefined;
  // a value derived from rounded prints is known to within the sum of their roundings: to the row's unit, it is a number
  if (k.precision.lte(tableUnit(rowUnit).scale)) return undefined;
  // a derived value (a sum of rounded prints) in the finest unit it is known to within one of, with
  // as many decimals as it is known to within one of the last (375 ± 2 million: "0.38 (JPY billion)")
  const unit = UNITS[tableUnit(rowUnit).base]?.find((u) => k.precision.lte(tableUnit(u).scale));
  if (!unit) return '';
  const scale = tableUnit(unit).scale;
  const decimals = [3, 2, 1].find((d) => k.precision.lte(scale.div(10 ** d))) ?? 0;
  return say.book.coarse(printedToken(k.value.div(scale), decimals), unit);
}
