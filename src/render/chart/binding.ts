// A chart spec's binding (usermeta.quarterdeck) and what follows from it: stacking, scale, digits.
import { QuarterDeckError } from '../../errors/problem.js';
import type { ChartBinding } from '../../contract/chart.js';

export function bindingOf(spec: Record<string, unknown>, name: string): ChartBinding {
  const b = (spec.usermeta as { quarterdeck?: ChartBinding } | undefined)?.quarterdeck;
  // periods: a list of roles, or a range (period-list.ts), resolved when the chart is drawn
  if (!b || !Array.isArray(b.series) || !b.periods || typeof b.periods !== 'object') {
    throw new QuarterDeckError([{ code: 'E_TEMPLATE', file: name, field: 'usermeta.quarterdeck', message: 'a chart spec needs usermeta.quarterdeck with series and periods', expected: '{ "kind": "bar", "series": [{ "key": "is.revenue.total" }], "periods": ["prior", "cur"] }' }]);
  }
  return b;
}

/** The series drawn as bars. */
export const barSeries = (b: ChartBinding) => b.series.filter((s) => (s.axis ?? 'left') === 'left' && b.kind !== 'line');

/** Whether the bars stack: a binding's `stack`, else stacked-bar, waterfall, and bar-line with several bars. */
export function stackOf(b: ChartBinding): boolean {
  if (b.kind === 'waterfall') return true;
  return b.stack ?? (b.kind === 'stacked-bar' || (b.kind === 'bar-line' && barSeries(b).length > 1));
}

/** Bars side by side: several bar series that do not stack. */
export const groupedOf = (b: ChartBinding) => !stackOf(b) && barSeries(b).length > 1;

/** The divisor of the chart's amounts: JPY millions unless the binding says billions. */
export const scaleOf = (b: ChartBinding) => (b.unit === 'billion' ? 1e9 : 1e6);

/** Decimals of the chart's amounts: one for billions, none for millions. */
export const digitsOf = (b: ChartBinding) => (b.unit === 'billion' ? 1 : 0);
