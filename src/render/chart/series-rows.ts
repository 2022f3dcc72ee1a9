// A chart's series as rows: one per series and period the data holds, in the chart's unit. Periods
// with no figure at all are left out (never a zero bar); a figure known only to a coarser unit than
// the chart's is not drawn as if it were known to the chart's.
import { Decimal } from 'decimal.js';
import type { FigureSet } from '../figure-set.js';
import type { Messages } from '../../messages/en.js';
import type { FiscalYear } from '../../periods/period.js';
import { periodLabels } from '../../periods/labels.js';
import type { ChartBinding, ChartRow } from '../../contract/chart.js';
import { digitsOf, scaleOf } from './binding.js';
import { amountLabel } from './labels.js';

export interface SeriesRows { rows: ChartRow[]; periods: string[]; omitted: string[] }

/** The name a series is shown by: its label, else the item's label in the language, else its key. */
export const seriesName = (s: { key: string; label?: string }, labels: Map<string, string>) => s.label ?? labels.get(s.key.replace(/^[a-z-]+:/, '')) ?? s.key;

export function seriesRows(binding: ChartBinding, figures: FigureSet, labels: Map<string, string>, m: Messages, fiscal: FiscalYear): SeriesRows {
  const rows: ChartRow[] = [];
  const periods: string[] = []; const omitted: string[] = [];
  const scale = scaleOf(binding);
  binding.periods.forEach((role, pi) => {
    let period: string;
    try { period = figures.period(role); } catch { return; }
    const pl = periodLabels(period, fiscal, m).compact;
    const found = binding.series.map((s, si) => {
      const f = figures.find(s.key, role);
      if (!f) return false;
      const v = new Decimal(f.value);
      const pct = f.unit === 'percent' || f.unit === 'ratio' || (binding.unit === 'percent' && s.axis !== 'left');
      const digits = pct ? 1 : digitsOf(binding);
      const scaled = pct ? v.times(100) : v.div(scale);
      // one unit per axis: a figure known only to a coarser unit (0.1 billion on a JPY-million chart) is left out
      if (!pct && new Decimal(f.grain ?? f.precision ?? 0).gt(new Decimal(scale).times(new Decimal(10).pow(-digits)).div(2))) return false;
      const axis = s.axis ?? 'left';
      rows.push({
        period: pl, periodOrder: pi, series: seriesName(s, labels), seriesOrder: si,
        value: Number(scaled.toFixed(digits + 2)), label: pct ? (f.unit === 'percent' || f.unit === 'ratio' ? f.display : `${scaled.toFixed(digits)}%`) : amountLabel(f, scale, digits), axis, exact: f.value, figure: f.id, pct,
        kind: axis === 'right' || binding.kind === 'line' ? 'line' : 'bar', y0: 0, y1: 0, mid: 0,
      });
      return true;
    });
    // a stack missing some of its parts and its total figure is a partial stack (3Q09 with only its ATM revenue): left out
    // like a period with no figure, as every chart leaves a period out (never an almost empty slot)
    const partial = binding.total !== undefined && !binding.gaps && found.some(Boolean) && !found.every(Boolean) && !figures.find(binding.total.key, role);
    if (partial) rows.splice(rows.length - found.filter(Boolean).length);
    if ((found.some(Boolean) && !partial) || binding.gaps) periods.push(pl); else omitted.push(pl);
  });
  return { rows, periods, omitted };
}
