// `batch --redis` and `schedule --redis`: the producer. It snapshots each company's inputs once
// (content-addressed, uploaded to Redis only when Redis does not have that hash), queues one job per
// package carrying the snapshot's hash, waits for the results, checks their hashes and writes each
// package into its own out/ — the same out/, manifests and skipping of unchanged packages as a
// local batch (runBatch), with the building done by workers anywhere.
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { Redis } from 'ioredis';
import { runBatch, type BatchEvent, type BuildOne, type PackageResult } from '../batch/run-batch.js';
import { packageName, type PackageSpec } from '../batch/spec.js';
import { DEFAULT_CHECK_INTERVAL, DEFAULT_TTLS, QUEUE, jobOptions, type RemoteJob, type RemoteResult, type Ttls } from './bull.js';
import { collect } from './collect.js';
import { closeAll, connect } from './connection.js';
import { fingerprint } from './fingerprint.js';
import { queueError, queueMessages } from './messages.js';
import { makeSnapshot, sha256, type Snapshot } from './snapshot.js';
import { hasSnapshot, putSnapshot, redisArtifacts } from './store.js';
import { QuarterDeckError } from '../errors/problem.js';
import { JobWaiter } from './waiter.js';

export interface RemoteBatchOptions {
  url: string;
  dataDir: string;
  outDir: string;
  /** user template folders, in search order (they travel in the snapshot) */
  templates: string[];
  /** the config file's look */
  defaults: { theme?: string };
  force?: boolean;
  signal?: AbortSignal;
  onEvent?: (e: BatchEvent) => void;
  /** what the user should know that is not a result (no worker yet, a job queued again) */
  warn?: (message: string) => void;
  ttls?: Ttls;
  /** seconds without Redis before the batch gives up (default 60) */
  redisTimeout?: number;
  /** seconds before unfinished packages fail (default 0: no limit) */
  timeout?: number;
  /** ms before a failed job's first retry, doubling with each retry (default 1000) */
  retryDelay?: number;
  /** seconds between the producer's own checks of its jobs in Redis, besides BullMQ's events (default 2):
   *  how soon a job Redis lost is queued again, and how finely `redisTimeout` and `timeout` are kept */
  checkInterval?: number;
}

/** Where and from what a package was built, for the history. */
export interface RemoteMeta { worker: string; snapshot: string; attempt: number; queuedAt: string; startedAt: string; finishedAt: string }

/** A package's input hash: its snapshot, its spec and the QuarterDeck that builds it. */
export const packageHash = (snapshot: string, s: PackageSpec, fp: string) =>
  sha256(JSON.stringify({ snapshot, company: s.company, period: s.period ?? null, audience: s.audience, formats: s.formats ? [...s.formats].sort() : 'audience', fp }));

async function snapshotsFor(specs: PackageSpec[], o: RemoteBatchOptions, fp: string): Promise<Map<string, Snapshot | Error>> {
  const out = new Map<string, Snapshot | Error>();
  for (const company of new Set(specs.map((s) => s.company))) {
    out.set(company, await makeSnapshot(o.dataDir, o.templates, { company, source: resolve(o.dataDir, company), templates: o.templates.length, defaults: o.defaults, fingerprint: fp }).catch((e: Error) => e));
  }
  return out;
}

/** Snapshots go up once per run (Redis keeps one copy per hash) and again if Redis lost them. */
function uploader(c: Redis, ttl: number, warn?: (m: string) => void) {
  const wanted = new Map<string, Snapshot>();
  return {
    /** Upload unless Redis has it; when Redis is away, the job's retry brings it back later. */
    async ensure(s: Snapshot): Promise<void> {
      if (wanted.has(s.hash)) return;
      wanted.set(s.hash, s);
      await putSnapshot(c, s.hash, s.gz, ttl).catch(() => undefined);
    },
    async refresh(): Promise<void> {
      for (const s of wanted.values()) {
        if (await hasSnapshot(c, s.hash)) continue;
        await putSnapshot(c, s.hash, s.gz, ttl);
        warn?.(`snapshot ${s.hash.slice(0, 12)} (${s.options.company}) was not in Redis any more: uploaded again`);
      }
    },
  };
}

