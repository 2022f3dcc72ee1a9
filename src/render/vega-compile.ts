// Vega-Lite specs compiled once, cached by content: in memory for the life of a process (the
// template check and the chart renderers of the release and the deck ask for the same few specs),
// and on disk between processes (the compiled Vega spec is JSON; the key is the spec's text and the
// Vega-Lite version, so an edit or an upgrade is a new key, never a stale hit).
import { compile, version, type TopLevelSpec } from 'vega-lite';
import type { Spec } from 'vega';
import { cachedFile } from '../load/file-cache.js';

const FORMAT = 'qd-vega-1';
const compiled = new Map<string, Spec>();

/** The Vega spec of a Vega-Lite spec (without usermeta) whose data is the named source `data`. */
export function compileSpec(spec: Record<string, unknown>, data = 'rows'): Spec {
  const key = `${data}\0${JSON.stringify(spec)}`;
  let out = compiled.get(key);
  if (!out) {
    const json = cachedFile('vega', [FORMAT, version, key], () => Buffer.from(JSON.stringify(compile({ ...spec, data: { name: data } } as TopLevelSpec).spec)));
    out = JSON.parse(json.toString('utf8')) as Spec;
    compiled.set(key, out);
    if (compiled.size > 256) compiled.delete(compiled.keys().next().value!);
  }
  return out;
}
