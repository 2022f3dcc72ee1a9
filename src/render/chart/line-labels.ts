// Where a line's point label goes, so that the line does not run through it: on the side of the point
// its segments leave free. Above a peak (or an end the line leaves downwards), below a trough, and
// beside a point the line rises or falls through: upper left of a rise (the line comes from the lower
// left and goes to the upper right), upper right of a fall; beside an end the line leaves upwards.
import type { ChartRow } from '../../contract/chart.js';

export type LabelSide = NonNullable<ChartRow['labelAt']>;

/** The side of each line point's label, set on the rows (a series' points in period order; a missing neighbour counts as level). */
export function placeLineLabels(rows: ChartRow[]): void {
  const bySeries = new Map<string, ChartRow[]>();
  for (const r of rows) if (r.kind === 'line') (bySeries.get(r.series) ?? bySeries.set(r.series, []).get(r.series)!).push(r);
  for (const points of bySeries.values()) {
    points.sort((a, b) => a.periodOrder - b.periodOrder);
    points.forEach((r, i) => { r.labelAt = sideOf(points[i - 1]?.value, r.value, points[i + 1]?.value); });
  }
}

export function sideOf(prev: number | undefined, v: number, next: number | undefined): LabelSide {
  const p = prev === undefined ? 0 : Math.sign(prev - v);
  const n = next === undefined ? 0 : Math.sign(next - v);
  if (p <= 0 && n <= 0) return 'above';
  // an end the line leaves upwards: beside it, away from the line (below it are the bars of a bar-line chart)
  if (prev === undefined) return 'above-left';
  if (next === undefined) return 'above-right';
  if (p > 0 && n > 0) return 'below';
  return p < 0 ? 'above-left' : 'above-right';
}
