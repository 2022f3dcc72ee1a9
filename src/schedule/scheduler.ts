// A long-lived scheduler: runs jobs when due, never the same job twice at once (a run still going
// when the next is due is skipped and recorded), finishes the running package and stops cleanly.
import { Cron } from 'croner';
import { randomUUID } from 'node:crypto';
import type { History, RunRecord } from '../history/store.js';
import type { Job } from './schedule-file.js';

export type Log = (event: string, fields?: Record<string, unknown>) => void;

/** One JSON object per line: what the scheduler does, for log collectors. */
export const jsonLog = (write: (s: string) => void, now: () => Date = () => new Date()): Log =>
  (event, fields = {}) => write(`${JSON.stringify({ time: now().toISOString(), event, ...fields })}\n`);

/** Runs one job; resolves with what to record. Must stop starting packages when signalled. */
export type RunJob = (job: Job, signal: AbortSignal) => Promise<Pick<RunRecord, 'status' | 'inputHash' | 'outputs' | 'packages' | 'error'>>;

export class Scheduler {
  private crons: Cron[] = [];
  private running = new Map<string, Promise<RunRecord>>();
  private abort = new AbortController();
  stopped = false;

  constructor(private jobs: Job[], private o: { runJob: RunJob; history: History; log: Log; timezone: string; now?: () => Date }) {}

  private now(): Date { return this.o.now?.() ?? new Date(); }

  start(): void {
    for (const job of this.jobs) {
      const cron = new Cron(job.cron, { timezone: job.timezone ?? this.o.timezone, name: job.name }, () => { void this.trigger(job.name); });
      this.crons.push(cron);
      this.o.log('scheduled', { job: job.name, cron: job.cron, timezone: job.timezone ?? this.o.timezone, next: cron.nextRun()?.toISOString() });
    }
  }

  /** Run a job now, unless it is still running (then the run is skipped and recorded). */
  async trigger(name: string): Promise<RunRecord> {
    const job = this.jobs.find((j) => j.name === name);
    if (!job) throw new Error(`no job "${name}"`);
    const id = randomUUID();
    if (this.stopped) {
      const r: RunRecord = { id, job: name, start: this.now().toISOString(), end: this.now().toISOString(), status: 'skipped', error: 'scheduler stopping' };
      this.o.history.append(r);
      return r;
    }
    if (this.running.has(name)) {
      const r: RunRecord = { id, job: name, start: this.now().toISOString(), end: this.now().toISOString(), status: 'skipped', error: 'previous run still going' };
      this.o.history.append(r);
      this.o.log('skipped', { job: name, run: id, reason: r.error });
      return r;
    }
    const start = this.now().toISOString();
    this.o.history.append({ id, job: name, start, status: 'running' });
    this.o.log('run-start', { job: name, run: id });
    const p = (async (): Promise<RunRecord> => {
      let rec: RunRecord;
      try {
        const out = await this.o.runJob(job, this.abort.signal);
        rec = { id, job: name, start, end: this.now().toISOString(), ...out, status: this.abort.signal.aborted && out.status === 'ok' && out.packages?.some((p2) => p2.status === 'interrupted') ? 'interrupted' : out.status };
      } catch (e) {
        rec = { id, job: name, start, end: this.now().toISOString(), status: 'failed', error: (e as Error).message };
      }
      this.o.history.append(rec);
      this.o.log('run-end', { job: name, run: id, status: rec.status, packages: rec.packages?.length, error: rec.error });
      return rec;
    })();
    this.running.set(name, p);
    try { return await p; } finally { this.running.delete(name); }
  }

  /** Stop: no new runs; running jobs finish their current package; then resolve. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const c of this.crons) c.stop();
    this.abort.abort();
    this.o.log('stopping', { running: [...this.running.keys()] });
    await Promise.allSettled([...this.running.values()]);
    this.o.log('stopped');
  }
}
