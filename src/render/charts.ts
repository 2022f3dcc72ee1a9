// One chart definition, two renderers: a Vega-Lite spec in templates/charts/*.vl.json, bound to
// figures by its `usermeta.quarterdeck` block, becomes inline SVG here (vega View, no canvas) and
// a native chart in the PPTX (export/pptx-charts.ts).
import type * as Vega from 'vega';
import { cachedSvg } from './svg-cache.js';
import { Decimal } from 'decimal.js';
import type { FigureSet } from './figure-set.js';
import type { Messages } from '../messages/en.js';
import { periodLabels } from '../periods/labels.js';
import type { FiscalYear } from '../periods/period.js';
import { QuarterDeckError } from '../errors/problem.js';

export interface ChartSeries { key: string; label?: string; axis?: 'left' | 'right' }
export interface ChartBinding {
  title?: string;
  kind: 'bar' | 'stacked-bar' | 'line' | 'bar-line' | 'waterfall';
  series: ChartSeries[];
  /** period roles, oldest first */
  periods: string[];
  unit?: 'million' | 'billion' | 'percent';
}

/** `pct`: the value is a percentage (a ratio × 100), else an amount in the chart's unit */
export interface ChartRow { period: string; periodOrder: number; series: string; seriesOrder: number; value: number; label: string; axis: 'left' | 'right'; exact: string; pct?: boolean }

export interface ChartData { binding: ChartBinding; rows: ChartRow[]; periods: string[]; omitted: string[]; alt: string }

export function bindingOf(spec: Record<string, unknown>, name: string): ChartBinding {
  const b = (spec.usermeta as { quarterdeck?: ChartBinding } | undefined)?.quarterdeck;
  if (!b || !Array.isArray(b.series) || !Array.isArray(b.periods)) {
    throw new QuarterDeckError([{ code: 'E_TEMPLATE', file: name, field: 'usermeta.quarterdeck', message: 'a chart spec needs usermeta.quarterdeck with series and periods', expected: '{ "kind": "bar", "series": [{ "key": "is.revenue.total" }], "periods": ["prior", "cur"] }' }]);
  }
  return b;
}

/** Chart rows from figures. Periods with no figure at all are left out (never a zero bar). */
export function chartData(spec: Record<string, unknown>, name: string, figures: FigureSet, labels: Map<string, string>, m: Messages, fiscal: FiscalYear): ChartData {
  const binding = bindingOf(spec, name);
  const rows: ChartRow[] = [];
  const periods: string[] = []; const omitted: string[] = [];
  binding.periods.forEach((role, pi) => {
    let period: string;
    try { period = figures.period(role); } catch { return; }
    const pl = periodLabels(period, fiscal, m).compact;
    const found = binding.series.map((s, si) => {
      const f = figures.find(s.key, role);
      if (!f) return false;
      const v = new Decimal(f.value);
      const isPct = f.unit === 'percent' || f.unit === 'ratio' || binding.unit === 'percent' && s.axis !== 'left';
      const scaled = isPct ? v.times(100) : v.div(binding.unit === 'billion' ? 1e9 : 1e6);
      const digits = isPct || binding.unit === 'billion' ? 1 : 0;
      // one unit per axis: a figure known only to a coarser unit (0.1 billion on a JPY-million chart)
      // is not drawn as if it were known to the chart's (the period is left out when no series has it)
      const unit = new Decimal(binding.unit === 'billion' ? 1e9 : 1e6).times(new Decimal(10).pow(-digits));
      if (!isPct && new Decimal(f.grain ?? f.precision ?? 0).gt(unit.div(2))) return false;
      rows.push({
        period: pl, periodOrder: pi, series: s.label ?? labels.get(s.key.replace(/^[a-z-]+:/, '')) ?? s.key, seriesOrder: si,
        value: Number(scaled.toFixed(digits + 2)), label: isPct ? `${scaled.toFixed(digits)}%` : f.display, axis: s.axis ?? 'left', exact: f.value, pct: isPct,
      });
      return true;
    });
    if (found.some(Boolean)) periods.push(pl); else omitted.push(pl);
  });
  const alt = altText(binding, rows, periods, m);
  return { binding, rows, periods, omitted, alt };
}

