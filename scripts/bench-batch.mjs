#!/usr/bin/env node
// Batch throughput: packages per minute for N = 1, 4, 12 packages (release + deck + figures), and
// how it scales with the number of documents built at once in the one shared browser.
// Part of `npm run bench`; alone: `node scripts/bench-batch.mjs [--formats figures,release,deck]`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;
const arg = (name, fallback) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : fallback; };
const formats = arg('formats', 'figures,release,deck').split(',');
const { runBatch } = await import(join(root, 'dist', 'batch', 'run-batch.js'));
const { packageBuilder } = await import(join(root, 'dist', 'batch', 'package-builder.js'));
const { SharedBrowser } = await import(join(root, 'dist', 'batch', 'shared-browser.js'));

const periods = ['FY2008', 'FY2009-H1', 'FY2009', 'FY2008-Q4', 'FY2009-Q2', 'FY2008-H1'];
const audiences = ['investors', 'press', 'board', 'analysts'];
// distinct packages (period × audience), every one built with the same formats
const specs = (n) => Array.from({ length: n }, (_, i) => ({ company: 'iij', period: periods[i % periods.length], audience: audiences[Math.floor(i / periods.length) % audiences.length], formats }));

async function measure(n, concurrency) {
  const out = mkdtempSync(join(tmpdir(), 'qd-bench-batch-'));
  const browser = new SharedBrowser();
  await browser.get(); // the browser start is counted once per process, not per package
  try {
    const t = performance.now();
    const results = await runBatch(specs(n), { ...packageBuilder({ dataDir: join(root, 'data'), outDir: out }), outDir: out, browser, concurrency, force: true });
    const s = (performance.now() - t) / 1000;
    const failed = results.filter((r) => r.status !== 'ok');
    if (failed.length) throw new Error(`${failed.length} failed: ${failed[0].error}`);
    return { n, concurrency, seconds: s, perMinute: (n / s) * 60 };
  } finally {
    await browser.close();
    rmSync(out, { recursive: true, force: true });
  }
}

const rows = [];
for (const n of [1, 4, 12]) rows.push(await measure(n, 2));
for (const c of [1, 2, 4]) rows.push(await measure(6, c));

console.log(`\nBatch throughput (${formats.join(' + ')}; one shared browser; data loaded once per company; 2 cores)\n`);
console.log('packages  at once  seconds  packages/min');
for (const r of rows) console.log(`${String(r.n).padStart(8)}  ${String(r.concurrency).padStart(7)}  ${r.seconds.toFixed(1).padStart(7)}  ${r.perMinute.toFixed(1).padStart(12)}`);
