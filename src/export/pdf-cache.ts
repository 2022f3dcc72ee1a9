// Printed PDFs cached on disk by what makes them: the HTML, the print options, the browser (its
// binary's path, size and date) and the installed fonts (fontconfig's cache files). The same
// document printed again (a package rebuilt with one document changed, a cold build of unchanged
// inputs) is read back instead of laid out and printed by Chromium again, with this print's date.
// A print that made a request the browser refused is never stored (every print of it records what
// was blocked). An optimisation only: an unwritable or damaged cache is no cache; QUARTERDECK_CACHE=off
// disables it; the newest entries are kept.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PDFOptions } from 'puppeteer-core';
import { cacheFolder } from '../cache/folder.js';
import { pruneOnce } from '../load/cache-prune.js';
import { cachedValue } from '../cache/registry.js';

const FORMAT = 'qd-pdf-1';
const KEEP = 64;
const FONT_CACHES = ['/var/cache/fontconfig'];
const CHROMIUM_BINARIES = ['/usr/lib/chromium/chromium', '/usr/lib/chromium/chromium-headless-shell'];

/** The installed fonts, as fontconfig's cache files (names, sizes, dates): a font installed or removed is another key. */
const fontState = cachedValue({ name: 'installed fonts', keyedBy: "fontconfig's cache files" }, (): string => {
  const parts: string[] = [];
  for (const dir of FONT_CACHES) {
    try {
      for (const n of readdirSync(dir).sort()) { const st = statSync(join(dir, n)); parts.push(`${n}:${st.size}:${st.mtimeMs}`); }
    } catch { parts.push(`${dir}: none`); }
  }
  return parts.join('\n');
});

/** The cache file of a print, or undefined when caching is off. */
export function pdfCachePath(browser: string, html: string, options: PDFOptions): string | undefined {
  const dir = cacheFolder('pdf');
  if (!dir) return undefined;
  const h = createHash('sha256').update(FORMAT).update('\0').update(browser).update('\0');
  // the binary, and Debian's Chromium binaries behind a wrapper script (/usr/bin/chromium): an upgrade is a new key
  for (const file of [browser, ...CHROMIUM_BINARIES]) {
    try { const st = statSync(file); h.update(`${file}:${st.size}:${st.mtimeMs}\0`); } catch { /* not installed */ }
  }
  h.update('\0').update(fontState()).update('\0').update(JSON.stringify(options)).update('\0').update(html);
  return join(dir, `${h.digest('hex')}.pdf`);
}

/** Chromium's date stamps (/CreationDate and /ModDate), fixed width: "(D:YYYYMMDDHHmmSS+00'00')". */
export const PDF_DATES = /\/(CreationDate|ModDate) \(D:\d{14}\+00'00'\)/g;
const stamp = (d: Date) => `D:${d.toISOString().replace(/[-:T]/g, '').slice(0, 14)}+00'00'`;

/** A stored print with this print's date (the same byte length: the cross-reference offsets hold). */
export function readCachedPdf(path: string, now = new Date()): Uint8Array | undefined {
  let bytes: Buffer;
  try { bytes = readFileSync(path); } catch { return undefined; }
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-' || !bytes.subarray(-32).toString('latin1').includes('%%EOF')) return undefined;
  const text = bytes.toString('latin1');
  const at = stamp(now);
  const restamped = Buffer.from(text.replace(PDF_DATES, (_m, key: string) => `/${key} (${at})`), 'latin1');
  return new Uint8Array(restamped.buffer, restamped.byteOffset, restamped.byteLength);
}

/** Store a print (written to a temporary file and renamed into place). */
export function storePdf(path: string, pdf: Uint8Array): void {
  try {
    const dir = join(path, '..');
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${path}.${process.pid}.tmp`, pdf);
    renameSync(`${path}.${process.pid}.tmp`, path);
    pruneOnce(dir, KEEP);
  } catch { /* a cache we cannot write is no cache */ }
}
