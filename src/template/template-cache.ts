// What the template stage has read, kept for the life of a process (batch, schedule, preview build
// many packages from the same folders): one entry per part — a folder set's catalogs, the slides, a
// theme, a chart spec, the release's files, a file's lines — valid while none of the files it was
// read from has changed (their modification times). The stage's only cache of what it read; the
// caches of work done with it are their owners' (compiled Handlebars: render/compiled-templates.ts,
// compiled Vega: render/vega-compile.ts, drawn SVG: render/svg-cache.ts, parsed files on disk:
// load/parsed-cache.ts).
import { statSync } from 'node:fs';
import { cacheMap } from '../cache/registry.js';

const kept = cacheMap<string, { stamp: string; value: unknown }>({ name: 'template files read', keyedBy: "the part and its files' modification times", max: 512 });

/** `read()`'s value for this part, read again only when one of `files` changed (a missing file throws, as reading it would). */
export function readOnce<T>(kind: string, key: string, files: readonly string[], read: () => T): T {
  const stamp = files.map((f) => `${f}@${statSync(f).mtimeMs}`).join('|');
  const id = `${kind}\0${key}`;
  const hit = kept.get(id);
  if (hit && hit.stamp === stamp) return hit.value as T;
  const value = read();
  kept.delete(id);
  kept.set(id, { stamp, value });
  return value;
}
