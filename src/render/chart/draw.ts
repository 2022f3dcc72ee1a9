// drawChart(): a binding + figures → ChartData, the one description of a chart that the release's
// SVG, the deck's SVG and the deck's native PowerPoint chart are all drawn from.
//   0. the spec's period ranges resolved to periods (period-list.ts)
//   1. rows: each series' figure per period (series-rows.ts), or a waterfall's steps (waterfall.ts)
//   2. layout: stack positions (stack.ts)
//   3. totals above the stacks, once, in the chart's unit (totals.ts)
//   4. axes formatted by their series' unit (axes.ts); alt text (alt.ts); a line's labels beside its points (line-labels.ts)
import { QuarterDeckError } from '../../errors/problem.js';
import type { FigureSet } from '../figure-set.js';
import type { Messages } from '../../messages/en.js';
import type { FiscalYear } from '../../periods/period.js';
import { periodLabels } from '../../periods/labels.js';
import type { ChartBinding, ChartData } from '../../contract/chart.js';
import { stackOf } from './binding.js';
import { seriesRows } from './series-rows.js';
import { stackLayout } from './stack.js';
import { stackTotals } from './totals.js';
import { waterfallRows } from './waterfall.js';
import { axesOf } from './axes.js';
import { altText, waterfallAlt } from './alt.js';
import { withPeriodRanges } from './period-list.js';
import { placeLineLabels } from './line-labels.js';

export interface DrawContext { figures: FigureSet; labels: Map<string, string>; m: Messages; fiscal: FiscalYear }

/** The chart's data. A waterfall the data cannot draw (a missing step) is a QuarterDeckError naming `file`. */
export function drawChart(spec: ChartBinding, file: string, ctx: DrawContext): ChartData {
  const { figures, labels, m, fiscal } = ctx;
  // a range in the spec's own period list (period-list.ts): its periods, gaps kept in a long-term one
  const binding = withPeriodRanges(spec, figures, fiscal);
  if (binding.kind === 'waterfall') {
    const { rows, missing } = waterfallRows(binding, figures, labels);
    if (missing.length) throw new QuarterDeckError([{ code: 'E_TEMPLATE', file, message: `no figures for ${missing.join(', ')}` }]);
    return { binding, rows, periods: [...new Set(rows.map((r) => r.period))], omitted: [], alt: waterfallAlt(binding, rows, m), stacked: true, axes: axesOf(binding, rows) };
  }
  const stacked = stackOf(binding);
  const { rows, periods, omitted } = seriesRows(binding, figures, labels, m, fiscal);
  const alt = altText(binding, rows, periods, m);
  stackLayout(rows, stacked);
  placeLineLabels(rows);
  const totals = stacked ? stackTotals(binding, rows, periods, figures, labels, (p) => periodLabels(p, fiscal, m).compact) : [];
  return { binding, rows: [...rows, ...totals], periods, omitted, alt, stacked, axes: axesOf(binding, rows) };
}
