// Chart blocks: a Vega-Lite spec from templates/charts/ bound to figures (render/charts.ts), laid
// out for both renderers. Rows carry their stack positions (y0, y1) so the SVG (deck.pdf) and the
// native PowerPoint chart (deck.pptx) draw the same bars; totals and waterfall steps are rows too.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import { bindingOf, chartData, type ChartBinding, type ChartData, type ChartRow, type ChartSeries } from '../charts.js';
import type { DocumentInputs } from '../inputs.js';
import type { FigureSet } from '../figure-set.js';
import { periodLabels } from '../../periods/labels.js';
import { showNumber } from '../../format/display.js';
import { around } from '../../calc/interval.js';
import { QuarterDeckError, didYouMean } from '../../errors/problem.js';
import { checkName, findTemplate, type NameSource } from '../../config/template-paths.js';
import { TemplateFault, chartKeyProblems, readChartSpec } from '../template-check.js';
import type { ChartBlock } from './model.js';
import type { ChartSpec } from './template.js';
import { resolveRange } from './periods.js';
import type { Theme, Box } from './theme.js';
import { loadCatalogs } from '../../template/catalogs.js';
import type { Catalog } from '../../template/catalog.js';
import { localizeSpec } from '../../template/localize.js';

/** The deck's additions to a chart binding (all optional: the release's specs work as they are). */
export interface DeckSeries extends ChartSeries {
  /** waterfall steps: the period role of this step's figure */
  period?: string;
  /** waterfall steps: −1 when a rise in the figure lowers the result (an expense) */
  sign?: 1 | -1;
  /** waterfall: a bar from zero (the first and last steps) */
  total?: boolean;
  /** waterfall: steps to use instead when the data lacks this step's figure */
  fallback?: DeckSeries[];
  /** waterfall: draw this step only when this figure exists */
  when?: string;
}
export interface DeckBinding extends ChartBinding {
  series: DeckSeries[];
  /** stack the bars (default: true for stacked-bar, waterfall and bar-line with several bar series) */
  stack?: boolean;
  /** a figure printed above each stack (e.g. total cost of revenues) */
  total?: { key: string; label?: string };
}

/** A chart row with its layout: what is drawn where. */
export interface DeckRow extends ChartRow {
  kind: 'bar' | 'line' | 'total' | 'base' | 'increase' | 'decrease' | 'sum';
  /** data label colour: white on dark bars, the text colour elsewhere */
  labelColor: string;
  /** a stacked segment too small to hold its label (the label is left out in both renderers) */
  tiny?: boolean;
  /** waterfall: the step's name wrapped in lines */
  wrapped?: string;
  y0: number;
  y1: number;
  mid: number;
}

const specCache = new Map<string, { mtime: number; spec: Record<string, unknown>; catalog?: Catalog }>();

/**
 * templates/charts/<name>.vl.json from the first template folder that has it (user overrides first),
 * checked (template-check.ts readChartSpec). A missing or malformed spec is a TemplateFault; `at`
 * is where the template names it.
 */
export function loadSpec(templateDirs: string[], name: string, at: NameSource = {}, lang?: string): { spec: Record<string, unknown>; file: string } {
  checkName(name, 'chart spec', at);
  const file = findTemplate(templateDirs, join('charts', `${name}.vl.json`), 'chart spec', at);
  if (!file) {
    const known = templateDirs.flatMap((d) => (existsSync(join(d, 'charts')) ? readdirSync(join(d, 'charts')) : [])).filter((f) => f.endsWith('.vl.json')).map((f) => f.slice(0, -8));
    throw new TemplateFault([{ code: 'E_NOT_FOUND', ...at, message: `no chart spec "${name}"`, expected: `charts/${name}.vl.json in ${templateDirs.join(', ')}`, hint: didYouMean(name, known) }]);
  }
  const mtime = statSync(file).mtimeMs;
  // the words of the spec ("t:<key>") in the document's language, from the catalogs of the same folders
  const catalog = lang ? loadCatalogs(templateDirs).find((c) => c.lang === lang) : undefined;
  const cacheKey = `${file}\0${lang ?? ''}`;
  const hit = specCache.get(cacheKey);
  if (hit && hit.mtime === mtime && hit.catalog === catalog) return { spec: hit.spec, file };
  const text = readFileSync(file, 'utf8');
  const read = readChartSpec(file, text);
  const local = catalog ? localizeSpec(read, catalog, file, text) : { spec: read, problems: [] };
  if (local.problems.length) throw new TemplateFault(local.problems);
  const spec = local.spec;
  specCache.set(cacheKey, { mtime, spec, catalog });
  return { spec, file };
}

