// Rounding in one place. The company rounds half away from zero ("amounts of less than JPY one
// million are rounded").
import { Decimal } from 'decimal.js';

/** Round a value to a multiple of `step` (e.g. 1e6 for millions), half away from zero. */
export function roundTo(value: Decimal, step: Decimal): Decimal {
  if (step.lte(0)) return value;
  return value.div(step).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(step);
}

/** Round to `decimals` places, half away from zero. */
export function roundPlaces(value: Decimal, decimals: number): Decimal {
  return value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}
