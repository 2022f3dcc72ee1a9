// The release's charts (release.yaml `charts:`): each a chart spec bound to figures, drawn once from
// the chart contract (render/chart/draw.ts) and rendered to inline SVG. A chart of one period says
// nothing and is left out.
import type { DocumentInputs } from '../../contract/document-inputs.js';
import type { FigureSet } from '../figure-set.js';
import { bindingOf } from '../chart/binding.js';
import { drawChart } from '../chart/draw.js';
import { drawsOwnBody, vegaLiteSpec } from '../chart/vega-spec.js';
import { labelColorFor, withThemeColours } from '../chart/colours.js';
import type { Theme } from '../../template/theme-schema.js';
import { renderSvg } from '../chart/svg.js';
import type { ReleaseTemplates } from '../../template/release-layouts.js';
import { chartSpecOf } from '../../template/template-set.js';
import { markChartLabels } from '../chart/label-marks.js';
import { marking } from '../figure-mark.js';
import { comparableWords } from '../not-comparable.js';

export interface ReleaseChart { svg: string; alt: string; title: string }

export async function releaseCharts(t: ReleaseTemplates, inputs: DocumentInputs, figures: FigureSet): Promise<Record<string, ReleaseChart>> {
  const { m, fiscal } = inputs;
  const charts: Record<string, ReleaseChart> = {};
  for (const [name, use] of Object.entries(t.config.charts)) {
    const { spec, file } = chartSpecOf(inputs.templates, use.spec, { file: t.files.config, field: `charts.${name}.spec` });
    // release.yaml's periods (roles or a range) over the spec's; drawChart resolves a range
    const binding = { ...bindingOf(spec, file), ...(use.periods ? { periods: use.periods as string[] } : {}) };
    const data = drawChart(binding, file, { figures, labels: inputs.labels, m, fiscal, notComparable: comparableWords(inputs.templates.catalog, inputs.labels, fiscal, m).note });
    if (data.periods.length < 2) continue;
    const theme = inputs.templates.chartTheme;
    const generated = !drawsOwnBody(spec, 'release') && theme;
    if (generated) for (const r of data.rows) r.labelColor = labelColorFor(r, theme);
    const drawn = generated ? inTheme(vegaLiteSpec(spec, data, 'release'), theme) : vegaLiteSpec(spec, data, 'release');
    // the same spec and rows draw the same SVG once (render/svg-cache.ts)
    const svg = await renderSvg(drawn, data);
    charts[name] = { svg: marking(figures) ? markChartLabels(svg, data.rows) : svg, alt: data.alt, title: binding.title ?? '' };
  }
  return charts;
}

/** A generated body in the company's colours: its palette for the series, its colours for the tokens and the text. */
function inTheme(spec: Record<string, unknown>, theme: Theme): Record<string, unknown> {
  const config = (spec.config ?? {}) as Record<string, unknown>;
  return withThemeColours({ ...spec, config: { range: { category: theme.chart.palette.map((c) => `#${c}`) }, text: { color: `#${theme.colors.text}` }, ...config } }, theme);
}
