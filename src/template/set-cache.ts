// The template stage's result kept between processes: a TemplateSet that passed every check, stored
// on disk (and in memory for the life of a process) under a hash of everything it was made from —
// the request (folders, profile, language, documents, the company's narrative sections, where the
// theme was named), the content of every file under the template folders (a file added to a user
// folder that shadows a built-in one is a new key too) and the program (load/code-version.ts). An
// edit, another request or a rebuilt program is a new key, never a stale set; a set with faults is
// never stored (its faults are said every time). A cold build of unchanged templates reads one file
// instead of parsing and checking the catalogs, slides, theme, layouts and chart specs again.
// The messages' formatters (IntlMessageFormat) are not plain data: a stored set makes each one on
// first use. An optimisation only: a damaged or unwritable cache is no cache; QUARTERDECK_CACHE=off disables it.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheFolder } from '../cache/folder.js';
import { cacheMap, identityCache } from '../cache/registry.js';
import { decodeGraph, encodeGraph } from '../load/graph-codec.js';
import { pruneOnce } from '../load/cache-prune.js';
import { messageFormat, type Catalog, type Message } from './catalog.js';
import type { TemplateSet, TemplateSetRequest } from './template-set.js';

const FORMAT = 'qd-template-set-1';
const KEEP = 64;
const keys = identityCache<TemplateSet, { key: string }>({ name: 'keys of the template sets handed out', keyedBy: 'the template set (identity)' });
const kept = cacheMap<string, TemplateSet>({ name: 'checked template sets', keyedBy: 'hash of the request, the template files (content) and the program', max: 16 });

/** Every file under `dir` (sorted, relative paths), with its content, into the hash; a missing folder counts as missing. */
function hashFolder(h: ReturnType<typeof createHash>, dir: string, rel = ''): void {
  let entries;
  try { entries = readdirSync(join(dir, rel), { withFileTypes: true }); } catch { h.update(`${rel}: none\0`); return; }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) { h.update(`${p}/\0`); hashFolder(h, dir, p); continue; }
    let bytes: Buffer | string;
    try { bytes = readFileSync(join(dir, p)); } catch { bytes = 'unreadable'; }
    h.update(`${p}\0${bytes.length}\0`).update(bytes).update('\0');
  }
}

/** The key of a request: the request itself, the files of its folders (`dirs`: the stage's lookup order) and the program. */
export function templateSetKey(r: TemplateSetRequest, dirs: string[], code: string): string {
  const h = createHash('sha256').update(FORMAT).update('\0').update(code).update('\0');
  const { profile, narrativeSections, ...rest } = r;
  h.update(JSON.stringify({ ...rest, dirs, profile: profile ?? null, narrativeSections: narrativeSections ? [...narrativeSections] : null })).update('\0');
  for (const d of dirs) { h.update(`${d}\0`); hashFolder(h, d); }
  return h.digest('hex');
}

/** The set as plain data: the messages without their formatters, the profile left out (the request's is put back). */
function plain(set: TemplateSet): unknown {
  const bare = new Map<Catalog, Catalog>();
  const catalog = (c: Catalog): Catalog => {
    let b = bare.get(c);
    if (!b) {
      const messages = new Map([...c.messages].map(([k, m]) => { const { format: _f, ...rest } = m; return [k, rest as Message]; }));
      b = { ...c, messages };
      bare.set(c, b);
    }
    return b;
  };
  const { profile: _p, ...rest } = set;
  return { ...rest, catalogs: set.catalogs.map(catalog), catalog: catalog(set.catalog) };
}

/** Each message of a stored set given its formatter, made on first use. */
function withFormats(set: TemplateSet): TemplateSet {
  for (const c of set.catalogs) {
    for (const m of c.messages.values()) {
      Object.defineProperty(m, 'format', {
        configurable: true, enumerable: true,
        get() { const format = messageFormat(m.source, c.lang); Object.defineProperty(m, 'format', { value: format, enumerable: true }); return format; },
      });
    }
  }
  return set;
}

/** The key a set handed out by cachedTemplateSet was made under (what else is kept of it is keyed by it too: check-templates.ts). */
export const templateSetKeyOf = (set: TemplateSet): string | undefined => keys.get(set)?.key;

/** `read()`'s set for this request: from memory, from the disk when this program read the same files before, else read (and stored). */
export function cachedTemplateSet(r: TemplateSetRequest, dirs: string[], code: string, read: () => TemplateSet): TemplateSet {
  const key = templateSetKey(r, dirs, code);
  const out = (set: TemplateSet): TemplateSet => { keys.set(set, { key }); return set; };
  const hit = kept.get(key);
  if (hit) return out({ ...hit, profile: r.profile });
  const dir = cacheFolder('template-set');
  const path = dir && join(dir, `${key}.bin`);
  if (path) {
    try {
      const set = withFormats(decodeGraph<TemplateSet>(readFileSync(path)));
      kept.set(key, set);
      return out({ ...set, profile: r.profile });
    } catch { /* not stored yet, or damaged */ }
  }
  const set = read();
  kept.set(key, set);
  if (path) {
    try {
      const bytes = encodeGraph(plain(set));
      mkdirSync(dir!, { recursive: true });
      writeFileSync(`${path}.${process.pid}.tmp`, bytes);
      renameSync(`${path}.${process.pid}.tmp`, path);
      pruneOnce(dir!, KEEP);
    } catch { /* not plain data, or an unwritable folder: no cache */ }
  }
  return out(set);
}
