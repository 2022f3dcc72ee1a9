// A chart's Vega-Lite spec with its rows → inline SVG (a vega View, no canvas). The View's loader
// loads nothing: a chart's only data is its rows.
import type * as Vega from 'vega';
import { cachedSvg } from '../svg-cache.js';
import { QuarterDeckError } from '../../errors/problem.js';
import type { ChartData } from '../../contract/chart.js';
import { cacheMap } from '../../cache/registry.js';
import { escapeAttr } from '../../format/escape.js';

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

/** Compiled Vega runtimes by spec (without data): a template is compiled once per process. */
const runtimes = cacheMap<string, Vega.Runtime>({ name: 'Vega runtimes', keyedBy: 'the Vega-Lite spec without data (JSON)', max: 256 });
const ROWS = 'rows';

/** Render a Vega-Lite spec (a complete one: chart/vega-spec.ts vegaLiteSpec) with its rows to SVG. */
export async function renderSvg(spec: Record<string, unknown>, data: Pick<ChartData, 'rows' | 'alt'> & { periods?: string[] }): Promise<string> {
  const { usermeta: _u, ...spec0 } = spec;
  // a period with no figure stays on the axis as a gap (long-term ranges): the x scale's domain is every period
  const gap = data.periods?.some((p) => !data.rows.some((r) => r.period === p));
  const rest = gap ? withPeriodDomain(spec0, data.periods!) : spec0;
  // drawn once per spec and rows, between processes too (svg-cache.ts); Vega loads only to draw
  return cachedSvg([JSON.stringify(rest), JSON.stringify(data.rows), data.alt], () => drawSvg(rest, data));
}

async function drawSvg(rest: Record<string, unknown>, data: Pick<ChartData, 'rows' | 'alt'>): Promise<string> {
  const vega = await import('vega');
  setTextMetrics(vega);
  const { compileSpec, loadCompiler } = await import('../vega-compile.js');
  await loadCompiler();
  const key = JSON.stringify(rest);
  let runtime = runtimes.get(key);
  if (!runtime) {
    runtime = vega.parse(compileSpec(rest, ROWS));
    runtimes.set(key, runtime);
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


/** The spec with every x encoding of the period field given the periods as its domain (in order). */
function withPeriodDomain(spec: Record<string, unknown>, periods: string[]): Record<string, unknown> {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (!v || typeof v !== 'object') return v;
    const o = Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, walk(x)]));
    const x = (o.encoding as Record<string, unknown> | undefined)?.x as Record<string, unknown> | undefined;
    if (x && x.field === 'period') {
      const { sort: _s, ...rest } = x;
      (o.encoding as Record<string, unknown>).x = { ...rest, scale: { ...(x.scale as object | undefined), domain: periods } };
    }
    return o;
  };
  return walk(spec) as Record<string, unknown>;
}
