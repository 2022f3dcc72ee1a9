// Every run recorded in a durable store that survives restarts: JSON lines, one append per record
// (a single write of a whole line, flushed), read back tolerantly (a torn last line is skipped).
import { appendFileSync, existsSync, mkdirSync, openSync, closeSync, fsyncSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface RunRecord {
  id: string;
  job: string;
  start: string;
  end?: string;
  status: 'running' | 'ok' | 'failed' | 'skipped' | 'unchanged' | 'interrupted';
  inputHash?: string;
  outputs?: string[];
  packages?: PackageRecord[];
  error?: string;
}

/** One package of a run; packages built by queue workers also say where, from what and when. */
export interface PackageRecord {
  name: string; status: string; ms: number; error?: string;
  inputHash?: string; worker?: string; snapshot?: string; attempt?: number; queuedAt?: string; startedAt?: string; finishedAt?: string;
}

export class History {
  constructor(readonly path: string) {}

  append(r: RunRecord): void {
    mkdirSync(dirname(this.path), { recursive: true });
    appendFileSync(this.path, `${JSON.stringify(r)}\n`, { flag: 'a' });
    const fd = openSync(this.path, 'r');
    try { fsyncSync(fd); } finally { closeSync(fd); }
  }

  /** All records; a later record with the same id replaces an earlier one (running → ok). */
  read(): RunRecord[] {
    if (!existsSync(this.path)) return [];
    const byId = new Map<string, RunRecord>();
    for (const line of readFileSync(this.path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try { const r = JSON.parse(line) as RunRecord; byId.set(r.id, r); } catch { /* a torn line from a crash */ }
    }
    return [...byId.values()];
  }

  /**
   * Runs still "running" when a scheduler starts (holding the schedule's lock) belong to a
   * scheduler that died (killed with -9): record them as interrupted.
   */
  markInterrupted(now: Date = new Date()): RunRecord[] {
    const stale = this.read().filter((r) => r.status === 'running');
    for (const r of stale) this.append({ ...r, status: 'interrupted', end: now.toISOString(), error: 'the scheduler stopped during this run (killed, or the machine went down)' });
    return stale;
  }

  latest(n: number, job?: string): RunRecord[] {
    return this.read().filter((r) => !job || r.job === job).sort((a, b) => b.start.localeCompare(a.start)).slice(0, n);
  }
}
