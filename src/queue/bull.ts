// Optional queue for more than one machine: Redis with BullMQ. Producers enqueue packages;
// workers build them with a shared browser. Retries with exponential backoff; a package that
// keeps failing ends in the failed set with its error.
import { Queue, QueueEvents, Worker, type Job as BullJob } from 'bullmq';
import { Redis } from 'ioredis';
import type { PackageSpec } from '../batch/spec.js';
import { packageName } from '../batch/spec.js';
import type { BuildOne, PackageResult } from '../batch/run-batch.js';
import { SharedBrowser, isBrowserCrash } from '../batch/shared-browser.js';
import { formatProblem, QuarterDeckError } from '../errors/problem.js';

export const QUEUE = 'quarterdeck-build';

export interface QueuedResult { outputs: string[]; period: string; worker: string }

const connect = (url: string) => new Redis(url, { maxRetriesPerRequest: null });

export const jobOptions = { attempts: 3, backoff: { type: 'exponential' as const, delay: 500 }, removeOnComplete: { age: 7 * 24 * 3600 }, removeOnFail: false };

/** Enqueue packages and wait for every one to finish; results in the order given. */
export async function enqueueAndWait(url: string, specs: PackageSpec[], onDone?: (r: PackageResult) => void): Promise<PackageResult[]> {
  const connection = connect(url);
  const queue = new Queue(QUEUE, { connection });
  const events = new QueueEvents(QUEUE, { connection: connect(url) });
  try {
    await events.waitUntilReady();
    const jobs = await queue.addBulk(specs.map((s) => ({ name: packageName(s), data: s, opts: jobOptions })));
    return await Promise.all(jobs.map(async (job, i) => {
      const started = Date.now();
      let r: PackageResult;
      try {
        const v = (await job.waitUntilFinished(events)) as QueuedResult;
        r = { spec: specs[i], name: job.name, status: 'ok', ms: Date.now() - started, outputs: v.outputs };
      } catch (e) {
        r = { spec: specs[i], name: job.name, status: 'failed', ms: Date.now() - started, outputs: [], error: (e as Error).message };
      }
      onDone?.(r);
      return r;
    }));
  } finally {
    await events.close();
    await queue.close();
    connection.disconnect();
  }
}

/** Enqueue without waiting (the scheduler's producer mode). */
export async function enqueue(url: string, specs: PackageSpec[]): Promise<string[]> {
  const connection = connect(url);
  const queue = new Queue(QUEUE, { connection });
  try {
    const jobs = await queue.addBulk(specs.map((s) => ({ name: packageName(s), data: s, opts: jobOptions })));
    return jobs.map((j) => j.id ?? '');
  } finally {
    await queue.close();
    connection.disconnect();
  }
}

/** A worker: takes build jobs from the queue until closed. */
export function startWorker(url: string, build: BuildOne, o: { concurrency?: number; name?: string; log?: (e: string, f?: Record<string, unknown>) => void } = {}) {
  const browser = new SharedBrowser();
  const name = o.name ?? `worker-${process.pid}`;
  const worker = new Worker(QUEUE, async (job: BullJob<PackageSpec>) => {
    o.log?.('job-start', { worker: name, job: job.name, attempt: job.attemptsMade + 1 });
    try {
      const r = await build(job.data, browser);
      return { outputs: r.outputs, period: r.period, worker: name } satisfies QueuedResult;
    } catch (e) {
      if (isBrowserCrash(e)) await browser.restart();
      throw new Error(e instanceof QuarterDeckError ? e.problems.map(formatProblem).join('; ') : (e as Error).message);
    }
  }, { connection: connect(url), concurrency: o.concurrency ?? 2 });
  worker.on('completed', (job) => o.log?.('job-done', { worker: name, job: job.name }));
  worker.on('failed', (job, err) => o.log?.('job-failed', { worker: name, job: job?.name, attempt: job?.attemptsMade, error: err.message }));
  return {
    worker,
    async close() { await worker.close(); await browser.close(); },
  };
}
