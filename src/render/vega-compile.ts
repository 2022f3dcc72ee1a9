// Vega-Lite specs compiled once per process, cached by content: the template check and the chart
// renderer of the release and the deck all ask for the same few specs.
import { compile, type TopLevelSpec } from 'vega-lite';
import type { Spec } from 'vega';

const compiled = new Map<string, Spec>();

/** The Vega spec of a Vega-Lite spec (without usermeta) whose data is the named source `data`. */
export function compileSpec(spec: Record<string, unknown>, data = 'rows'): Spec {
  const key = `${data}\0${JSON.stringify(spec)}`;
  let out = compiled.get(key);
  if (!out) {
    out = compile({ ...spec, data: { name: data } } as TopLevelSpec).spec;
    compiled.set(key, out);
    if (compiled.size > 256) compiled.delete(compiled.keys().next().value!);
  }
  return out;
}