const scaleOf = (b: ChartBinding) => (b.unit === 'billion' ? 1e9 : 1e6);

/** Stack positions: positives up from zero, negatives down, in series order. */
function layout(rows: DeckRow[], stack: boolean): void {
  const up = new Map<string, number>(); const down = new Map<string, number>();
  for (const r of [...rows].sort((a, b) => a.seriesOrder - b.seriesOrder)) {
    if (r.kind !== 'bar' || !stack) { r.y0 = 0; r.y1 = r.value; r.mid = r.value / 2; continue; }
    const m = r.value >= 0 ? up : down;
    const base = m.get(r.period) ?? 0;
    r.y0 = base; r.y1 = base + r.value; r.mid = base + r.value / 2;
    m.set(r.period, r.y1);
  }
  for (const r of rows) if (r.kind === 'line') { r.y0 = r.value; r.y1 = r.value; r.mid = r.value; }
}

/** A figure's display at the chart's scale, without inventing digits the data does not hold. */
function labelAt(figures: FigureSet, key: string, period: string, scale: number, digits: number): string | undefined {
  const f = figures.find(key, period);
  if (!f) return undefined;
  const precision = new Decimal(f.precision ?? 0);
  if (precision.gt(new Decimal(scale).times(new Decimal(10).pow(-digits)).div(2))) return f.display;
  return showNumber(around(new Decimal(f.value), precision), { scale, decimals: digits }).text;
}

export interface ChartContext { inputs: DocumentInputs; figures: FigureSet; theme: Theme }

