// A PDF's pdftotext pages cached on disk by what makes them: the PDF's bytes with its two date
// stamps left out (a package rebuilt from unchanged inputs prints the same PDF with this build's
// date: export/pdf-cache.ts) and pdftotext's binary (its path, size and date). The preflight of a
// cold build of unchanged inputs, and of every package a batch builds again, then reads the pages
// back instead of starting pdftotext twice per package. An optimisation only: an unwritable or
// damaged cache is no cache; QUARTERDECK_CACHE=off disables it; the newest entries are kept.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheFolder } from '../cache/folder.js';
import { pruneOnce } from '../load/cache-prune.js';
import { PDF_DATES } from '../export/pdf-cache.js';
import type { Page } from './types.js';

const FORMAT = 'qd-pdftext-1';
const KEEP = 128;
const PDFTOTEXT = '/usr/bin/pdftotext';

function cachePath(pdf: Uint8Array): string | undefined {
  const dir = cacheFolder('pdftext');
  if (!dir) return undefined;
  const h = createHash('sha256').update(FORMAT).update('\0');
  try { const st = statSync(PDFTOTEXT); h.update(`${PDFTOTEXT}:${st.size}:${st.mtimeMs}`); } catch { h.update(`${PDFTOTEXT}: none`); }
  const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  h.update('\0').update(bytes.replace(PDF_DATES, '/$1 ()'), 'latin1');
  return join(dir, `${h.digest('hex')}.json`);
}

const isPages = (v: unknown): v is Page[] => Array.isArray(v) && v.every((p) => typeof p?.n === 'number' && typeof p?.text === 'string');

/** The pages of `pdf`: from the cache when pdftotext read the same PDF before, else `read()`'s (then stored). */
export async function cachedPdfPages(pdf: Uint8Array, read: () => Promise<Page[]>): Promise<Page[]> {
  const path = cachePath(pdf);
  if (path) {
    try { const v: unknown = JSON.parse(readFileSync(path, 'utf8')); if (isPages(v)) return v; } catch { /* not cached yet, or damaged */ }
  }
  const pages = await read();
  if (path) {
    try {
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(`${path}.${process.pid}.tmp`, JSON.stringify(pages));
      renameSync(`${path}.${process.pid}.tmp`, path);
      pruneOnce(join(path, '..'), KEEP);
    } catch { /* a cache we cannot write is no cache */ }
  }
  return pages;
}
