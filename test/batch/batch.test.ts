import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtures, run } from '../helpers.js';
import { runBatch } from '../../src/batch/run-batch.js';
import { packageBuilder } from '../../src/batch/package-builder.js';
import { SharedBrowser } from '../../src/batch/shared-browser.js';
import type { PackageSpec } from '../../src/batch/spec.js';

/** Two companies in a scratch data folder: harbor and a copy of it named beacon. */
function twoCompanies() {
  const dir = mkdtempSync(join(tmpdir(), 'qd-batch-'));
  cpSync(join(fixtures, 'harbor'), join(dir, 'data', 'harbor'), { recursive: true });
  cpSync(join(fixtures, 'harbor'), join(dir, 'data', 'beacon'), { recursive: true });
  return { data: join(dir, 'data'), out: join(dir, 'out'), dir };
}

describe('quarterdeck batch', () => {
  it('builds many packages in one process; a broken one fails alone and sets the exit code', async () => {
    const t = twoCompanies();
    const r = await run(['batch', '--data', t.data, '--out', t.out, '--company', 'harbor,beacon', '--period', 'FY2024,1H24,4Q24,FY2019', '--audience', 'investors', '--formats', 'figures']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/harbor\/FY2024\/investors\s+ok/);
    expect(r.out).toMatch(/beacon\/4Q24\/investors\s+ok/);
    expect(r.out).toMatch(/harbor\/FY2019\/investors\s+failed .*does not cover FY2019/);
    expect(r.out).toMatch(/8 packages: 6 built, 0 unchanged, 2 failed\./);
    expect(JSON.parse(readFileSync(join(t.out, 'beacon', 'FY2024-Q4', 'investors', 'figures.json'), 'utf8')).period).toBe('FY2024-Q4');
  });

  it('reads a batch file, and reports its problems with line numbers', async () => {
    const t = twoCompanies();
    writeFileSync(join(t.dir, 'batch.yaml'), 'packages:\n  - company: harbor\n    period: [FY2024, 2Q24]\n    audience: [investors, board]\n    formats: figures\n');
    const r = await run(['batch', '--data', t.data, '--out', t.out, '--file', join(t.dir, 'batch.yaml')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/4 packages: 4 built/);
    writeFileSync(join(t.dir, 'bad.yaml'), 'packages:\n  - company: harbor\n    periods: [FY2024]\n');
    const bad = await run(['batch', '--data', t.data, '--out', t.out, '--file', join(t.dir, 'bad.yaml')]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/bad\.yaml:2: packages\.0: Unrecognized key: "periods"/);
  });

  it('skips unchanged packages and rebuilds only those whose data changed', async () => {
    const t = twoCompanies();
    const args = ['batch', '--data', t.data, '--out', t.out, '--company', 'harbor,beacon', '--period', 'FY2024,1H24,4Q24', '--formats', 'figures'];
    expect((await run(args)).out).toMatch(/6 packages: 6 built, 0 unchanged/);
    expect((await run(args)).out).toMatch(/6 packages: 0 built, 6 unchanged/);
    const f = join(t.data, 'beacon', 'facts', 'fy2024-release', 'results.yaml');
    writeFileSync(f, `${readFileSync(f, 'utf8')}# a comment is a change too\n`);
    const third = await run(args);
    expect(third.out).toMatch(/beacon\/FY2024\/investors\s+ok/);
    expect(third.out).toMatch(/harbor\/FY2024\/investors\s+unchanged/);
    expect(third.out).toMatch(/6 packages: 3 built, 3 unchanged/);
    expect((await run([...args, '--force'])).out).toMatch(/6 packages: 6 built, 0 unchanged/);
  });
});

describe('the shared browser', () => {
  // three browser starts: a few seconds on two idle cores; the bound leaves room for a machine
  // loaded many times over (the old 30 s bound was reached at a load average of 26), never a hang
  it('is restarted after a crash, and the package is retried once', async () => {
    const browser = new SharedBrowser();
    try {
      const first = await browser.get();
      const pid = first.pid!;
      process.kill(pid, 'SIGKILL');
      await new Promise((r) => setTimeout(r, 300));
      const second = await browser.get();
      expect(second.connected).toBe(true);
      expect(second.pid).not.toBe(pid);
      expect(browser.restarts).toBe(1);

      // a build that crashes the browser on its first try succeeds on the retry
      const t = twoCompanies();
      const inner = packageBuilder({ dataDir: t.data, outDir: t.out });
      let tries = 0;
      const results = await runBatch([{ company: 'harbor', period: 'FY2024', audience: 'investors', formats: ['figures'] } satisfies PackageSpec], {
        outDir: t.out, browser,
        build: async (spec, b) => {
          tries++;
          const p = await b.get();
          if (tries === 1) { process.kill(p.pid!, 'SIGKILL'); await new Promise((r) => setTimeout(r, 200)); await p.pdf('<p>x</p>', {}); }
          return inner.build(spec, b);
        },
      });
      expect(results[0]).toMatchObject({ status: 'ok', retried: true });
      expect(tries).toBe(2);
    } finally {
      await browser.close();
    }
  }, 120_000);
});

describe('a batch of documents', () => {
  // the fixture company with its own release templates: the point is the one browser, not the data
  // (an IIJ release costs several times its CPU)
  it('builds 6 release packages with one browser, and a broken one fails alone', async () => {
    const out = mkdtempSync(join(tmpdir(), 'qd-batch-docs-'));
    const inner = packageBuilder({ dataDir: fixtures, outDir: out, templates: [join(fixtures, 'harbor-templates')] });
    const browser = new SharedBrowser();
    const pids = new Set<number | undefined>();
    const specs: PackageSpec[] = [
      ...['FY2024', '1H24', '4Q24'].flatMap((period) => ['investors', 'press'].map((audience) => ({ company: 'harbor', period, audience, formats: ['release'] }))),
      { company: 'harbor', period: 'FY2031', audience: 'press', formats: ['release'] },
    ];
    try {
      const results = await runBatch(specs, {
        outDir: out, browser, concurrency: 2,
        build: async (spec, b) => { pids.add((await b.get()).pid); return inner.build(spec, b); },
      });
      expect(results.filter((r) => r.status === 'ok').map((r) => r.name)).toHaveLength(6);
      expect(results.at(-1)).toMatchObject({ status: 'failed', name: 'harbor/FY2031/press' });
      expect(results.at(-1)!.error).toMatch(/does not cover FY2031/);
      for (const r of results.slice(0, 6)) expect(readFileSync(r.outputs.find((o) => o.endsWith('release.pdf'))!).subarray(0, 5).toString()).toBe('%PDF-');
      expect(pids.size).toBe(1);
      expect(browser.restarts).toBe(0);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
