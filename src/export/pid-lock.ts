// A lock file that holds its owner's process id, made with O_EXCL. A lock whose process is gone
// (killed with -9) is stale and taken over; a lock held by a live process is refused.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';

const held = new Set<string>();

const alive = (pid: number) => {
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
};

/** Take the lock at `path`: a release function, or the live holder's process id. File-system errors are thrown. */
export function takePidLock(path: string): { release: () => void } | { holder: number } {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      try { writeSync(fd, `${process.pid}\n`); } finally { closeSync(fd); }
      held.add(path);
      return { release: () => { held.delete(path); try { unlinkSync(path); } catch { /* gone already */ } } };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let pid = NaN;
      try { pid = Number(readFileSync(path, 'utf8').trim()); } catch { continue; } // released meanwhile
      const busy = pid === process.pid ? held.has(path) : Number.isInteger(pid) && pid > 0 && alive(pid);
      if (busy) return { holder: pid };
      try { unlinkSync(path); } catch { /* another process took it over first */ }
    }
  }
  return { holder: NaN };
}
