// Scale-out with nothing shared but Redis: two workers, each a separate process in an empty folder
// of its own, and a producer in a third folder with the data. The packages come back into the
// producer's out/, built from the producer's data (a content-addressed snapshot travels with each
// job), identical to a local build; a changed data file reaches the workers at once.
// The first batch is run as a user would run it (a CLI process in the producer's folder, relative
// paths, exiting as soon as it prints its summary); the later producers are the same CLI run in this
// process (without starting Node and loading it again). The workers and Redis are processes of
// their own, ended by the cluster even when a test fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fixtures, run as quarterdeckHere } from '../helpers.js';
import { runBatch } from '../../src/batch/run-batch.js';
import { packageBuilder } from '../../src/batch/package-builder.js';
import { workerBrowser } from '../support/browser.js';
import type { PackageSpec } from '../../src/batch/spec.js';
import type { RunRecord } from '../../src/history/store.js';
import { Cluster, events, freePort, haveRedis, type Proc, type RedisServer } from './cluster.js';

// six packages: five of the fixture company (figures), and a release whose PDF text is compared, of
// a second company (a copy of the fixture, its own snapshot) printed with the fixture's own release
// templates (the fixture's items are not those the built-in templates print); the templates travel
// in the snapshot. The point is the queue, not the data: an IIJ release costs several times the CPU.
const BATCH = `packages:
  - { company: harbor, period: [FY2024, 1H24, 4Q24, 2Q24, 1Q24], audience: investors, formats: figures }
  - { company: beacon, period: FY2025-H1, audience: press, formats: [figures, release] }
`;
const specs: PackageSpec[] = [
  ...['FY2024', '1H24', '4Q24', '2Q24', '1Q24'].map((period) => ({ company: 'harbor', period, audience: 'investors', formats: ['figures'] })),
  { company: 'beacon', period: 'FY2025-H1', audience: 'press', formats: ['figures', 'release'] },
];
const pdfText = (f: string) => execFileSync('pdftotext', ['-layout', f, '-'], { encoding: 'utf8' });
const lastRun = (out: string) => readFileSync(join(out, '.history', 'runs.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as RunRecord).at(-1)!;

/** Run the producer as a user would, in its own folder with relative paths; note when it exits after its summary. */
async function produce(cluster: Cluster, cwd: string, redis: RedisServer): Promise<{ p: Proc; lingered: number }> {
  const p = cluster.quarterdeck(['batch', '--redis', redis.url, '--file', 'batch.yaml', '--data', './data', '--out', './out', '--templates', './templates'], cwd);
  await p.waitFor(/s in all\.\n/, 200_000);
  const summaryAt = Date.now();
  await p.exited;
  return { p, lingered: p.exitedAt! - summaryAt };
}

/** The same batch, the CLI run in this process (paths absolute: this process's working directory is not the producer's). */
async function produceHere(cwd: string, redis: RedisServer): Promise<{ code: number; out: string; err: string }> {
  return quarterdeckHere(['batch', '--redis', redis.url, '--file', join(cwd, 'batch.yaml'), '--data', join(cwd, 'data'), '--out', join(cwd, 'out'), '--templates', join(cwd, 'templates')]);
}

// Timeouts: a few seconds a test on two idle cores; the bounds leave room for a machine loaded many
// times over (the first test reached the old bound of 90 s at a load average of 27), never for a hang.
describe.skipIf(!haveRedis)('queue across machines: nothing shared but Redis', () => {
  let cluster: Cluster;
  let redis: RedisServer;
  let producer: string;
  let local: string;
  const workers: (Proc & { dir: string })[] = [];

  beforeAll(async () => {
    cluster = new Cluster(await freePort());
    redis = cluster.redis;
    await redis.start();
    producer = mkdtempSync(join(tmpdir(), 'qd-producer-'));
    cpSync(join(fixtures, 'harbor'), join(producer, 'data', 'harbor'), { recursive: true });
    cpSync(join(fixtures, 'harbor'), join(producer, 'data', 'beacon'), { recursive: true });
    cpSync(join(fixtures, 'harbor-templates'), join(producer, 'templates'), { recursive: true });
    writeFileSync(join(producer, 'batch.yaml'), BATCH);
    // one build at a time each: both workers still take jobs, with one child process each to start
    workers.push(cluster.worker('a', ['--concurrency', '1']), cluster.worker('b', ['--concurrency', '1']));
    // the reference: the same packages built here, locally, from the same data and templates
    local = join(producer, 'local');
    const built = await runBatch(specs, { ...packageBuilder({ dataDir: join(producer, 'data'), outDir: local, templates: [join(producer, 'templates')] }), outDir: local, browser: workerBrowser() });
    expect(built.map((r) => r.status)).toEqual(Array(6).fill('ok'));
    await Promise.all(workers.map((w) => w.waitFor(/worker-ready/)));
  }, 180_000);

  afterAll(async () => {
    await cluster?.stop();
    expect(cluster.alive()).toEqual([]);
  });

  it('builds six packages on two workers in empty folders; they arrive in the producer\'s out/, identical to a local build', async () => {
    const { p, lingered } = await produce(cluster, producer, redis);
    expect(p.code, p.out + p.err).toBe(0);
    expect(p.out).toMatch(/6 packages: 6 built, 0 unchanged, 0 failed\./);
    expect(lingered).toBeLessThan(3000); // exits as soon as its summary is printed
    const dirs = (out: string) => specs.map((s) => readdirSync(join(out, s.company)).map((period) => join(out, s.company, period, s.audience))).flat().filter((d) => existsSync(d)).sort();
    const remote = join(producer, 'out');
    expect(dirs(remote).map((d) => d.slice(remote.length))).toEqual(dirs(local).map((d) => d.slice(local.length)));
    for (const d of dirs(local)) {
      const twin = remote + d.slice(local.length);
      expect(readFileSync(join(twin, 'figures.json'), 'utf8')).toBe(readFileSync(join(d, 'figures.json'), 'utf8'));
      if (existsSync(join(d, 'release.pdf'))) expect(pdfText(join(twin, 'release.pdf'))).toBe(pdfText(join(d, 'release.pdf')));
      // what the documents left out reaches the producer's manifest, as build() lists it
      const omitted = (dir: string) => (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { omitted?: unknown[] }).omitted ?? [];
      expect(omitted(twin)).toEqual(omitted(d));
    }
    // the history says which worker built each package, from which inputs, and when
    const run = lastRun(remote);
    expect(run.job).toBe('batch');
    expect(run.packages).toHaveLength(6);
    for (const pkg of run.packages!) {
      expect(['a', 'b']).toContain(pkg.worker);
      expect(pkg.inputHash).toMatch(/^[0-9a-f]{64}$/);
      expect(pkg.snapshot).toMatch(/^[0-9a-f]{64}$/);
      expect(Date.parse(pkg.finishedAt!)).toBeGreaterThanOrEqual(Date.parse(pkg.startedAt!));
    }
    expect(new Set(run.packages!.map((x) => x.worker))).toEqual(new Set(['a', 'b']));
    // the workers hold no data and no out/: only their snapshot cache
    for (const w of workers) expect(readdirSync(w.dir)).toEqual(['.quarterdeck-worker']);
  }, 240_000);

  it('a changed data file reaches the workers: the new figure appears, unchanged packages are skipped, nothing is built from old data', async () => {
    const before = lastRun(join(producer, 'out'));
    const oldHarbor = before.packages!.find((x) => x.name.startsWith('harbor/'))!.snapshot!;
    const f = join(producer, 'data', 'harbor', 'facts', 'fy2024-release', 'results.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('[fp.cash, "31", "120,500"', '[fp.cash, "31", "130,500"').replace('[fp.assets.total, "33", "1,000,500"', '[fp.assets.total, "33", "1,010,500"'));
    const logged = workers.map((w) => events(w).length);
    const p = await produceHere(producer, redis);
    expect(p.code, p.out + p.err).toBe(0);
    expect(p.out).toMatch(/6 packages: 5 built, 1 unchanged, 0 failed\./);
    expect(p.out).toMatch(/harbor\/FY2024\/investors\s+ok/);
    expect(p.out).toMatch(/beacon\/FY2025-H1\/press\s+unchanged/);
    const figures = JSON.parse(readFileSync(join(producer, 'out', 'harbor', 'FY2024', 'investors', 'figures.json'), 'utf8')) as { figures: { id: string; display?: string; value?: string }[] };
    expect(JSON.stringify(figures.figures.filter((x) => x.id.includes('fp.cash')))).toMatch(/130[,.]?500/);
    const run = lastRun(join(producer, 'out'));
    const harbor = run.packages!.filter((x) => x.name.startsWith('harbor/'));
    const newHarbor = harbor[0].snapshot!;
    expect(newHarbor).not.toBe(oldHarbor);
    expect(harbor.every((x) => x.status === 'ok' && x.snapshot === newHarbor)).toBe(true);
    // every job the workers started since the change carried the new snapshot
    const started = workers.flatMap((w, i) => events(w).slice(logged[i]).filter((e) => e.event === 'job-start'));
    expect(started.length).toBeGreaterThanOrEqual(5);
    expect(started.every((e) => e.snapshot === newHarbor.slice(0, 12))).toBe(true);
  }, 240_000);

  it('schedule --redis is a producer too: a scheduled run\'s packages come back into the job\'s out/, recorded with their workers', async () => {
    writeFileSync(join(producer, 'schedule.yaml'), `jobs:\n  - name: nightly\n    cron: "0 2 * * *"\n    out: ${join(producer, 'scheduled')}\n    build:\n      - { company: harbor, period: [FY2024, 4Q24], audience: investors, formats: figures }\n`);
    const p = await quarterdeckHere(['schedule', '--file', join(producer, 'schedule.yaml'), '--once', 'nightly', '--redis', redis.url, '--data', join(producer, 'data'), '--out', join(producer, 'out')]);
    expect(p.code, p.out + p.err).toBe(0);
    const remote = JSON.parse(readFileSync(join(producer, 'scheduled', 'harbor', 'FY2024', 'investors', 'figures.json'), 'utf8')) as { period: string; generatedFrom: string };
    expect(remote.period).toBe('FY2024');
    expect(remote.generatedFrom).toBe(join(producer, 'data', 'harbor'));
    const run = lastRun(join(producer, 'out'));
    expect(run.job).toBe('nightly');
    expect(run.status).toBe('ok');
    expect(run.packages!.map((x) => [x.name, x.status])).toEqual([['harbor/FY2024/investors', 'ok'], ['harbor/4Q24/investors', 'ok']]);
    for (const x of run.packages!) expect(['a', 'b']).toContain(x.worker);
  }, 120_000);
});