/** Build a chart block. Throws QuarterDeckError when the chart has no data at all. */
export function chartBlock(c: ChartSpec, box: Box, ctx: ChartContext): ChartBlock {
  const { inputs, figures, theme } = ctx;
  const { spec, file } = loadSpec(inputs.templateDirs, c.spec, {}, inputs.m.lang);
  const binding = structuredClone(bindingOf(spec, file)) as DeckBinding;
  const keyFaults = chartKeyProblems(binding, file, inputs.items, figures);
  if (keyFaults.length) throw new TemplateFault(keyFaults);
  const notes: string[] = [];
  const m = inputs.m;
  const compact = (p: string) => periodLabels(p, inputs.fiscal, m).compact;

  if (binding.kind === 'waterfall') return waterfall(c, box, ctx, spec, binding, file);

  if (c.periods) {
    const keys = binding.series.map((s) => s.key);
    const r = resolveRange(c.periods, keys, figures, inputs.fiscal);
    binding.periods = r.periods;
    if (r.gaps) binding.gaps = true;
    if (r.unavailable.length) notes.push(m.deck.coarser(m.deck.grain(r.asked), r.unavailable.map(compact), m.deck.grain(r.grain)));
    if (r.dropped.length) notes.push(m.deck.leftOut(r.dropped.map(compact)));
  }
  const data = chartData({ ...spec, usermeta: { quarterdeck: binding } }, file, figures, inputs.labels, m, inputs.fiscal);
  if (!data.rows.length) throw new QuarterDeckError([{ code: 'E_TEMPLATE', file, message: `no figures for chart "${c.spec}"` }]);
  if (data.omitted.length && !c.periods) notes.push(m.deck.leftOut(data.omitted));
  // figures of a year the company's regrouping restates carry its note (model/era-view.ts)
  const restated = [...new Set(binding.periods.flatMap((p) => binding.series.map((se) => figures.find(se.key, p)?.restated)).filter((x): x is string => Boolean(x)))];
  const scale = scaleOf(binding);
  const bars = binding.series.filter((s) => (s.axis ?? 'left') === 'left' && binding.kind !== 'line');
  const stack = binding.stack ?? (binding.kind === 'stacked-bar' || (binding.kind === 'bar-line' && bars.length > 1));
  const resolved = binding.periods.map((p) => figures.period(p));
  const rows: DeckRow[] = data.rows.map((r) => {
    const s = binding.series[r.seriesOrder];
    const period = resolved[r.periodOrder];
    const pct = r.label.endsWith('%');
    const label = pct ? r.label : labelAt(figures, s.key, period, scale, binding.unit === 'billion' ? 1 : 0) ?? r.label;
    const kind = (r.axis === 'right' || binding.kind === 'line') ? 'line' as const : 'bar' as const;
    // labels sit inside stacked bars (white on dark), above single bars and points
    const inside = kind === 'bar';
    return { ...r, label, kind, y0: 0, y1: 0, mid: 0, labelColor: inside ? labelColorOn(seriesColor(theme, r.seriesOrder), theme) : `#${theme.colors.text}` };
  });
  layout(rows, stack);
  if (stack) {
    const top = Math.max(...rows.filter((r) => r.kind === 'bar').map((r) => Math.abs(r.y1)), 1);
    for (const r of rows) if (r.kind === 'bar' && Math.abs(r.value) < top * 0.045) { r.tiny = true; }
  }
  if (binding.total && stack) {
    const t = binding.total;
    data.periods.forEach((pl, i) => {
      const top = rows.filter((r) => r.period === pl && r.kind === 'bar').reduce((a, r) => Math.max(a, r.y1), 0);
      const period = binding.periods.map((p) => figures.period(p)).find((p) => compact(p) === pl) ?? '';
      const f = figures.find(t.key, period);
      if (!f) return;
      rows.push({
        period: pl, periodOrder: rows.find((r) => r.period === pl)?.periodOrder ?? i, series: t.label ?? inputs.labels.get(t.key) ?? t.key, seriesOrder: binding.series.length,
        value: Number(new Decimal(f.value).div(scale).toFixed(2)), label: labelAt(figures, t.key, period, scale, binding.unit === 'billion' ? 1 : 0) ?? f.display,
        // axis "total": the release's specs (render/release) draw such rows as the label above a stack
        axis: 'total' as never, exact: f.value, kind: 'total', y0: top, y1: top, mid: top, labelColor: `#${theme.colors.text}`,
      });
    });
  }
  const out: ChartData = { ...data, rows };
  const negative = rows.some((r) => r.kind === 'bar' && r.y1 < 0);
  return {
    kind: 'chart', area: c.area, name: c.spec, caption: c.caption, spec: themed(spec, box, theme), data: out,
    labels: c.labels, format: c.format ?? (binding.unit === 'billion' ? '#,##0.0;(#,##0.0)' : '#,##0;(#,##0)'),
    stacked: stack, note: notes.join(' ') || undefined, fromZero: !negative, ...(restated.length ? { restated } : {}),
  };
}

