// Parsed template files cached on disk between processes: the plain data a parser makes of a file
// (objects, arrays, Maps, Sets, Decimals; load/graph-codec.ts) keyed by the key parts (the file's
// name and text) and the program (load/code-version.ts: the parser and its schemas live in the
// code), so an edit or a rebuilt program is a new key, never a stale hit. What fails to parse, or
// parses to nothing, is never cached (its problems are said every time). Written to a temporary
// file and renamed into place; a damaged or unwritable cache is no cache. QUARTERDECK_CACHE=off disables it.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheFolder } from '../cache/folder.js';
import { codeVersion } from './code-version.js';
import { decodeGraph, encodeGraph } from './graph-codec.js';
import { pruneOnce } from './cache-prune.js';

const FORMAT = 'qd-parsed-1';
const KEEP = 2000;

/**
 * `parse()`'s result for these key parts: from the disk when this program parsed the same before.
 * `store`: the cache folder and how many entries it keeps (large entries: a folder of their own, fewer kept).
 */
export function cachedParse<T>(kind: string, parts: string[], parse: () => T, store = { folder: 'parsed', keep: KEEP }): T {
  const dir = cacheFolder(store.folder);
  if (!dir) return parse();
  const h = createHash('sha256').update(FORMAT).update('\0').update(codeVersion()).update('\0').update(kind);
  for (const p of parts) h.update('\0').update(p);
  const path = join(dir, `${h.digest('hex')}.bin`);
  try { return decodeGraph<T>(readFileSync(path)); } catch { /* not cached yet, or damaged */ }
  const value = parse();
  if (value === undefined) return value;
  try {
    const bytes = encodeGraph(value);
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${path}.${process.pid}.tmp`, bytes);
    renameSync(`${path}.${process.pid}.tmp`, path);
    pruneOnce(dir, store.keep);
  } catch { /* not plain data, or an unwritable folder: no cache */ }
  return value;
}