const isConnectionError = (e: unknown) => /max retries per request|Connection is closed|ECONNREFUSED|ECONNRESET|Stream isn't writeable/i.test(String((e as Error)?.message ?? e));

/** Collect a finished job's documents; while Redis is briefly away, try again (up to `seconds`). */
async function collectPatiently(f: () => Promise<string[]>, seconds: number): Promise<string[]> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    try { return await f(); } catch (e) {
      if (!isConnectionError(e) || Date.now() > until) throw e;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

async function connected(url: string): Promise<Redis> {
  const c = connect(url, 'commands');
  try { await c.ping(); return c; } catch (e) { closeAll(c); throw queueError('redisUnreachable', url, (e as Error).message); }
}

export async function runRemoteBatch(specs: PackageSpec[], o: RemoteBatchOptions): Promise<{ results: PackageResult[]; meta: Map<string, RemoteMeta> }> {
  const ttls = o.ttls ?? DEFAULT_TTLS;
  const fp = fingerprint();
  const snapshots = await snapshotsFor(specs, o, fp);
  const commands = await connected(o.url);
  const queue = new Queue<RemoteJob, RemoteResult>(QUEUE, { connection: commands });
  queue.on('error', () => undefined);
  const uploads = uploader(commands, ttls.snapshot, o.warn);
  const waiter = new JobWaiter(o.url, queue, commands, {
    redisTimeout: o.redisTimeout ?? 60, timeout: o.timeout ?? 0, checkInterval: o.checkInterval ?? DEFAULT_CHECK_INTERVAL, beforeRetry: () => uploads.refresh(),
    onRequeue: (name) => o.warn?.(`${name}: ${queueMessages.jobLost()}`),
  });
  const meta = new Map<string, RemoteMeta>();
  const store = redisArtifacts(commands);
  const queued = jobOptions(o.retryDelay);
  const build: BuildOne = async (spec) => {
    const s = snapshots.get(spec.company)!;
    if (s instanceof Error) throw s;
    await uploads.ensure(s);
    for (let attempt = 1; ; attempt++) {
      const data: RemoteJob = { spec, snapshot: s.hash, fingerprint: fp, resultTtl: ttls.result, queuedAt: new Date().toISOString() };
      const r = await waiter.run(randomUUID(), packageName(spec), data, queued);
      try {
        const outputs = await collectPatiently(() => collect(store, o.outDir, spec, r, packageHash(s.hash, spec, fp)), o.redisTimeout ?? 60);
        meta.set(packageName(spec), { worker: r.worker, snapshot: r.snapshot, attempt: r.attempt, queuedAt: data.queuedAt, startedAt: r.startedAt, finishedAt: r.finishedAt });
        return { outputs, period: r.period };
      } catch (e) {
        // a result Redis lost before we collected it (a restart): build the package once more
        if (attempt > 1 || !(e instanceof QuarterDeckError) || !/not in Redis any more/.test(e.message)) throw e;
        o.warn?.(`${packageName(spec)}: ${e.message}; queued again`);
      }
    }
  };
  const hash = (spec: PackageSpec) => { const s = snapshots.get(spec.company); return s && !(s instanceof Error) ? packageHash(s.hash, spec, fp) : ''; };
  try {
    await Promise.race([waiter.ready(), new Promise((r) => setTimeout(r, 5000).unref())]);
    if (!(await queue.getWorkers().catch(() => [1])).length) o.warn?.(queueMessages.noWorkers(o.url));
    const results = await runBatch(specs, { build, hash, outDir: o.outDir, concurrency: Math.max(1, specs.length), force: o.force, signal: o.signal, onEvent: o.onEvent });
    return { results, meta };
  } finally {
    await waiter.close();
    await Promise.race([queue.close().catch(() => undefined), new Promise((r) => setTimeout(r, 2000).unref())]);
    closeAll(commands);
  }
}
