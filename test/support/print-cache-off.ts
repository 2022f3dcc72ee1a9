// The PDF cache off, every other cache on disk as it is: for a test whose point is Chromium's print
// (each document laid out and printed again), not the fonts, charts, templates and figures before it,
// which it reads from the run's warm caches instead of making them again with every cache off.
// The cache root is moved (QUARTERDECK_CACHE) to a folder of links to the shared root's folders,
// where `pdf` is a file: a print cache that cannot be read or written is no cache (export/pdf-cache.ts).
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheRoot } from '../../src/cache/folder.js';

// the kinds made before any file of the run wrote its own: the shared folder exists for each, so that
// what this test makes is kept for the next test too
const KINDS = ['yaml', 'parsed', 'analysis', 'figures', 'texts', 'handlebars', 'vega', 'svg', 'fonts', 'pdftext', 'pptx'];

/** Turn the print cache off until `restore()`; the other caches stay (links to the same folders). */
export function printCacheOff(): { restore(): void } {
  const before = process.env.QUARTERDECK_CACHE;
  const shared = cacheRoot();
  const root = mkdtempSync(join(tmpdir(), 'qd-no-pdf-cache-'));
  if (shared) {
    for (const kind of KINDS) mkdirSync(join(shared, kind), { recursive: true });
    for (const kind of readdirSync(shared)) if (kind !== 'pdf') symlinkSync(join(shared, kind), join(root, kind));
  }
  writeFileSync(join(root, 'pdf'), 'no print cache in this test\n');
  process.env.QUARTERDECK_CACHE = root;
  return {
    restore() {
      if (before === undefined) delete process.env.QUARTERDECK_CACHE; else process.env.QUARTERDECK_CACHE = before;
      rmSync(root, { recursive: true, force: true }); // the links, not what they point to
    },
  };
}
