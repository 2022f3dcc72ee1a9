// Vega-Lite specs compiled once, cached by content: in memory for the life of a process (the
// template check and the chart renderers of the release and the deck ask for the same few specs),
// and on disk between processes (the compiled Vega spec is JSON; the key is the spec's text and the
// Vega-Lite version, so an edit or an upgrade is a new key, never a stale hit).
//
// Vega-Lite (with all of Vega, about 0.4 s of CPU to load) loads only to compile a spec the disk
// cache does not hold: a cold build whose charts were compiled before never loads it. The template
// check asks synchronously; when Vega-Lite is not loaded in this thread (a chart renderer loads it
// with loadCompiler()), the spec is compiled by a worker thread while this one waits
// (vega-lite-sync.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TopLevelSpec } from 'vega-lite';
import type { Spec } from 'vega';
import { cachedFile } from '../load/file-cache.js';
import { compileInWorker } from './vega-lite-sync.js';
import { cacheMap, cachedValue } from '../cache/registry.js';

const FORMAT = 'qd-vega-1';
const compiled = cacheMap<string, Spec>({ name: 'compiled Vega specs', keyedBy: 'the data name and the Vega-Lite spec (JSON)', max: 256 });
type VegaLite = typeof import('vega-lite');
let vl: VegaLite | undefined;

/** The installed Vega-Lite's version (its package.json), without loading it. */
export function vegaLiteVersion(): string {
  return vl ? vl.version : installed();
}

const installed = cachedValue({ name: 'installed Vega-Lite version', keyedBy: "vega-lite's package.json" }, () => {
  const main = fileURLToPath(import.meta.resolve('vega-lite'));
  return (JSON.parse(readFileSync(new URL('../package.json', `file://${main}`), 'utf8')) as { version: string }).version;
});

/** Load Vega-Lite in this thread (the chart renderers, which load Vega to draw, compile here too). */
export async function loadCompiler(): Promise<void> {
  vl ??= await import('vega-lite');
}

/** A Vega-Lite spec → the compiled Vega spec's JSON text; throws Vega-Lite's error for a spec it cannot compile. */
export function compileText(spec: Record<string, unknown>): string {
  return vl ? JSON.stringify(vl.compile(spec as unknown as TopLevelSpec).spec) : compileInWorker(spec);
}

/** The Vega spec of a Vega-Lite spec (without usermeta) whose data is the named source `data`. */
export function compileSpec(spec: Record<string, unknown>, data = 'rows'): Spec {
  const key = `${data}\0${JSON.stringify(spec)}`;
  let out = compiled.get(key);
  if (!out) {
    const json = cachedFile('vega', [FORMAT, vegaLiteVersion(), key], () => Buffer.from(compileText({ ...spec, data: { name: data } })));
    out = JSON.parse(json.toString('utf8')) as Spec;
    compiled.set(key, out);
  }
  return out;
}
