// Stack positions: positives up from zero, negatives down, in series order; lines at their value.
import type { ChartRow } from '../../contract/chart.js';

export function stackLayout(rows: ChartRow[], stack: boolean): void {
  const up = new Map<string, number>(); const down = new Map<string, number>();
  for (const r of [...rows].sort((a, b) => a.seriesOrder - b.seriesOrder)) {
    if (r.kind !== 'bar' || !stack) { r.y0 = 0; r.y1 = r.value; r.mid = r.value / 2; continue; }
    const m = r.value >= 0 ? up : down;
    const base = m.get(r.period) ?? 0;
    r.y0 = base; r.y1 = base + r.value; r.mid = base + r.value / 2;
    m.set(r.period, r.y1);
  }
  for (const r of rows) if (r.kind === 'line') { r.y0 = r.value; r.y1 = r.value; r.mid = r.value; }
  // a stacked segment too small to hold its label
  if (stack) {
    const top = Math.max(...rows.filter((r) => r.kind === 'bar').map((r) => Math.abs(r.y1)), 1);
    for (const r of rows) if (r.kind === 'bar' && Math.abs(r.value) < top * 0.045) r.tiny = true;
  }
}