/** Alt text generated from the data: what is plotted, and every value. */
export function altText(b: ChartBinding, rows: ChartRow[], periods: string[], m: Messages): string {
  const series = [...new Set(rows.map((r) => r.series))];
  const parts = series.map((s) => `${s}: ${rows.filter((r) => r.series === s).map((r) => `${r.period} ${r.label}`).join(', ')}`);
  const unit = b.unit === 'billion' ? m.yen('', m.scale[1e9]) : m.yen('', m.scale[1e6]);
  return `${b.title ?? ''}${b.title ? '. ' : ''}${periods.join(', ')} (${unit.trim()}). ${parts.join('; ')}.`;
}

let metricsSet = false;
/** Vega measures text with 0.8 em per character when there is no canvas: too narrow for CJK. */
function setTextMetrics(vega: typeof Vega): void {
  if (metricsSet) return;
  metricsSet = true;
  const tm = (vega as unknown as { textMetrics: { width: (item: { fontSize?: number }, text: string) => number } }).textMetrics;
  tm.width = (item, text) => {
    const size = item.fontSize ?? 11;
    let w = 0;
    for (const ch of String(text ?? '')) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1.0 : /[A-Z0-9%]/.test(ch) ? 0.62 : 0.52;
    return w * size;
  };
}

/** Render a Vega-Lite spec with its rows to SVG. */
/** Compiled Vega runtimes by spec (without data): a template is compiled once per process. */
const runtimes = new Map<string, Vega.Runtime>();
const ROWS = 'rows';

export async function renderSvg(spec: Record<string, unknown>, data: ChartData): Promise<string> {
  const { usermeta: _u, ...rest } = spec;
  // drawn once per spec and rows, between processes too (svg-cache.ts); Vega loads only to draw
  return cachedSvg([JSON.stringify(rest), JSON.stringify(data.rows), data.alt], () => drawSvg(rest, data));
}

async function drawSvg(rest: Record<string, unknown>, data: ChartData): Promise<string> {
  const vega = await import('vega');
  setTextMetrics(vega);
  const { compileSpec } = await import('./vega-compile.js');
  const key = JSON.stringify(rest);
  let runtime = runtimes.get(key);
  if (!runtime) {
    runtime = vega.parse(compileSpec(rest, ROWS));
    runtimes.set(key, runtime);
    if (runtimes.size > 256) runtimes.delete(runtimes.keys().next().value!);
  }
  const refused: string[] = [];
  const view = new vega.View(runtime, { renderer: 'none', loader: refusingLoader(refused) as never });
  view.data(ROWS, data.rows.map((r) => ({ ...r })));
  let svg: string;
  try { svg = await view.toSVG(); } finally { view.finalize(); }
  if (refused.length) {
    throw new QuarterDeckError([{ code: 'E_TEMPLATE', field: 'url', message: 'a chart spec tried to load data from a URL or file; nothing was loaded', found: refused.join(', ') }]);
  }
  return svg.replace('<svg ', `<svg role="img" aria-label="${escapeAttr(data.alt)}" `);
}

/**
 * A Vega loader that loads nothing: no URL, no file, no image. A chart's only data is its rows.
 * (The template check refuses a spec with a `url`; this holds even for a spec that slips past it.)
 */
export function refusingLoader(refused: string[]): Record<string, unknown> {
  const refuse = async (uri: unknown) => {
    refused.push(String(uri));
    throw new Error(`chart specs cannot load "${String(uri)}"`);
  };
  return { options: {}, load: refuse, sanitize: refuse, http: refuse, file: refuse, fileAccess: false };
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
