// One long-lived scheduler per schedule: a lock beside its history (runs.jsonl.lock) holds the
// scheduler's process id. A second scheduler on the same schedule refuses to start; a lock left by
// a scheduler killed with -9 is taken over (export/pid-lock.ts).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { QuarterDeckError, said, spoken } from '../errors/problem.js';
import { takePidLock } from '../export/pid-lock.js';
import { writeProblem } from '../export/package-writer.js';

export function lockSchedule(historyPath: string, scheduleFile: string): () => void {
  const path = `${historyPath}.lock`;
  let lock: ReturnType<typeof takePidLock>;
  try { mkdirSync(dirname(path), { recursive: true }); lock = takePidLock(path); } catch (e) { throw writeProblem(e, path); }
  if ('holder' in lock) {
    throw new QuarterDeckError([spoken({ code: 'E_LOCKED', file: scheduleFile, message: said('schedulerRunning', String(lock.holder)), hint: said('stopScheduler', String(lock.holder)) })]);
  }
  return lock.release;
}
