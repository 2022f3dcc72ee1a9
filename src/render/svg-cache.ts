// Charts drawn once, cached by content: the SVG Vega draws for a spec and its rows is kept in
// memory for the process and on disk between processes. The key is the spec, the rows, the alt
// text, Vega's version and the program's (load/code-version.ts: the text measure lives in the code),
// so other data or an edited spec is a new key, never a stale chart. Written to a temporary file and
// renamed into place; a damaged or unwritable cache is no cache. QUARTERDECK_CACHE=off disables it.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheFolder } from '../cache/folder.js';
import { codeVersion } from '../load/code-version.js';
import { pruneOnce } from '../load/cache-prune.js';
import { cacheMap } from '../cache/registry.js';
import { stringBytes } from '../cache/bounded-map.js';

const FORMAT = 'qd-svg-1';
const KEEP = 2000;
const drawn = cacheMap<string, string>({ name: 'drawn SVG charts', keyedBy: 'hash of the spec, rows, alt text and program', max: 256, maxBytes: 32 * 2 ** 20, sizeOf: stringBytes });

/** The SVG `draw()` makes for these key parts, drawn only when no process drew it before. */
export async function cachedSvg(parts: string[], draw: () => Promise<string>): Promise<string> {
  const h = createHash('sha256').update(FORMAT).update('\0').update(codeVersion());
  for (const p of parts) h.update('\0').update(p);
  const key = h.digest('hex');
  const kept = drawn.get(key);
  if (kept !== undefined) return kept;
  const dir = cacheFolder('svg');
  const path = dir && join(dir, `${key}.svg`);
  let svg: string | undefined;
  if (path) { try { svg = readFileSync(path, 'utf8'); } catch { /* not drawn yet */ } }
  if (svg === undefined || !svg.startsWith('<svg')) {
    svg = await draw();
    if (path) {
      try {
        mkdirSync(dir!, { recursive: true });
        writeFileSync(`${path}.${process.pid}.tmp`, svg);
        renameSync(`${path}.${process.pid}.tmp`, path);
        pruneOnce(dir!, KEEP);
      } catch { /* a cache we cannot write is no cache */ }
    }
  }
  drawn.set(key, svg);
  return svg;
}
