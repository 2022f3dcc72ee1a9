// A waterfall as a native PowerPoint chart: stacked bars on an invisible base, each part coloured by
// its kind. PowerPoint stacks the values above zero up from zero and those below zero down from it,
// each sign on its own, so a step is drawn from the part of its span on each side of zero:
//   a step above zero      base = its lower end (invisible), then its size
//   a step below zero      base = its upper end (negative, invisible), then its size as a negative value
//   a step crossing zero   no base; the part above zero and the part below zero, one series each
// A total is a bar from zero, above or below it. The part that holds the step's end carries its label
// (the change as the company prints it); a crossing step's label is its own text (the sum of two parts).
import type * as P from 'pptxgenjs';
import type { ChartBlock, Theme } from '../contract/deck.js';
import type { ChartRow as DeckRow } from '../contract/chart.js';
import { labelShown } from '../render/chart/labels.js';
import { HIDDEN, type PptxChart, type SeriesStyle } from './pptx-chart-types.js';

type Kind = 'base' | 'sum' | 'increase' | 'decrease';
/** One category's values: the part that ends the step, and a crossing step's other part. */
interface StepParts { base: number | null; end: number | null; rest: number | null; crossing: boolean }

/** How a row's span [y0, y1] stacks in PowerPoint (rows of render/chart/waterfall.ts). */
export function stepParts(row: DeckRow, base: DeckRow | undefined): StepParts {
  if (row.kind === 'sum') return { base: null, end: row.value, rest: null, crossing: false };
  const lo = Math.min(row.y0, row.y1); const hi = Math.max(row.y0, row.y1);
  const size = Math.abs(row.value);
  if (lo >= 0) return { base: base?.value ?? lo, end: size, rest: null, crossing: false };
  if (hi <= 0) return { base: base?.value ?? hi, end: -size, rest: null, crossing: false };
  // an increase ends above zero, a decrease below it
  return row.kind === 'increase' ? { base: null, end: hi, rest: lo, crossing: true } : { base: null, end: lo, rest: hi, crossing: true };
}

export function waterfallChart(block: ChartBlock, base: P.default.IChartOpts, theme: Theme): PptxChart {
  const rows = block.data.rows as DeckRow[];
  const categories = block.data.periods;
  const labelsOn = block.labels !== 'none';
  const step = (c: string) => rows.find((r) => r.period === c && r.kind !== 'base');
  const parts = categories.map((c) => { const r = step(c); return r ? { row: r, ...stepParts(r, rows.find((b) => b.period === c && b.kind === 'base')) } : undefined; });
  const below = parts.some((p) => p && ((p.end ?? 0) < 0 || (p.rest ?? 0) < 0));
  const crossing = parts.some((p) => p?.crossing);
  const color: Record<Kind, string> = { base: 'transparent', sum: theme.chart.total, increase: theme.chart.increase, decrease: theme.chart.decrease };
  const of = (kind: Kind, pick: (p: NonNullable<(typeof parts)[number]>) => number | null) => categories.map((_, i) => {
    const p = parts[i];
    return p && (kind === 'base' ? p.row.kind !== 'sum' : p.row.kind === kind) ? pick(p) : null;
  });
  const series: { kind: Kind; name: string; values: (number | null)[]; rest?: boolean }[] = [
    { kind: 'base', name: `${HIDDEN}base`, values: of('base', (p) => p.base) },
    { kind: 'sum', name: `${HIDDEN}total`, values: of('sum', (p) => p.end) },
    { kind: 'increase', name: `${HIDDEN}increase`, values: of('increase', (p) => p.end) },
    { kind: 'decrease', name: `${HIDDEN}decrease`, values: of('decrease', (p) => p.end) },
  ];
  // a crossing step's other part: only when a chart has one (every other chart keeps four series)
  if (crossing) for (const kind of ['increase', 'decrease'] as const) series.push({ kind, name: `${HIDDEN}${kind}-rest`, values: of(kind, (p) => p.rest), rest: true });
  const styles = new Map<string, SeriesStyle>();
  for (const s of series) styles.set(s.name, labelStyle(block, s, parts.map((p) => p?.crossing ?? false), parts.map((p) => p?.row), below));
  const data = series.map((s) => ({ name: s.name, labels: categories, values: s.values }));
  return {
    types: [{ type: 'bar' as P.default.CHART_NAME, data: data as P.default.OptsChartData[], options: { barGrouping: 'stacked', barGapWidthPct: 50, chartColors: series.map((s) => color[s.kind]), showValue: labelsOn, dataLabelPosition: 'inEnd' } }],
    options: { ...base, showLegend: false, catAxisLabelFontSize: theme.chart.fontSize - 1 },
    styles,
  };
}

/** A series' labels: the bars hold sizes, the labels say which way a step goes, as the company prints changes. */
function labelStyle(block: ChartBlock, s: { kind: Kind; rest?: boolean }, crossing: boolean[], rows: (DeckRow | undefined)[], below: boolean): SeriesStyle {
  const shown = !s.rest && labelShown(s.kind, block.labels);
  const body = block.data.axes.left.excel.split(';')[0];
  // a part below zero is a negative value: the format's second section shows it as the first does
  const signed = (f: string) => (below ? `${f};${f}` : f);
  const formats: Partial<Record<Kind, string>> = { increase: signed(`+${body}`), decrease: signed(`"("${body}")"`), sum: block.data.axes.left.excel };
  const texts = shown ? crossing.flatMap((c, idx) => (c && rows[idx]?.kind === s.kind && rows[idx]!.label ? [{ idx, text: rows[idx]!.label }] : [])) : [];
  return { showLabels: shown, inLegend: false, labelColor: 'FFFFFF', labelFormat: formats[s.kind], ...(texts.length ? { pointTexts: texts } : {}) };
}
