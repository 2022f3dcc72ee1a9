// A stack's total: a figure of the data (never the sum of rounded bars), in the chart's unit, drawn
// above its stack. Computed here only: the release's SVG, the deck's SVG and the PPTX read these rows.
import { Decimal } from 'decimal.js';
import type { FigureSet } from '../figure-set.js';
import type { ChartBinding, ChartRow } from '../../contract/chart.js';
import { digitsOf, scaleOf } from './binding.js';
import { amountLabel } from './labels.js';

/**
 * The total rows of a stacked chart: one per drawn period whose total figure the data holds.
 * `compact` names a period as the rows do.
 */
export function stackTotals(binding: ChartBinding, rows: ChartRow[], periods: string[], figures: FigureSet, labels: Map<string, string>, compact: (period: string) => string): ChartRow[] {
  const t = binding.total;
  if (!t) return [];
  const scale = scaleOf(binding);
  const out: ChartRow[] = [];
  const resolved = binding.periods.map((role) => { try { return figures.period(role); } catch { return undefined; } });
  periods.forEach((pl, i) => {
    const top = rows.filter((r) => r.period === pl && r.kind === 'bar').reduce((a, r) => Math.max(a, r.y1), 0);
    const period = resolved.find((p) => p !== undefined && compact(p) === pl);
    const f = period === undefined ? undefined : figures.find(t.key, period);
    if (!f) return;
    out.push({
      period: pl, periodOrder: rows.find((r) => r.period === pl)?.periodOrder ?? i, series: t.label ?? labels.get(t.key) ?? t.key, seriesOrder: binding.series.length,
      value: Number(new Decimal(f.value).div(scale).toFixed(2)), label: amountLabel(f, scale, digitsOf(binding)),
      axis: 'total', exact: f.value, figure: f.id, kind: 'total', y0: top, y1: top, mid: top,
    });
  });
  return out;
}