/** A bridge: the first figure, each change as a floating bar on an invisible base, the last figure. */
function waterfall(c: ChartSpec, box: Box, ctx: ChartContext, spec: Record<string, unknown>, binding: DeckBinding, file: string): ChartBlock {
  const { inputs, figures, theme } = ctx;
  const scale = scaleOf(binding);
  const digits = binding.unit === 'billion' ? 1 : 0;
  const rows: DeckRow[] = [];
  const missing: string[] = [];
  // steps: a step whose figure the data lacks is replaced by its fallback steps
  const steps: DeckSeries[] = [];
  for (const s of binding.series) {
    if (s.when && !figures.find(s.when, s.period ?? 'cur')) continue;
    if (!figures.find(s.key, s.period ?? 'cur') && s.fallback?.every((f) => figures.find(f.key, f.period ?? 'cur'))) steps.push(...s.fallback);
    else steps.push(s);
  }
  let level = new Decimal(0);
  let start: Decimal | undefined;
  let tolerance = new Decimal(0);
  steps.forEach((s, i) => {
    const f = figures.find(s.key, s.period ?? 'cur');
    if (!f) { missing.push(`${s.key}@${figures.period(s.period ?? 'cur')}`); return; }
    const exact = new Decimal(f.value).times(s.sign ?? 1);
    tolerance = tolerance.plus(new Decimal(f.precision ?? 0));
    const v = exact.div(scale);
    const value = Number(v.toFixed(2));
    const label = s.label ?? inputs.labels.get(s.key.replace(/^[a-z-]+:/, '')) ?? s.key;
    const shown = showNumber(around(exact, new Decimal(f.precision ?? 0)), { scale, decimals: digits, plus: !s.total }).text;
    const base = { period: label, periodOrder: i, axis: 'left' as const, exact: f.value, label: shown, labelColor: `#${theme.colors.text}`, wrapped: wrap(label, 14) };
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
    rows.push({ ...base, series: 'base', seriesOrder: 0, value: lo, label: '', kind: 'base', y0: 0, y1: lo, mid: lo / 2 });
    rows.push({ ...base, series: value >= 0 ? 'increase' : 'decrease', seriesOrder: value >= 0 ? 1 : 2, value: Math.abs(value), kind: value >= 0 ? 'increase' : 'decrease', y0: lo, y1: hi, mid: (lo + hi) / 2 });
    level = level.plus(exact);
  });
  if (missing.length) throw new QuarterDeckError([{ code: 'E_TEMPLATE', file, message: `no figures for ${missing.join(', ')}` }]);
  const labels = [...new Set(rows.map((r) => r.period))];
  const visible = rows.filter((r) => r.kind !== 'base');
  const unit = inputs.m.yen('', inputs.m.scale[scale]).trim();
  const alt = `${binding.title ?? ''} (${unit}): ${visible.map((r) => `${r.period} ${r.label}`).join('; ')}.`;
  const data: ChartData = { binding, rows, periods: labels, omitted: [], alt };
  return {
    kind: 'chart', area: c.area, name: c.spec, caption: c.caption, spec: themed(spec, box, theme), data,
    labels: c.labels, format: c.format ?? '#,##0;(#,##0)', stacked: true, fromZero: !rows.some((r) => r.y0 < 0 || r.y1 < 0),
  };
}

/** A step name in lines of about `width` characters (the waterfall's axis); CJK text, which has no
 *  spaces, breaks between characters (each as wide as two Latin ones). */
function wrap(s: string, width: number): string {
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

/** The colour of series i: the theme's palette in series order (both renderers). */
export function seriesColor(theme: Theme, i: number): string {
  return theme.chart.palette[i % theme.chart.palette.length];
}

/** White on a dark colour, the text colour on a light one. */
export function labelColorOn(hex: string, theme: Theme): string {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return lum < 0.5 ? '#FFFFFF' : `#${theme.colors.text}`;
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
  const tokens: Record<string, string> = {
    $line: theme.chart.line, $increase: theme.chart.increase, $decrease: theme.chart.decrease, $total: theme.chart.total, $text: theme.colors.text, $muted: theme.colors.muted,
  };
  return JSON.parse(JSON.stringify(out).replace(/"\$([a-z]+)"/g, (all, k: string) => (tokens[`$${k}`] ? `"#${tokens[`$${k}`]}"` : all))) as Record<string, unknown>;
}
