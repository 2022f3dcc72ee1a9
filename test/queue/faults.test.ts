// Faults of a queue across machines, with a real redis-server and workers as separate processes:
// an expired snapshot, a worker killed with SIGKILL in the middle of a build, Redis restarting in
// the middle of a batch (without persistence: it forgets every job), and SIGTERM while Redis is down.
// The packages are the fixture company's figures: the point is the queue, not the data, and each of
// its builds takes a fraction of an IIJ build's CPU. A build is in flight when a worker is killed
// because the workers of that test are new: the first job of a child process imports the build.
// The queue's timers are short (cluster.ts: a retry, a lost job queued again and a dead worker's
// job taken over within a second or two). The producer is the CLI run in this process (as a user
// would run it, but without starting Node and loading it again for each batch); the workers and
// Redis are processes of their own, ended by the cluster even when a test fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { fixtures, run } from '../helpers.js';
import type { RunRecord } from '../../src/history/store.js';
import { Cluster, PRODUCER_TIMERS, WORKER_TIMERS, events, firstToStart, freePort, haveRedis, type Proc, type RedisServer } from './cluster.js';

const PERIODS = ['FY2024', 'FY2025-H1', 'FY2025', 'FY2024-Q2', 'FY2025-Q1', 'FY2024-H1'];
const BATCH = `packages:\n  - { company: harbor, period: [${PERIODS.join(', ')}], audience: investors, formats: figures }\n`;
const lastRun = (out: string) => readFileSync(join(out, '.history', 'runs.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as RunRecord).at(-1)!;
// a stack trace is not a message
const noTrace = (s: string) => expect(s).not.toMatch(/\n\s+at .+:\d+:\d+/);

// Timeouts: about 10 s a test on two idle cores; the bounds leave room for a machine loaded many
// times over (the SIGKILL test reached 90 s at a load average of 25), never for a hang.
describe.skipIf(!haveRedis)('queue faults', () => {
  let cluster: Cluster;
  let redis: RedisServer;
  let producer: string;
  const workers: (Proc & { dir: string })[] = [];
  // one build at a time: each worker starts one child process (its first job imports the build)
  const worker = (name: string) => { const w = cluster.worker(name, [...WORKER_TIMERS, '--concurrency', '1']); workers.push(w); return w; };
  /** `quarterdeck batch --redis …` in this process: its exit code (`exited`) and what it printed */
  const produce = (extra: string[]) => {
    const p = { out: '', err: '', exited: undefined as unknown as Promise<number> };
    p.exited = run(['batch', '--redis', redis.url, '--data', join(producer, 'data'), '--out', join(producer, 'out'), '--redis-timeout', '30', ...PRODUCER_TIMERS, ...extra])
      .then((r) => { p.out = r.out; p.err = r.err; return r.code; });
    return p;
  };

  beforeAll(async () => {
    cluster = new Cluster(await freePort());
    redis = cluster.redis;
    await redis.start();
    producer = mkdtempSync(join(tmpdir(), 'qd-producer-'));
    cpSync(join(fixtures, 'harbor'), join(producer, 'data', 'harbor'), { recursive: true });
    writeFileSync(join(producer, 'batch.yaml'), BATCH);
  }, 30_000);

  afterAll(async () => {
    await cluster?.stop();
    expect(cluster.alive()).toEqual([]);
  });

  it('a job whose snapshot expired fails with a clear error and is retried after the producer uploads it again', async () => {
    const p = produce(['--company', 'harbor', '--period', 'FY2024,FY2031', '--formats', 'figures']);
    const c = new Redis(redis.url);
    try {
      // no worker yet: the job waits; then its snapshot goes (as if it had expired)
      for (let i = 0; i < 300 && (await c.llen('bull:quarterdeck-build:wait')) < 2; i++) await new Promise((r) => setTimeout(r, 100));
      const keys = await c.keys('quarterdeck:snapshot:*');
      expect(keys).toHaveLength(1);
      await c.del(keys[0]);
    } finally { c.disconnect(); }
    const w = worker('a');
    // bad input fails alone, with its message, and is not retried; the good package is built
    expect(await p.exited, p.out + p.err).toBe(1);
    expect(p.out).toMatch(/harbor\/FY2031\/investors\s+failed .*the data does not cover FY2031/);
    expect(p.out).toMatch(/2 packages: 1 built, 0 unchanged, 1 failed\./);
    noTrace(p.out + p.err);
    expect(p.err).toMatch(/snapshot [0-9a-f]{12} \(harbor\) was not in Redis any more: uploaded again/);
    // the producer hears of the results through Redis, maybe before the worker's log lines reach us
    await w.waitFor(/"event":"job-done"/);
    await w.waitFor(/"event":"job-failed".*does not cover/);
    const failed = events(w).filter((e) => e.event === 'job-failed');
    expect(failed[0].error).toMatch(/the input snapshot [0-9a-f]{12} is not in Redis \(expired, or Redis restarted\)/);
    expect(events(w).filter((e) => e.event === 'job-done')).toHaveLength(1);
    const bad = events(w).filter((e) => e.event === 'job-failed' && e.package === 'harbor/FY2031/investors');
    expect(bad.filter((e) => /does not cover/.test(e.error))).toHaveLength(1);
  }, 180_000);

  it('a worker killed (SIGKILL) in the middle of a build: its jobs go to another worker and every package arrives exactly once', async () => {
    // two new workers: the first job of each of their child processes loads the build first, so
    // whichever starts a job first is killed while it builds (worker a, whose children have built
    // before, stops first: a build of the fixture company in a warm child is over in a moment)
    const a = workers[0]!;
    a.kill('SIGTERM');
    expect(await a.exited).toBe(0);
    const pair = [worker('b'), worker('b2')];
    await Promise.all(pair.map((w) => w.waitFor(/worker-ready/)));
    const marks = pair.map((w) => w.out.length);
    const p = produce(['--file', join(producer, 'batch.yaml'), '--force']);
    const victim = await firstToStart(pair, marks);
    victim.kill('SIGKILL');
    await victim.exited;
    const taken = events(victim, marks[pair.indexOf(victim)]).filter((e) => e.event === 'job-start').map((e) => e.package);
    expect(events(victim, marks[pair.indexOf(victim)]).filter((e) => e.event === 'job-done')).toEqual([]);
    const survivor = pair.find((w) => w !== victim)!;
    expect(await p.exited, p.out + p.err).toBe(0);
    expect(p.out).toMatch(/6 packages: 6 built, 0 unchanged, 0 failed\./);
    const run = lastRun(join(producer, 'out'));
    expect(run.packages!.map((x) => x.name).sort()).toEqual(PERIODS.map((period) => `harbor/${period}/investors`).sort());
    expect(run.packages!.every((x) => x.status === 'ok')).toBe(true);
    // the packages the killed worker had started were built by the other one
    expect(taken.length).toBeGreaterThan(0);
    for (const name of taken) expect(run.packages!.find((x) => x.name === name)!.worker).toBe(survivor === pair[0] ? 'b' : 'b2');
    for (const period of PERIODS) expect(JSON.parse(readFileSync(join(producer, 'out', 'harbor', period, 'investors', 'figures.json'), 'utf8')).period).toBe(period);
  }, 180_000);

  it('Redis restarting in the middle of a batch: the batch still finishes (or says why not) within a bounded time', async () => {
    // the survivor of the SIGKILL test builds the batch
    const alive = workers.filter((w) => w.code === undefined);
    expect(alive).toHaveLength(1);
    const marks = alive.map((w) => w.out.length);
    const p = produce(['--file', join(producer, 'batch.yaml'), '--force']);
    const started = Date.now();
    await firstToStart(alive, marks);
    await redis.stop();
    await new Promise((r) => setTimeout(r, 1000));
    await redis.start();
    const code = await p.exited;
    // bounded: Redis is back within a second, so the batch never comes near its --redis-timeout (30 s)
    expect(Date.now() - started, p.out + p.err).toBeLessThan(120_000);
    noTrace(p.err);
    if (code === 0) expect(p.out).toMatch(/6 packages: 6 built/);
    else expect(p.out + p.err).toMatch(/Redis|failed/);
    expect(code, p.out + p.err).toBe(0); // with the jobs queued again, it completes
  }, 240_000);

  it('a worker stops within seconds of SIGTERM while Redis is down', async () => {
    const alive = workers.filter((w) => w.code === undefined);
    expect(alive.length).toBeGreaterThan(0);
    await redis.stop();
    await new Promise((r) => setTimeout(r, 500));
    const t = Date.now();
    for (const w of alive) w.kill('SIGTERM');
    await Promise.all(alive.map((w) => w.exited));
    expect(Date.now() - t).toBeLessThan(10_000);
    for (const w of alive) { expect(w.code).toBe(0); expect(w.out).toMatch(/worker-stopped/); noTrace(w.err); }
  }, 30_000);
});
