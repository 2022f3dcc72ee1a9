// Charts: the renderers live in render/chart/; what a chart is (the chart contract) is contract/chart.ts.
// This module keeps the names the rest of the code imports.
export type { ChartBinding, ChartData, ChartRow, ChartSeries } from '../contract/chart.js';
export { bindingOf } from './chart/binding.js';
export { altText } from './chart/alt.js';
export { renderSvg, refusingLoader } from './chart/svg.js';
import type { FigureSet } from './figure-set.js';
import type { Messages } from '../messages/en.js';
import type { FiscalYear } from '../periods/period.js';
import type { ChartData } from '../contract/chart.js';
import { bindingOf } from './chart/binding.js';
import { drawChart } from './chart/draw.js';

/** Chart rows from figures, for a spec's binding (chart/draw.ts). */
export function chartData(spec: Record<string, unknown>, name: string, figures: FigureSet, labels: Map<string, string>, m: Messages, fiscal: FiscalYear): ChartData {
  return drawChart(bindingOf(spec, name), name, { figures, labels, m, fiscal });
}
