// The Handlebars checks that passed (render/template-check.ts: unknown helpers and partials, paths
// into prototypes, {{t}} messages the catalogs lack), kept between processes. What such a check
// reads is the template text, the helpers' and partials' names and the catalogs: all of it is the
// template set's (its key hashes every template file and the program: template/set-cache.ts) or
// named in the entry's own key, so a check that passed under a set's key passes again under it.
// A cold build of unchanged templates reads one small file instead of parsing every template
// again; a set without a key (caches off, a set made by hand) is checked every time, as before, and
// a check that fails is never recorded. An optimisation only: a damaged or unwritable file is no record.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheFolder } from '../cache/folder.js';
import { cacheMap } from '../cache/registry.js';
import { pruneOnce } from '../load/cache-prune.js';
import { templateSetKeyOf } from '../template/set-cache.js';
import type { TemplateSet } from '../template/template-set.js';

const FORMAT = 'qd-passed-checks-1';
const KEEP = 64;

interface Record { entries: Set<string>; added: boolean }
const records = cacheMap<string, Record>({ name: 'Handlebars checks that passed', keyedBy: 'the template set key, then a hash of the check (text, file, names)', max: 16 });

const hashOf = (parts: string[]): string => {
  const h = createHash('sha1').update(FORMAT);
  for (const p of parts) h.update('\0').update(p);
  return h.digest('hex');
};

function recordOf(setKey: string): Record {
  let r = records.get(setKey);
  if (!r) {
    let entries: string[] = [];
    const dir = cacheFolder('passed-checks');
    try { if (dir) entries = JSON.parse(readFileSync(join(dir, `${setKey}.json`), 'utf8')) as string[]; } catch { /* none yet, or damaged */ }
    r = { entries: new Set(entries), added: false };
    records.set(setKey, r);
  }
  return r;
}

/**
 * `check()`'s problems, or none without running it when the same check (its `parts`: what it reads
 * beyond the set's templates) passed before under this template set. A check that finds nothing is recorded.
 */
export function checkedOnce<P>(set: TemplateSet | undefined, parts: string[], check: () => P[]): P[] {
  const setKey = set && templateSetKeyOf(set);
  if (!setKey) return check();
  const r = recordOf(setKey);
  const key = hashOf(parts);
  if (r.entries.has(key)) return [];
  const found = check();
  if (!found.length) { r.entries.add(key); r.added = true; }
  return found;
}

/** Write the records that gained entries in this process (after a build). */
export function savePassedChecks(): void {
  const dir = cacheFolder('passed-checks');
  if (!dir) return;
  for (const [setKey, r] of records) {
    if (!r.added) continue;
    try {
      mkdirSync(dir, { recursive: true });
      const path = join(dir, `${setKey}.json`);
      writeFileSync(`${path}.${process.pid}.tmp`, JSON.stringify([...r.entries]));
      renameSync(`${path}.${process.pid}.tmp`, path);
      r.added = false;
      pruneOnce(dir, KEEP);
    } catch { /* an unwritable folder: no record */ }
  }
}
