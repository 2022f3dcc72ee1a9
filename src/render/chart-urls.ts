// Chart specs are data-free templates: their rows come from figures.json only. A spec that names a
// URL anywhere (a layer's data, a lookup transform's `from`, an image mark, a Vega `signal` that
// loads) would read a local file or reach the network when it renders, so the check refuses it,
// and the renderer's loader refuses every load as well (render/charts.ts).
import type { Problem } from '../errors/problem.js';

/** Keys that make Vega load something: `url` (data, lookup `from`, image marks), `loader` options. */
const LOADING_KEYS = new Set(['url']);

/** Every key path of a JSON value whose key loads something. */
function loadingPaths(v: unknown, path: string[], out: string[][]): void {
  if (!v || typeof v !== 'object') return;
  if (Array.isArray(v)) { v.forEach((x, i) => loadingPaths(x, [...path, String(i)], out)); return; }
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (LOADING_KEYS.has(k)) out.push([...path, k]);
    loadingPaths(x, [...path, k], out);
  }
}

/** One problem per `url` in a chart spec, each with its line in the file. */
export function chartUrlProblems(file: string, text: string, spec: unknown): Problem[] {
  const paths: string[][] = [];
  loadingPaths(spec, [], paths);
  if (!paths.length) return [];
  // the n-th "url" key of the text is the n-th in document order (JSON.parse keeps key order)
  const lines = [...text.matchAll(/"url"\s*:/g)].map((m) => text.slice(0, m.index).split('\n').length);
  return paths.map((p, i) => ({
    code: 'E_TEMPLATE', file, line: lines[i], field: p.join('.'),
    message: 'a chart spec cannot load data from a URL or file: its rows come from the figures',
    expected: 'no "url" (the data of every layer and lookup is bound by usermeta.quarterdeck)',
    found: JSON.stringify(valueAt(spec, p)),
  }));
}

function valueAt(v: unknown, path: string[]): unknown {
  return path.reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), v);
}
