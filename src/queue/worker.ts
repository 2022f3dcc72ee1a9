// A worker: takes build jobs from the queue and runs each in a child process (BullMQ's sandboxed
// processor, build-job.ts), up to `concurrency` at once. It needs no data folder: each job carries
// the hash of its input snapshot, which the child fetches into this worker's cache.
import { Worker } from 'bullmq';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { QUEUE, WORKER_ENV as ENV, type RemoteJob, type RemoteResult } from './bull.js';
import { amount } from './amount.js';

export interface WorkerOptions {
  concurrency?: number;
  name?: string;
  /** where snapshots are cached and packages built (default .quarterdeck-worker/ in the working directory) */
  dir?: string;
  /** ms a job stays locked without a heartbeat before another worker takes it (BullMQ lockDuration, default 30 s) */
  lockDuration?: number;
  /** ms between this worker's checks for jobs whose lock ran out (BullMQ stalledInterval, default the lock duration):
   *  a dead worker's job is taken over between `lockDuration` and `lockDuration` + twice this after its last heartbeat */
  stalledInterval?: number;
  log?: (event: string, fields?: Record<string, unknown>) => void;
}

/** The worker's timers as typed (`--lock-duration`, `--stalled-interval`, ms): BullMQ needs at least 1 ms. */
export function workerTimers(f: { lockDuration?: string; stalledInterval?: string }): Pick<WorkerOptions, 'lockDuration' | 'stalledInterval'> {
  const lockDuration = amount('--lock-duration', f.lockDuration, 30_000, 1);
  return { lockDuration, stalledInterval: amount('--stalled-interval', f.stalledInterval, lockDuration, 1) };
}

/** ioredis options from a redis:// URL (BullMQ then owns, and closes, the worker's connections). */
export function redisOptionsOf(url: string) {
  const u = new URL(url);
  return {
    host: u.hostname || '127.0.0.1',
    port: u.port ? Number(u.port) : 6379,
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname && u.pathname.length > 1 ? Number(u.pathname.slice(1)) : undefined,
    tls: u.protocol === 'rediss:' ? {} : undefined,
  };
}

const within = <T>(p: Promise<T>, ms: number) => Promise.race([p.catch(() => undefined), new Promise((r) => setTimeout(r, ms).unref())]);

export function startWorker(url: string, o: WorkerOptions = {}) {
  const name = o.name ?? `worker-${process.pid}`;
  const root = resolve(o.dir ?? '.quarterdeck-worker');
  mkdirSync(join(root, 'scratch'), { recursive: true });
  Object.assign(process.env, { [ENV.redis]: url, [ENV.dir]: root, [ENV.name]: name });
  const lockDuration = o.lockDuration ?? 30_000;
  const worker = new Worker<RemoteJob, RemoteResult>(QUEUE, fileURLToPath(new URL('./build-job.js', import.meta.url)), {
    connection: { ...redisOptionsOf(url), maxRetriesPerRequest: null, retryStrategy: (n: number) => Math.min(n * 200, 1000) },
    concurrency: o.concurrency ?? 2,
    name,
    lockDuration,
    stalledInterval: o.stalledInterval ?? lockDuration,
    maxStalledCount: 2,
  });
  const active = new Set<string>();
  worker.on('error', (e) => { o.log?.('worker-error', { worker: name, error: e.message }); });
  worker.on('active', (job) => { active.add(job.id!); o.log?.('job-start', { worker: name, job: job.id, package: job.name, snapshot: job.data.snapshot.slice(0, 12), attempt: job.attemptsMade + 1 }); });
  worker.on('completed', (job) => { active.delete(job.id!); o.log?.('job-done', { worker: name, job: job.id, package: job.name }); });
  worker.on('failed', (job, err) => { if (job) active.delete(job.id!); o.log?.('job-failed', { worker: name, job: job?.id, package: job?.name, attempt: job?.attemptsMade, error: err.message }); });
  return {
    worker,
    name,
    /** Stop taking jobs; let running ones finish for up to `graceMs` while Redis is reachable; then close everything. */
    async close(graceMs = 10_000): Promise<void> {
      await worker.pause(true);
      // a running package can only be delivered while Redis is there; without it, stop at once
      const client = await within(worker.client, 500) as { status?: string } | undefined;
      const deadline = Date.now() + graceMs;
      while (client?.status === 'ready' && active.size && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      await within(worker.close(true), 3000);
    },
  };
}
