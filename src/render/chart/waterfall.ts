// A bridge: the first figure, each change as a floating bar on an invisible base, the last figure.
// Each step is a figure of the data; the steps must reach each total within their rounding.
import { Decimal } from 'decimal.js';
import type { FigureSet } from '../figure-set.js';
import type { ChartBinding, ChartRow, ChartSeries } from '../../contract/chart.js';
import { digitsOf, scaleOf } from './binding.js';
import { seriesName } from './series-rows.js';
import { showNumber } from '../../format/display.js';
import { around } from '../../calc/interval.js';

/** The steps drawn: a step whose figure the data lacks is replaced by its fallback steps; `when` steps only when that figure exists. */
function stepsOf(binding: ChartBinding, figures: FigureSet): ChartSeries[] {
  const steps: ChartSeries[] = [];
  for (const s of binding.series) {
    if (s.when && !figures.find(s.when, s.period ?? 'cur')) continue;
    if (!figures.find(s.key, s.period ?? 'cur') && s.fallback?.every((f) => figures.find(f.key, f.period ?? 'cur'))) steps.push(...s.fallback);
    else steps.push(s);
  }
  return steps;
}

/** The rows of a waterfall, and what the data lacks (figures, or steps that do not reach their total). */
export function waterfallRows(binding: ChartBinding, figures: FigureSet, labels: Map<string, string>): { rows: ChartRow[]; missing: string[] } {
  const scale = scaleOf(binding);
  const digits = digitsOf(binding);
  const rows: ChartRow[] = [];
  const missing: string[] = [];
  let level = new Decimal(0);
  let start: Decimal | undefined;
  let tolerance = new Decimal(0);
  stepsOf(binding, figures).forEach((s, i) => {
    const f = figures.find(s.key, s.period ?? 'cur');
    if (!f) { missing.push(`${s.key}@${figures.period(s.period ?? 'cur')}`); return; }
    const exact = new Decimal(f.value).times(s.sign ?? 1);
    tolerance = tolerance.plus(new Decimal(f.precision ?? 0));
    const value = Number(exact.div(scale).toFixed(2));
    const label = seriesName(s, labels);
    const shown = showNumber(around(exact, new Decimal(f.precision ?? 0)), { scale, decimals: digits, plus: !s.total }).text;
    const base = { period: label, periodOrder: i, axis: 'left' as const, exact: f.value, figure: f.id, label: shown, wrapped: wrap(label, 14) };
    if (s.total) {
      // the steps must reach the total within their rounding (half a display unit a step)
      const steps = rows.filter((r) => r.kind !== 'base' && r.kind !== 'sum').length;
      if (start !== undefined && exact.minus(start.plus(level)).abs().gt(Decimal.max(tolerance, new Decimal(scale).times(steps + 1).div(2)))) {
        missing.push(`steps that add up to ${f.id} (they reach ${start.plus(level).div(scale).toFixed(0)}, it is ${exact.div(scale).toFixed(0)})`);
      }
      rows.push({ ...base, series: label, seriesOrder: 3, value, kind: 'sum', y0: 0, y1: value, mid: value / 2 });
      start = exact; level = new Decimal(0); tolerance = new Decimal(f.precision ?? 0);
      return;
    }
    const from = Number(start?.plus(level).div(scale).toFixed(2) ?? 0);
    const to = Number(start?.plus(level).plus(exact).div(scale).toFixed(2) ?? value);
    const lo = Math.min(from, to); const hi = Math.max(from, to);
    // the invisible part under a floating step: from zero to the step's end nearest zero, on its side
    // of zero (none for a step that crosses zero). PowerPoint stacks values above and below zero apart.
    const floor = lo >= 0 ? lo : hi <= 0 ? hi : 0;
    rows.push({ ...base, series: 'base', seriesOrder: 0, value: floor, label: '', kind: 'base', y0: 0, y1: floor, mid: floor / 2 });
    rows.push({ ...base, series: value >= 0 ? 'increase' : 'decrease', seriesOrder: value >= 0 ? 1 : 2, value: Math.abs(value), kind: value >= 0 ? 'increase' : 'decrease', y0: lo, y1: hi, mid: (lo + hi) / 2 });
    level = level.plus(exact);
  });
  return { rows, missing };
}

/** A step name in lines of about `width` characters (the waterfall's axis); CJK text, which has no
 *  spaces, breaks between characters (each as wide as two Latin ones). */
export function wrap(s: string, width: number): string {
  const lines: string[] = [];
  const cjk = /[\u3000-\u9fff\uff00-\uffef]/;
  if (!s.includes(' ') && cjk.test(s)) {
    let line = ''; let w = 0;
    for (const ch of s) {
      const cw = cjk.test(ch) ? 2 : 1;
      // never start a line with a closing bracket or a small kana/punctuation mark
      if (w + cw > width && line && !/[）」、。ー]/.test(ch)) { lines.push(line); line = ''; w = 0; }
      line += ch; w += cw;
    }
    if (line) lines.push(line);
    return lines.join('\n');
  }
  for (const w of s.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && (last + ' ' + w).length <= width) lines[lines.length - 1] = `${last} ${w}`;
    else lines.push(w);
  }
  return lines.join('\n');
}
