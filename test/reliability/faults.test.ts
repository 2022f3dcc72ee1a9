// Faults around long-lived processes: a second scheduler on one schedule refuses to start, a run a
// killed scheduler left "running" is marked interrupted on the next start, and errors of the file
// system are problems with the path and what to do.
import { describe, it, expect } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../helpers.js';
import { History } from '../../src/history/store.js';
import { lockSchedule } from '../../src/schedule/schedule-lock.js';
import { writeProblem } from '../../src/export/package-writer.js';
import { faultError } from '../../src/cli/fault.js';
import { checksums, scratchDir } from './support.js';

const schedule = (dir: string) => {
  const f = join(dir, 's.yaml');
  writeFileSync(f, `history: ${join(dir, 'out', 'h.jsonl')}\njobs:\n  - name: nightly\n    cron: "0 2 * * *"\n    build: [{ company: harbor, formats: [figures] }]\n`);
  return f;
};

describe('schedulers', () => {
  it('a second scheduler on one schedule file refuses to start (exit 1, E_LOCKED, the schedule file); out/ unchanged', async () => {
    const dir = scratchDir('sched'); const file = schedule(dir);
    // a live scheduler (another process: our parent) holds the lock
    const history = join(dir, 'out', 'h.jsonl');
    const release = lockSchedule(history, file);
    release();
    writeFileSync(`${history}.lock`, `${process.ppid}\n`);
    const before = checksums(dir);
    const r = await run(['schedule', '--file', file, '--out', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: another scheduler \\(process ${process.ppid}\\) is running this schedule.*\\[E_LOCKED\\]`));
    expect(checksums(dir)).toEqual(before);
  });

  it('in one process too, the schedule lock is refused while held and free after release', () => {
    const dir = scratchDir('sched-2'); const file = schedule(dir);
    const history = join(dir, 'out', 'h.jsonl');
    const release = lockSchedule(history, file);
    expect(() => lockSchedule(history, file)).toThrow(/another scheduler/);
    release();
    expect(existsSync(`${history}.lock`)).toBe(false);
    lockSchedule(history, file)();
  });

  it('a run left "running" by a scheduler killed with -9 is marked interrupted on the next start', () => {
    const dir = scratchDir('sched-3');
    const h = new History(join(dir, 'runs.jsonl'));
    h.append({ id: 'a', job: 'nightly', start: '2026-01-01T02:00:00.000Z', status: 'running' });
    h.append({ id: 'b', job: 'nightly', start: '2026-01-02T02:00:00.000Z', status: 'running' });
    h.append({ id: 'b', job: 'nightly', start: '2026-01-02T02:00:00.000Z', end: '2026-01-02T02:01:00.000Z', status: 'ok' });
    const marked = h.markInterrupted(new Date('2026-01-03T00:00:00.000Z'));
    expect(marked.map((r) => r.id)).toEqual(['a']);
    expect(h.read()).toEqual([
      expect.objectContaining({ id: 'a', status: 'interrupted', end: '2026-01-03T00:00:00.000Z', error: expect.stringMatching(/scheduler stopped during this run/) }),
      expect.objectContaining({ id: 'b', status: 'ok' }),
    ]);
    expect(h.markInterrupted()).toEqual([]);
  });
});

describe('file-system and browser errors are problems, never stack traces', () => {
  const errno = (code: string, path: string) => Object.assign(new Error(`${code}: raw message, open '${path}'`), { code, path });
  const cases: [string, unknown, RegExp, RegExp][] = [
    ['ENOSPC', errno('ENOSPC', '/out/x/release.pdf'), /no space left on the device \(ENOSPC\)/, /Free some space/],
    ['EACCES (output folder not writable)', errno('EACCES', '/out/x'), /permission denied \(EACCES\)/, /Make the output folder writable, or pass --out/],
    ['EROFS', errno('EROFS', '/out/x'), /read-only \(EROFS\)/, /writable disk/],
    ['a navigation timeout', Object.assign(new Error('Navigation timeout of 30000 ms exceeded'), { name: 'TimeoutError' }), /did not finish the document in time/, /runaway loop/],
    ['a browser that crashed', new Error('Protocol error (Page.printToPDF): Target closed'), /the browser stopped while printing/, /Build again/],
    ['an unexpected error', new TypeError('x is not a function'), /unexpected error: x is not a function/, /fault in QuarterDeck/],
  ];
  for (const [name, e, message, hint] of cases) {
    it(name, () => {
      const q = faultError(e);
      expect(q.problems).toHaveLength(1);
      expect(q.problems[0].message).toMatch(message);
      expect(q.problems[0].hint).toMatch(hint);
      expect(q.message).not.toMatch(/\n\s+at /);
    });
  }
  it('the path of a file-system error is the problem\'s file', () => {
    expect(writeProblem(errno('EACCES', '/srv/out/iij'), '/srv/out').problems[0]).toMatchObject({ code: 'E_WRITE', file: '/srv/out/iij' });
  });
});
