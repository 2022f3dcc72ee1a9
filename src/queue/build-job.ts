// The build of one queued package, run by BullMQ in a child process of the worker (a sandboxed
// processor): the build's CPU-heavy work (loading and checking the data) cannot stall the worker's
// event loop, so its job locks are renewed on time and no job is handed on while it is being built.
// Each child keeps its browser and the loaded data of the snapshots it has seen between jobs. It
// fetches the job's input snapshot into the worker's cache (once per hash), builds in a scratch
// folder of its own and leaves each document (gzip, with its sha256) in Redis for the producer.
import type { SandboxedJob } from 'bullmq';
import { UnrecoverableError } from 'bullmq';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type BuildSession } from '../build.js';
import { SharedBrowser, isBrowserCrash } from '../batch/shared-browser.js';
import { formatProblem, QuarterDeckError } from '../errors/problem.js';
import { WORKER_ENV as ENV, type RemoteFile, type RemoteJob, type RemoteResult } from './bull.js';
import { SnapshotCache } from './cache.js';
import { connect } from './connection.js';
import { fingerprint } from './fingerprint.js';
import { queueMessages } from './messages.js';
import { sha256, snapshotOptions } from './snapshot.js';
import { getSnapshot, redisArtifacts, resultKey } from './store.js';
import { cacheMap } from '../cache/registry.js';

type Session = Required<BuildSession>;

function setUp() {
  const [url, dir, name] = [process.env[ENV.redis]!, process.env[ENV.dir]!, process.env[ENV.name]!];
  const redis = connect(url, 'blocking');
  const log = (event: string, fields: Record<string, unknown>) => process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), event, worker: name, ...fields })}\n`);
  const session: Session = { browser: new SharedBrowser(), prepared: cacheMap({ name: "the worker's loaded data", keyedBy: 'the snapshot data folder and company', max: 8 }) };
  // a child whose worker died (SIGKILL) must not go on building: exit, and the browser with it
  process.on('disconnect', () => process.exit(1));
  return { name, dir, log, session, store: redisArtifacts(redis), cache: new SnapshotCache(join(dir, 'snapshots'), (h) => getSnapshot(redis, h), 16, (h) => log('snapshot-fetched', { snapshot: h.slice(0, 12) })) };
}

let ctx: ReturnType<typeof setUp> | undefined;

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

async function buildIn(dir: string, job: SandboxedJob<RemoteJob>, token: string, c: NonNullable<typeof ctx>): Promise<RemoteResult> {
  const startedAt = new Date().toISOString();
  const { spec, snapshot, resultTtl } = job.data;
  const options = snapshotOptions(dir);
  const scratch = mkdtempSync(join(c.dir, 'scratch', `${job.id}-`));
  try {
    const templates = Array.from({ length: options.templates }, (_, i) => join(dir, 'templates', String(i)));
    const r = await build({ dataDir: join(dir, 'data'), outDir: scratch, company: options.company, period: spec.period, audience: spec.audience, formats: spec.formats, templates, defaults: options.defaults }, c.session);
    const files: RemoteFile[] = [];
    for (const path of r.outputs) {
      const name = basename(path);
      const data = name === 'figures.json' ? asProducerSees(readFileSync(path, 'utf8'), options.source) : readFileSync(path);
      const key = resultKey(job.id!, token, name);
      await c.store.put(key, gzipSync(data), resultTtl);
      files.push({ name, sha256: sha256(data), bytes: data.length, key });
    }
    return { worker: c.name, period: r.period, snapshot, files, omitted: r.omitted ?? [], attempt: job.attemptsMade + 1, startedAt, finishedAt: new Date().toISOString() };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export default async function buildQueuedPackage(job: SandboxedJob<RemoteJob>, token?: string): Promise<RemoteResult> {
  const c = (ctx ??= setUp());
  const mine = fingerprint();
  if (job.data.fingerprint !== mine) throw new UnrecoverableError(queueMessages.fingerprint(mine, job.data.fingerprint));
  return c.cache.use(job.data.snapshot, async (dir) => {
    try {
      return await buildIn(dir, job, token ?? 'none', c);
    } catch (e) {
      if (isBrowserCrash(e)) await c.session.browser.restart();
      // bad data or templates fail the same way on every attempt: no retry
      if (e instanceof QuarterDeckError) throw new UnrecoverableError(messageOf(e, dir));
      throw new Error(messageOf(e, dir));
    }
  });
}
