// A real redis-server on loopback (Debian's package; .ci/run installs it), two workers sharing
// one batch: every package is built exactly once; a package that keeps failing ends failed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtures } from '../helpers.js';
import { enqueueAndWait, startWorker } from '../../src/queue/bull.js';
import { packageBuilder } from '../../src/batch/package-builder.js';
import type { PackageSpec } from '../../src/batch/spec.js';
import type { BuildOne } from '../../src/batch/run-batch.js';

const REDIS = '/usr/bin/redis-server';

async function freePort(): Promise<number> {
  return new Promise((resolve) => { const s = createServer().listen(0, '127.0.0.1', () => { const p = (s.address() as { port: number }).port; s.close(() => resolve(p)); }); });
}

describe.skipIf(!existsSync(REDIS))('queue on Redis with BullMQ', () => {
  let redis: ChildProcess;
  let url: string;
  beforeAll(async () => {
    const port = await freePort();
    redis = spawn(REDIS, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    url = `redis://127.0.0.1:${port}`;
    const { Redis } = await import('ioredis');
    const c = new Redis(url, { maxRetriesPerRequest: null, retryStrategy: (n) => (n > 50 ? null : 50) });
    c.on('error', () => undefined); // refused until the server is up; the ping retries
    await c.ping();
    c.disconnect();
  });
  afterAll(() => { redis?.kill('SIGTERM'); });

  it('two workers share a batch and every package is built exactly once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qd-q-'));
    cpSync(join(fixtures, 'harbor'), join(dir, 'data', 'harbor'), { recursive: true });
    const { build } = packageBuilder({ dataDir: join(dir, 'data'), outDir: join(dir, 'out') });
    const built: { worker: string; pkg: string }[] = [];
    const counting = (worker: string): BuildOne => async (spec, b) => {
      built.push({ worker, pkg: `${spec.period}/${spec.audience}` });
      await new Promise((r) => setTimeout(r, 50));
      return build(spec, b);
    };
    const w1 = startWorker(url, counting('a'), { concurrency: 2, name: 'a' });
    const w2 = startWorker(url, counting('b'), { concurrency: 2, name: 'b' });
    try {
      const specs: PackageSpec[] = ['FY2024', '1H24', '2Q24', '4Q24', '1Q24', '3Q24'].flatMap((period) =>
        ['investors', 'board'].map((audience) => ({ company: 'harbor', period, audience, formats: ['figures'] })));
      const results = await enqueueAndWait(url, specs);
      expect(results.every((r) => r.status === 'ok')).toBe(true);
      expect(built.length).toBe(specs.length);
      expect(new Set(built.map((b) => b.pkg)).size).toBe(specs.length);
      expect(new Set(built.map((b) => b.worker))).toEqual(new Set(['a', 'b']));
    } finally {
      await w1.close();
      await w2.close();
    }
  }, 60_000);

  it('a package that keeps failing is retried with backoff, then ends in the failed set with its error', async () => {
    let attempts = 0;
    const w = startWorker(url, async () => { attempts++; throw new Error('the data does not cover FY2019'); }, { name: 'c' });
    try {
      const [r] = await enqueueAndWait(url, [{ company: 'harbor', period: 'FY2019', audience: 'investors', formats: ['figures'] }]);
      expect(r.status).toBe('failed');
      expect(r.error).toMatch(/does not cover FY2019/);
      expect(attempts).toBe(3);
      const { Queue } = await import('bullmq');
      const { Redis } = await import('ioredis');
      const q = new Queue('quarterdeck-build', { connection: new Redis(url, { maxRetriesPerRequest: null }) });
      const failed = await q.getFailed();
      expect(failed.some((j) => j.failedReason.includes('does not cover FY2019'))).toBe(true);
      await q.close();
    } finally {
      await w.close();
    }
  }, 60_000);
});
