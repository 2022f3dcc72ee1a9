// A worker: takes build jobs from the queue, fetches the job's input snapshot into its local cache
// (once per hash), builds in a scratch folder of its own with a shared browser, and leaves each
// document (gzip, with its sha256) in the artifact store for the producer. It needs no data folder.
import { Worker, UnrecoverableError, type Job } from 'bullmq';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type BuildSession } from '../build.js';
import { SharedBrowser, isBrowserCrash } from '../batch/shared-browser.js';
import { formatProblem, QuarterDeckError } from '../errors/problem.js';
import { QUEUE, type RemoteFile, type RemoteJob, type RemoteResult } from './bull.js';
import { SnapshotCache } from './cache.js';
import { closeAll, connect } from './connection.js';
import { fingerprint } from './fingerprint.js';
import { queueMessages } from './messages.js';
import { sha256, snapshotOptions } from './snapshot.js';
import { getSnapshot, redisArtifacts, resultKey, type ArtifactStore } from './store.js';

export interface WorkerOptions {
  concurrency?: number;
  name?: string;
  /** where snapshots are cached and packages built (default .quarterdeck-worker/ in the working directory) */
  dir?: string;
  /** ms a job stays locked without a heartbeat before another worker takes it (BullMQ lockDuration) */
  lockDuration?: number;
  log?: (event: string, fields?: Record<string, unknown>) => void;
  /** instead of Redis, for large artifacts (an S3-compatible store) */
  artifacts?: ArtifactStore;
}

type Session = Required<BuildSession>;

/** Paths inside the worker's cache mean nothing to the producer: name them as the snapshot does. */
function messageOf(e: unknown, snapshotDir: string): string {
  const text = e instanceof QuarterDeckError ? e.problems.map(formatProblem).join('; ') : e instanceof Error ? e.message : String(e);
  return text.replaceAll(`${snapshotDir}/`, '').replaceAll(`${relative(process.cwd(), snapshotDir)}/`, '');
}

/** figures.json names the data folder it was built from: the producer's, not this worker's cache. */
function asProducerSees(json: string, source: string): Buffer {
  const figures = JSON.parse(json) as { generatedFrom: string };
  figures.generatedFrom = source;
  return Buffer.from(`${JSON.stringify(figures, null, 1)}\n`); // as build() writes it
}

async function buildJob(job: Job<RemoteJob>, token: string, dir: string, session: Session, o: { name: string; store: ArtifactStore; scratch: string }): Promise<RemoteResult> {
  const startedAt = new Date().toISOString();
  const { spec, snapshot, resultTtl } = job.data;
  const options = snapshotOptions(dir);
  const scratch = mkdtempSync(join(o.scratch, `${job.id}-`));
  try {
    const templates = Array.from({ length: options.templates }, (_, i) => join(dir, 'templates', String(i)));
    const r = await build({ dataDir: join(dir, 'data'), outDir: scratch, company: options.company, period: spec.period, audience: spec.audience, formats: spec.formats, templates, defaults: options.defaults }, session);
    const files: RemoteFile[] = [];
    for (const path of r.outputs) {
      const name = basename(path);
      const data = name === 'figures.json' ? asProducerSees(readFileSync(path, 'utf8'), options.source) : readFileSync(path);
      const key = resultKey(job.id!, token, name);
      await o.store.put(key, gzipSync(data), resultTtl);
      files.push({ name, sha256: sha256(data), bytes: data.length, key });
    }
    return { worker: o.name, period: r.period, snapshot, files, attempt: job.attemptsMade + 1, startedAt, finishedAt: new Date().toISOString() };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export function startWorker(url: string, o: WorkerOptions = {}) {
  const name = o.name ?? `worker-${process.pid}`;
  const root = resolve(o.dir ?? '.quarterdeck-worker');
  mkdirSync(join(root, 'scratch'), { recursive: true });
  const commands = connect(url, 'blocking', (e) => o.log?.('redis-error', { worker: name, error: e.message }));
  const store = o.artifacts ?? redisArtifacts(commands);
  const cache = new SnapshotCache(join(root, 'snapshots'), (hash) => getSnapshot(commands, hash));
  const session: Session = { browser: new SharedBrowser(), prepared: new Map() };
  const mine = fingerprint();
  const active = new Set<Promise<unknown>>();
  const lockDuration = o.lockDuration ?? 30_000;

  const processor = async (job: Job<RemoteJob>, token?: string): Promise<RemoteResult> => {
    o.log?.('job-start', { worker: name, job: job.id, package: job.name, snapshot: job.data.snapshot.slice(0, 12), attempt: job.attemptsMade + 1 });
    if (job.data.fingerprint !== mine) throw new UnrecoverableError(queueMessages.fingerprint(mine, job.data.fingerprint));
    if (session.prepared.size > 8) session.prepared.clear();
    const p = cache.use(job.data.snapshot, async (dir, _opts, fetched) => {
      if (fetched) o.log?.('snapshot-fetched', { worker: name, snapshot: job.data.snapshot.slice(0, 12) });
      try {
        return await buildJob(job, token ?? 'none', dir, session, { name, store, scratch: join(root, 'scratch') });
      } catch (e) {
        if (isBrowserCrash(e)) await session.browser.restart();
        // bad data or templates fail the same way on every attempt: no retry
        if (e instanceof QuarterDeckError) throw new UnrecoverableError(messageOf(e, dir));
        throw new Error(messageOf(e, dir));
      }
    });
    active.add(p);
    try { return await p; } finally { active.delete(p); }
  };

  const worker = new Worker<RemoteJob, RemoteResult>(QUEUE, processor, {
    connection: { ...redisOptionsOf(url), maxRetriesPerRequest: null, retryStrategy: (n: number) => Math.min(n * 200, 1000) },
    concurrency: o.concurrency ?? 2,
    name,
    lockDuration,
    stalledInterval: lockDuration,
    maxStalledCount: 2,
  });
  worker.on('error', (e) => o.log?.('worker-error', { worker: name, error: e.message }));
  worker.on('completed', (job) => o.log?.('job-done', { worker: name, job: job.id, package: job.name }));
  worker.on('failed', (job, err) => o.log?.('job-failed', { worker: name, job: job?.id, package: job?.name, attempt: job?.attemptsMade, error: err.message }));

  const within = <T>(p: Promise<T>, ms: number) => Promise.race([p.catch(() => undefined), new Promise((r) => setTimeout(r, ms).unref())]);
  return {
    worker,
    name,
    /** Stop taking jobs; let running ones finish for up to `graceMs` while Redis is reachable; then close everything. */
    async close(graceMs = 10_000): Promise<void> {
      await worker.pause(true);
      if (commands.status === 'ready' && active.size) await within(Promise.allSettled([...active]), graceMs);
      await within(worker.close(true), 2000);
      closeAll(commands);
      await within(session.browser.close(), 3000);
    },
  };
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
