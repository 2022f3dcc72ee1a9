// A figure's label at the chart's scale, never with more digits than the figure is known to.
import { Decimal } from 'decimal.js';
import type { Figure } from '../../types.js';
import { showNumber } from '../../format/display.js';
import { around } from '../../calc/interval.js';

/** The figure at `scale` with `digits` decimals; a figure known less precisely keeps its own display. */
export function amountLabel(f: Figure, scale: number, digits: number, plus = false): string {
  const precision = new Decimal(f.precision ?? 0);
  if (precision.gt(new Decimal(scale).times(new Decimal(10).pow(-digits)).div(2))) return f.display;
  return showNumber(around(new Decimal(f.value), precision), { scale, decimals: digits, plus }).text;
}
