// A cache folder kept to its newest entries: every edit of a template, every other chart and every
// rebuilt program makes new entries, and nothing else removes the old ones. Pruned at most once per
// process and folder, after a write (a process that only reads never lists the folder).
import { readdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { cacheMap } from '../cache/registry.js';

const pruned = cacheMap<string, true>({ name: 'cache folders pruned', keyedBy: 'the folder (path)', max: 64 });

/** Remove all but the `keep` newest files of `dir` (once per process; errors are ignored). */
export function pruneOnce(dir: string, keep: number): void {
  if (pruned.has(dir)) return;
  pruned.set(dir, true);
  try {
    const names = readdirSync(dir);
    if (names.length <= keep) return;
    const files = names.map((n) => { try { return { n, t: statSync(join(dir, n)).mtimeMs }; } catch { return undefined; } }).filter((f) => f !== undefined);
    files.sort((a, b) => b.t - a.t);
    for (const f of files.slice(keep)) { try { unlinkSync(join(dir, f.n)); } catch { /* another process removed it */ } }
  } catch { /* no folder: nothing to prune */ }
}
