// Alt text generated from the data: what is plotted, and every value.
import type { Messages } from '../../messages/en.js';
import type { ChartBinding, ChartRow } from '../../contract/chart.js';
import { scaleOf } from './binding.js';

/** A series' point the chart does not draw (no comparable figure for the period), and why. */
export interface NoPoint { series: string; period: string; why: string }

export function altText(b: ChartBinding, rows: ChartRow[], periods: string[], m: Messages, none: NoPoint[] = []): string {
  const series = [...new Set(rows.map((r) => r.series))];
  const parts = series.map((s) => `${s}: ${rows.filter((r) => r.series === s).map((r) => `${r.period} ${r.label}`).join(', ')}`);
  const unit = b.unit === 'billion' ? m.yen('', m.scale[1e9]) : m.yen('', m.scale[1e6]);
  const why = none.map((n) => ` ${m.chartNoPoint(n.series, n.period, n.why)}`).join('');
  return `${b.title ?? ''}${b.title ? '. ' : ''}${periods.join(', ')} (${unit.trim()}). ${parts.join('; ')}.${why}`;
}

/** A waterfall's alt text: each visible step and its change. */
export function waterfallAlt(b: ChartBinding, rows: ChartRow[], m: Messages): string {
  const unit = m.yen('', m.scale[scaleOf(b)]).trim();
  return `${b.title ?? ''} (${unit}): ${rows.filter((r) => r.kind !== 'base').map((r) => `${r.period} ${r.label}`).join('; ')}.`;
}
