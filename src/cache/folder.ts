// The folder of the caches on disk: node_modules/.cache/quarterdeck, one subfolder per kind of file
// (yaml, parsed, analysis, svg, vega, handlebars, fonts, pdf, pptx). QUARTERDECK_CACHE=<dir> moves
// it, QUARTERDECK_CACHE=off disables every cache on disk. Resolved here only.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder when QUARTERDECK_CACHE is not set (a constant: asked for once per cached file). */
const DEFAULT_ROOT = fileURLToPath(new URL('../../node_modules/.cache/quarterdeck', import.meta.url));

/** The cache root, or undefined when caches on disk are off. */
export function cacheRoot(): string | undefined {
  const env = process.env.QUARTERDECK_CACHE;
  if (env === 'off') return undefined;
  return env || DEFAULT_ROOT;
}

/** The cache folder of one kind of file, or undefined when caches on disk are off. */
export function cacheFolder(kind: string): string | undefined {
  const root = cacheRoot();
  return root && join(root, kind);
}
