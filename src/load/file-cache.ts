// Derived files cached on disk by a hash of everything they are made from (a font subset: the font
// file, its size and date, the characters). An optimisation only: an unwritable or damaged cache is
// ignored, and a changed input is a new key, never a stale hit. QUARTERDECK_CACHE=off disables it
// (the folder: cache/folder.ts).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheFolder } from '../cache/folder.js';

/**
 * The bytes `make()` returns for these key parts, from the cache when they were made before. Key
 * parts that are existing files stand for their size and modification time as well.
 */
export function cachedFile(kind: string, parts: string[], make: () => Buffer): Buffer {
  const dir = cacheFolder(kind);
  if (!dir) return make();
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(p).update('\0');
    try { const st = statSync(p, { throwIfNoEntry: false }); if (st?.isFile()) h.update(`${st.size}:${st.mtimeMs}`); } catch { /* not a file */ }
    h.update('\0');
  }
  const path = join(dir, h.digest('hex'));
  try { return readFileSync(path); } catch { /* not cached yet */ }
  const bytes = make();
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${path}.${process.pid}`, bytes);
    renameSync(`${path}.${process.pid}`, path);
  } catch { /* a cache we cannot write is no cache */ }
  return bytes;
}
