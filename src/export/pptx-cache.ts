// deck.pptx cached on disk by what makes it: the slide model (plain data: every text, cell, chart
// row and the theme), the theme's logo file and the program (load/code-version.ts: this code and
// the installed pptxgenjs). The same deck made again (a package rebuilt with only the release
// changed, a cold build of unchanged inputs) is read back instead of written by pptxgenjs, mended
// and checked again (export/ooxml), with this build's date in its document properties and in those
// of each chart's embedded workbook (only those parts are compressed again). An optimisation only:
// an unwritable or damaged cache is no cache; QUARTERDECK_CACHE=off disables it; the newest entries are kept.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DeckModel } from '../contract/deck.js';
import { cacheFolder } from '../cache/folder.js';
import { pruneOnce } from '../load/cache-prune.js';
import { codeVersion } from '../load/code-version.js';
import { packEntry, zipStored } from './pptx-zip.js';
import { inflateRecord, zipRecords } from './zip-read.js';

const FORMAT = 'qd-pptx-1';
const KEEP = 64;

function cachePath(model: DeckModel): string | undefined {
  const dir = cacheFolder('pptx');
  if (!dir) return undefined;
  const h = createHash('sha256').update(FORMAT).update('\0').update(codeVersion()).update('\0');
  const logo = join(model.themeDir, model.theme.logo.png);
  try { const st = statSync(logo); h.update(`${logo}:${st.size}:${st.mtimeMs}`); } catch { h.update(`${logo}: none`); }
  h.update('\0').update(JSON.stringify(model));
  return join(dir, `${h.digest('hex')}.pptx`);
}

/** The W3CDTF dates of a core properties part ("2026-12-02T02:31:17Z", with milliseconds where they were written with them). */
const DATES = /(<dcterms:(?:created|modified) xsi:type="dcterms:W3CDTF">)(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z)(<\/dcterms:(?:created|modified)>)/g;

function restampCore(xml: string, now: Date): string {
  const iso = now.toISOString();
  return xml.replace(DATES, (_m, open: string, _d: string, ms: string | undefined, close: string) => `${open}${ms ? iso : iso.replace(/\.\d{3}Z$/, 'Z')}${close}`);
}

const utf8 = (d: Uint8Array) => Buffer.from(d.buffer, d.byteOffset, d.byteLength).toString('utf8');

/**
 * A package (a ZIP archive's bytes) with this date in its core properties and in those of its
 * embedded workbooks. Only those parts are inflated and compressed again; every other part is
 * copied as it is stored (the same bytes zipEntries wrote when the deck was made).
 */
function restamp(zip: Uint8Array, now: Date): Uint8Array {
  return zipStored(zipRecords(zip).map((r) => {
    if (r.name === 'docProps/core.xml') return packEntry({ name: r.name, data: Buffer.from(restampCore(utf8(inflateRecord(r).data), now), 'utf8') });
    if (/^ppt\/embeddings\/[^/]+\.xlsx$/.test(r.name)) return packEntry({ name: r.name, data: restamp(inflateRecord(r).data, now) });
    return r;
  }));
}

/** deck.pptx of this model: from the cache when this program made it before, else `make()`'s (then stored). */
export async function cachedPptx(model: DeckModel, make: () => Promise<Uint8Array>, now = new Date()): Promise<Uint8Array> {
  const path = cachePath(model);
  if (path) {
    try { return restamp(readFileSync(path), now); } catch { /* not cached yet, or damaged */ }
  }
  const pptx = await make();
  if (path) {
    try {
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(`${path}.${process.pid}.tmp`, pptx);
      renameSync(`${path}.${process.pid}.tmp`, path);
      pruneOnce(join(path, '..'), KEEP);
    } catch { /* a cache we cannot write is no cache */ }
  }
  return pptx;
}
