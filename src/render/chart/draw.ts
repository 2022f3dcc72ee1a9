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
import { seriesName, seriesRows } from './series-rows.js';
import { stackLayout } from './stack.js';
import { stackTotals } from './totals.js';
import { waterfallRows } from './waterfall.js';
import { axesOf } from './axes.js';
import { altText, waterfallAlt, type NoPoint } from './alt.js';
import type { NotComparable } from '../../contract/figures.js';
import { withPeriodRanges } from './period-list.js';
import { placeLineLabels } from './line-labels.js';

export interface DrawContext {
  figures: FigureSet; labels: Map<string, string>; m: Messages; fiscal: FiscalYear;
  /** the words of a change with no comparable figure (render/not-comparable.ts): the alt text says why a point is not drawn */
  notComparable?: (n: NotComparable) => string;
}

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
  const alt = altText(binding, rows, periods, m, noPoints(binding, ctx));
  stackLayout(rows, stacked);
  placeLineLabels(rows);
  const totals = stacked ? stackTotals(binding, rows, periods, figures, labels, (p) => periodLabels(p, fiscal, m).compact) : [];
  return { binding, rows: [...rows, ...totals], periods, omitted, alt, stacked, axes: axesOf(binding, rows) };
}

/** The points a chart does not draw because the change has no comparable figure for the period (never a
 *  zero: no row), each with its reason for the alt text. */
function noPoints(binding: ChartBinding, ctx: DrawContext): NoPoint[] {
  const out: NoPoint[] = [];
  const words = ctx.notComparable ?? ((n: NotComparable) => ctx.m.notComparable({ label: ctx.labels.get(n.item) ?? n.item, since: periodLabels(n.since, ctx.fiscal, ctx.m).short, base: periodLabels(n.base, ctx.fiscal, ctx.m).short }));
  for (const role of binding.periods) for (const s of binding.series) {
    const n = ctx.figures.notComparable(s.key, role);
    if (!n || ctx.figures.find(s.key, role)) continue;
    out.push({ series: seriesName(s, ctx.labels), period: periodLabels(n.period, ctx.fiscal, ctx.m).compact, why: words(n) });
  }
  return out;
}
