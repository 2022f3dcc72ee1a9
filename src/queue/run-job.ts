// A queued run's record: each package with the worker that built it, its input hash, its snapshot
// and its times. Used by `batch --redis` (a run of job "batch") and `schedule --redis`.
import { createHash, randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import { expand } from '../batch/spec.js';
import type { PackageResult } from '../batch/run-batch.js';
import { History, type PackageRecord, type RunRecord } from '../history/store.js';
import type { RunJob } from '../schedule/scheduler.js';
import { runRemoteBatch, type RemoteBatchOptions, type RemoteMeta } from './producer.js';

export function packageRecords(results: PackageResult[], meta: Map<string, RemoteMeta>): PackageRecord[] {
  return results.map((r) => ({ name: r.name, status: r.status, ms: r.ms, error: r.error, inputHash: r.hash || undefined, ...meta.get(r.name) }));
}

export function runSummary(results: PackageResult[], meta: Map<string, RemoteMeta>): Pick<RunRecord, 'status' | 'inputHash' | 'outputs' | 'packages' | 'error'> {
  const failed = results.filter((r) => r.status === 'failed');
  return {
    status: failed.length ? 'failed' : results.some((r) => r.status === 'interrupted') ? 'interrupted' : results.every((r) => r.status === 'unchanged') ? 'unchanged' : 'ok',
    inputHash: createHash('sha256').update(results.map((r) => r.hash ?? '').join('\n')).digest('hex'),
    outputs: results.flatMap((r) => r.outputs),
    packages: packageRecords(results, meta),
    error: failed.map((r) => `${r.name}: ${r.error}`).join('\n') || undefined,
  };
}

/** Record a `batch --redis` run in <out>/.history/runs.jsonl. */
export function recordBatch(outDir: string, start: Date, results: PackageResult[], meta: Map<string, RemoteMeta>): void {
  new History(join(outDir, '.history', 'runs.jsonl')).append({ id: randomUUID(), job: 'batch', start: start.toISOString(), end: new Date().toISOString(), ...runSummary(results, meta) });
}

/** The scheduler's runner when it is a producer: each job's packages built by queue workers, written into the job's out/. */
export function remoteJobRunner(o: Omit<RemoteBatchOptions, 'onEvent' | 'signal'>): RunJob {
  return async (job, signal) => {
    const outDir = job.out ? resolve(job.out) : o.outDir;
    const { results, meta } = await runRemoteBatch(expand(job.build), { ...o, outDir, force: job.force ?? o.force, signal });
    return runSummary(results, meta);
  };
}
