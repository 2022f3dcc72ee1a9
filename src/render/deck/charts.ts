// Chart blocks: a chart spec of the package's templates (its binding: contract/chart.ts) drawn
// from figures once (render/chart/draw.ts) and laid out in the theme for both renderers: the SVG of
// deck.pdf and the native PowerPoint chart of deck.pptx (export/pptx-charts.ts) read the same rows.
import type { ChartBinding, ChartRow, ChartSeries } from '../../contract/chart.js';
import { bindingOf } from '../chart/binding.js';
import { drawChart } from '../chart/draw.js';
import { vegaLiteSpec } from '../chart/vega-spec.js';
import type { DocumentInputs } from '../../contract/document-inputs.js';
import type { FigureSet } from '../figure-set.js';
import { periodLabels } from '../../periods/labels.js';
import { QuarterDeckError } from '../../errors/problem.js';
import type { ChartBlock } from '../../contract/deck.js';
import type { ChartSpec } from '../../template/slides-schema.js';
import { resolveRange } from './periods.js';
import type { Theme, Box } from '../../template/theme-schema.js';
import { chartSpecOf } from '../../template/template-set.js';
import { marking } from '../figure-mark.js';
import { labelColorFor, withThemeColours } from '../chart/colours.js';
import { comparableWords } from '../not-comparable.js';

/** A chart row as the deck draws it (the contract's row: contract/chart.ts). */
export type DeckRow = ChartRow;
export type DeckSeries = ChartSeries;
export type DeckBinding = ChartBinding;

export interface ChartContext { inputs: DocumentInputs; figures: FigureSet; theme: Theme }

/** Build a chart block: the contract's data (render/chart/draw.ts) in the theme. Throws QuarterDeckError when the chart has no data at all. */
export function chartBlock(c: ChartSpec, box: Box, ctx: ChartContext): ChartBlock {
  const { inputs, figures, theme } = ctx;
  const { spec, file } = chartSpecOf(inputs.templates, c.spec);
  const binding = structuredClone(bindingOf(spec, file));
  const notes: string[] = [];
  const m = inputs.m;
  const compact = (p: string) => periodLabels(p, inputs.fiscal, m).compact;
  if (c.periods && binding.kind !== 'waterfall') {
    const r = resolveRange(c.periods, binding.series.map((s) => s.key), figures, inputs.fiscal);
    binding.periods = r.periods;
    if (r.gaps) binding.gaps = true;
    if (r.unavailable.length) notes.push(m.deck.coarser(m.deck.grain(r.asked), r.unavailable.map(compact), m.deck.grain(r.grain)));
    if (r.dropped.length) notes.push(m.deck.leftOut(r.dropped.map(compact)));
  }
  const { note } = comparableWords(inputs.templates.catalog, inputs.labels, inputs.fiscal, m);
  const data = drawChart(binding, file, { figures, labels: inputs.labels, m, fiscal: inputs.fiscal, notComparable: note });
  if (!data.rows.length) throw new QuarterDeckError([{ code: 'E_TEMPLATE', file, message: `no figures for chart "${c.spec}"` }]);
  if (data.omitted.length && !c.periods) notes.push(m.deck.leftOut(data.omitted));
  // figures of a year the company's regrouping restates carry its note (model/era-view.ts)
  const restated = [...new Set(data.binding.periods.flatMap((p) => binding.series.map((se) => figures.find(se.key, p)?.restated)).filter((x): x is string => Boolean(x)))];
  // a change series with no comparable figure for a period (a line reported from a later year): noted under the slide
  if (binding.kind !== 'waterfall') for (const p of data.binding.periods) for (const se of binding.series) figures.notComparable(se.key, p);
  for (const r of data.rows) r.labelColor = labelColorFor(r, theme);
  return {
    kind: 'chart', area: c.area, name: c.spec, caption: c.caption, spec: themed(vegaLiteSpec(spec, data, 'deck'), box, theme), data,
    labels: c.labels, format: c.format ?? data.axes.left.excel, stacked: data.stacked, note: notes.join(' ') || undefined,
    fromZero: !data.rows.some((r) => (r.kind === 'bar' && r.y1 < 0) || (binding.kind === 'waterfall' && (r.y0 < 0 || r.y1 < 0))),
    ...(restated.length ? { restated } : {}),
    ...(marking(figures) ? { marked: true } : {}),
  };
}

/** The spec as the SVG renderer needs it: sized to its box, in the theme's colours and fonts. */
function themed(spec: Record<string, unknown>, box: Box, theme: Theme): Record<string, unknown> {
  const { usermeta: _u, ...rest } = spec;
  const px = (inches: number) => Math.round(inches * 96);
  const config = (rest.config ?? {}) as Record<string, unknown>;
  const font = [theme.fonts.latin, ...theme.fonts.fallback].join(', ');
  const out = {
    ...rest,
    width: px(box.w) - 20, height: px(box.h) - 56,
    autosize: { type: 'fit', contains: 'padding' },
    background: null,
    config: {
      ...config,
      font,
      range: { category: theme.chart.palette.map((c) => `#${c}`) },
      axis: { labelFont: font, labelFontSize: theme.chart.fontSize * 4 / 3, titleFont: font, grid: false, domainColor: `#${theme.colors.rule}`, tickColor: `#${theme.colors.rule}`, labelColor: `#${theme.colors.text}` },
      legend: { labelFont: font, labelFontSize: theme.chart.fontSize * 4 / 3, orient: 'bottom', title: null, symbolType: 'square', columns: 3, labelLimit: 240, columnPadding: 12 },
      text: { font, fontSize: theme.chart.labelFontSize * 4 / 3, color: `#${theme.colors.text}` },
      view: { stroke: null },
      ...(config as object),
    },
  };
  // colour tokens in the spec ("$increase") come from the theme
  return withThemeColours(out, theme);
}
