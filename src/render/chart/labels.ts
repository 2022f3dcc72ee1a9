// A figure's label at the chart's scale, never with more digits than the figure is known to; and
// which labels a chart prints.
import { Decimal } from 'decimal.js';
import type { Figure } from '../../contract/figures.js';
import { showNumber } from '../../format/display.js';
import { around } from '../../calc/interval.js';
import type { RowKind } from '../../contract/chart.js';

/** The figure at `scale` with `digits` decimals; a figure known less precisely keeps its own display. */
export function amountLabel(f: Figure, scale: number, digits: number, plus = false): string {
  const precision = new Decimal(f.precision ?? 0);
  if (precision.gt(new Decimal(scale).times(new Decimal(10).pow(-digits)).div(2))) return f.display;
  return showNumber(around(new Decimal(f.value), precision), { scale, decimals: digits, plus }).text;
}

/** A slide's `labels:` — every value, the totals (and lines, a bridge's sums) only, or none. */
export type LabelMode = 'all' | 'total' | 'none';

/** Whether a row's label is printed: one rule for the SVG (deck.pdf) and the PowerPoint chart. */
export function labelShown(kind: RowKind, mode: LabelMode, tiny = false): boolean {
  if (mode === 'none' || kind === 'base') return false;
  if (mode === 'total') return kind === 'total' || kind === 'line' || kind === 'sum';
  return !tiny;
}
