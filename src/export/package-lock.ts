// One build of a package at a time: a lock file beside the package (.<audience>.lock) holds the
// builder's process id (export/pid-lock.ts; a lock left by a build killed with -9 is taken over).
// The lock and any folder made for it are removed on release, so a build that fails before it
// writes leaves the output folder as it was.
import { mkdirSync, rmdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { QuarterDeckError } from '../errors/problem.js';
import { writeProblem } from './package-writer.js';
import { takePidLock } from './pid-lock.js';

export const lockPath = (dir: string) => join(dirname(dir), `.${basename(dir)}.lock`);

/** Take the lock of the package at `dir`; the returned function releases it. */
export function lockPackage(dir: string, outDir: string): () => void {
  const path = lockPath(dir);
  let made: string | undefined;
  try { made = mkdirSync(dirname(path), { recursive: true }); } catch (e) { throw writeProblem(e, dirname(path)); }
  const tidy = () => { if (made) removeEmpty(dirname(path), made, outDir); };
  let lock: ReturnType<typeof takePidLock>;
  try { lock = takePidLock(path); } catch (e) { tidy(); throw writeProblem(e, path); }
  if ('holder' in lock) {
    tidy();
    throw new QuarterDeckError([{ code: 'E_LOCKED', file: relative(process.cwd(), dir) || dir, message: `another build (process ${lock.holder}) is writing this package`, hint: `Wait for it to finish; if no such build runs, remove ${path}.` }]);
  }
  const { release } = lock;
  return () => { release(); tidy(); };
}

/** Remove the folders made for a lock, deepest first, while they are empty. */
function removeEmpty(dir: string, top: string, outDir: string): void {
  for (let d = dir; d.length >= top.length && d !== outDir; d = dirname(d)) {
    try { rmdirSync(d); } catch { return; }
  }
}
