// One build of a package at a time: a lock file beside the package (.<audience>.lock, made with
// O_EXCL) holds the builder's process id. A lock whose process is gone (a build killed with -9) is
// stale and taken over. The lock and any folder made for it are removed on release, so a build
// that fails before it writes leaves the output folder as it was.
import { closeSync, mkdirSync, openSync, readFileSync, rmdirSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { QuarterDeckError } from '../errors/problem.js';
import { writeProblem } from './package-writer.js';

const held = new Set<string>();

const alive = (pid: number) => {
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
};

export const lockPath = (dir: string) => join(dirname(dir), `.${basename(dir)}.lock`);

/** Take the lock of the package at `dir`; the returned function releases it. */
export function lockPackage(dir: string, outDir: string): () => void {
  const path = lockPath(dir);
  let made: string | undefined;
  try { made = mkdirSync(dirname(path), { recursive: true }); } catch (e) { throw writeProblem(e, dirname(path)); }
  const release = (): void => {
    held.delete(path);
    try { unlinkSync(path); } catch { /* gone already */ }
    if (made) removeEmpty(dirname(path), made, outDir);
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      held.add(path);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') { release(); throw writeProblem(e, path); }
      const pid = Number(readFileSync(path, 'utf8').trim());
      const busy = pid === process.pid ? held.has(path) : Number.isInteger(pid) && pid > 0 && alive(pid);
      if (busy) {
        if (made) removeEmpty(dirname(path), made, outDir);
        throw new QuarterDeckError([{ code: 'E_LOCKED', file: relative(process.cwd(), dir) || dir, message: `another build (process ${pid}) is writing this package`, hint: `Wait for it to finish; if no such build runs, remove ${path}.` }]);
      }
      unlinkSync(path); // stale: its build is gone
    }
  }
  throw new QuarterDeckError([{ code: 'E_LOCKED', file: path, message: 'cannot take the package lock' }]);
}

/** Remove the folders made for a lock, deepest first, while they are empty. */
function removeEmpty(dir: string, top: string, outDir: string): void {
  for (let d = dir; d.length >= top.length && d !== outDir; d = dirname(d)) {
    try { rmdirSync(d); } catch { return; }
  }
}
