#!/usr/bin/env node
// Batch throughput: packages per minute for N = 1, 4, 12 packages (release + deck + figures), and
// how it scales with the number of documents built at once in the one shared browser; with each
// batch's peak memory: node's own (its largest resident set, its threads included) and the process
// tree's (node and Chromium's processes, shared pages counted once: scripts/tree-memory.mjs).
// Each row is measured in a process of its own, so that its peaks are its own. The browser starts as
// a batch starts it: with the first document the PDF cache does not hold; `--print` turns the PDF
// cache off (every other cache stays), so that every document is printed.
// Part of `npm run bench`; alone: `node scripts/bench-batch.mjs [--formats figures,release,deck] [--print] [--only queue]`.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;
const arg = (name, fallback) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : fallback; };
const formats = arg('formats', 'figures,release,deck').split(',');
const print = process.argv.includes('--print');
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
  browser.warm(); // as a batch starts it: the print thread now, Chromium with the first document to print (once per process, not per package)
  const builder = packageBuilder({ dataDir: join(root, 'data'), outDir: out });
  try {
    // one package first, not counted: the data loaded, the templates compiled (as in a long batch)
    await runBatch(specs(1), { ...builder, outDir: out, browser, concurrency, force: true });
    const t = performance.now(); const cpu = cpuSeconds();
    const results = await runBatch(specs(n), { ...builder, outDir: out, browser, concurrency, force: true });
    const s = (performance.now() - t) / 1000;
    const failed = results.filter((r) => r.status !== 'ok');
    if (failed.length) throw new Error(`${failed.length} failed: ${failed[0].error}`);
    return { n, concurrency, seconds: s, perMinute: (n / s) * 60, cpu: cpuSeconds() - cpu };
  } finally {
    await browser.close();
    rmSync(out, { recursive: true, force: true });
  }
}

/** A cache root of links to the shared one's folders, where `pdf` is a file: no print cache, every other cache warm. */
function noPrintCache() {
  const shared = process.env.QUARTERDECK_CACHE || join(root, 'node_modules', '.cache', 'quarterdeck');
  const dir = mkdtempSync(join(tmpdir(), 'qd-bench-no-pdf-'));
  mkdirSync(shared, { recursive: true });
  for (const kind of readdirSync(shared)) if (kind !== 'pdf') symlinkSync(join(shared, kind), join(dir, kind));
  writeFileSync(join(dir, 'pdf'), 'no print cache in this bench\n');
  return dir;
}

/** CPU seconds of this process (every thread; Chromium's processes not included): on a loaded machine, steadier than the wall clock. */
const cpuSeconds = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };

// `--row N,C`: one measurement in this process, as a JSON line with its peak memory (what the rows below run)
const row = arg('row', undefined);
if (row) {
  const [n, c] = row.split(',').map(Number);
  const { sampleTree } = await import('./tree-memory.mjs');
  const tree = sampleTree();
  const r = await measure(n, c);
  console.log(JSON.stringify({ ...r, peakMB: process.resourceUsage().maxRSS / 1024, tree: tree.stop() }));
  process.exit(0);
}

// `--only queue` skips the one-process measurements
if (arg('only', 'all') !== 'queue') {
  const rows = [];
  const rowArgs = ['--formats', formats.join(',')];
  const env = print ? { ...process.env, QUARTERDECK_CACHE: noPrintCache() } : process.env;
  const inProcess = (n, c) => {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--row', `${n},${c}`, ...rowArgs], { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (r.status !== 0) throw new Error(`bench-batch --row ${n},${c} failed (exit ${r.status})`);
    return JSON.parse(r.stdout.trim().split('\n').at(-1));
  };
  for (const n of [1, 4, 12]) rows.push(inProcess(n, 2));
  for (const c of [1, 2, 4]) rows.push(inProcess(6, c));

  console.log(`\nBatch throughput (${formats.join(' + ')}; one shared browser; data loaded once per company; ${print ? 'every document printed (no PDF cache)' : 'PDF cache on'}; 2 cores; each row a process of its own)\n`);
  console.log('packages  at once  seconds  packages/min  CPU s/package  node peak MB  tree peak MB (PSS)');
  for (const r of rows) console.log(`${String(r.n).padStart(8)}  ${String(r.concurrency).padStart(7)}  ${r.seconds.toFixed(1).padStart(7)}  ${r.perMinute.toFixed(1).padStart(12)}  ${(r.cpu / r.n).toFixed(2).padStart(13)}  ${r.peakMB.toFixed(0).padStart(12)}  ${String(r.tree?.pssMB ?? '').padStart(18)}`);
  if (print) rmSync(env.QUARTERDECK_CACHE, { recursive: true, force: true });
}

// Across workers: the same kind of batch through Redis (BullMQ) with 1, 2 and 4 `quarterdeck worker`
// processes, each in an empty folder of its own (one package at a time each), and the producer
// here. Each is measured after a warm-up run (snapshot fetched, data loaded, browser started).
// `--workers 1,2,4`, `--queue-formats figures,release`, `--queue-packages 8`.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const REDIS = '/usr/bin/redis-server';
const freePort = () => new Promise((res) => { const s = createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); }); });
const until = (child, re) => new Promise((res, rej) => {
  let out = '';
  child.stdout.on('data', (d) => { out += d; if (re.test(out)) res(); });
  child.on('exit', (c) => rej(new Error(`exited ${c}: ${out}`)));
});

function filesUnder(dir) {
  return readdirSync(dir).flatMap((n) => { const p = join(dir, n); return statSync(p).isDirectory() ? (n.startsWith('.') ? [] : filesUnder(p)) : [p]; });
}

async function queueBench() {
  if (!existsSync(REDIS)) { console.log('\n(no redis-server: queue throughput skipped)'); return; }
  const counts = arg('workers', '1,2,4').split(',').map(Number);
  const qFormats = arg('queue-formats', 'figures,release').split(',');
  const n = Number(arg('queue-packages', '8'));
  const qSpecs = specs(n).map((s) => ({ ...s, formats: qFormats }));
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  const redis = spawn(REDIS, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'ignore'] });
  await until(redis, /Ready to accept connections/);
  const { runRemoteBatch } = await import(join(root, 'dist', 'queue', 'producer.js'));
  const { makeSnapshot } = await import(join(root, 'dist', 'queue', 'snapshot.js'));
  const rows = [];
  let resultBytes;
  try {
    for (const count of counts) {
      const workers = Array.from({ length: count }, (_, i) => spawn(process.execPath, [join(root, 'bin', 'quarterdeck.js'), 'worker', '--redis', url, '--concurrency', '1', '--name', `bench-${i}`], { cwd: mkdtempSync(join(tmpdir(), 'qd-bench-worker-')), stdio: ['ignore', 'pipe', 'inherit'] }));
      try {
        await Promise.all(workers.map((w) => until(w, /worker-ready/)));
        const out = mkdtempSync(join(tmpdir(), 'qd-bench-queue-'));
        const o = { url, dataDir: join(root, 'data'), outDir: out, templates: [], defaults: {}, force: true };
        await runRemoteBatch(qSpecs.slice(0, Math.max(count, 2) * 2), o); // warm-up: every worker fetches the snapshot, loads the data, starts its browser
        const t = performance.now();
        const { results } = await runRemoteBatch(qSpecs, o);
        const s = (performance.now() - t) / 1000;
        const failed = results.filter((r) => r.status !== 'ok');
        if (failed.length) throw new Error(`${failed.length} failed: ${failed[0].error}`);
        rows.push({ count, seconds: s, perMinute: (n / s) * 60 });
        resultBytes ??= filesUnder(out).reduce((a, f) => a + gzipSync(readFileSync(f)).length, 0) / n;
        rmSync(out, { recursive: true, force: true });
      } finally {
        for (const w of workers) w.kill('SIGTERM');
        await Promise.all(workers.map((w) => new Promise((r) => (w.exitCode !== null ? r() : w.on('exit', r)))));
      }
    }
  } finally {
    redis.kill('SIGKILL');
  }
  const snap = await makeSnapshot(join(root, 'data'), [], { company: 'iij', source: join(root, 'data', 'iij'), templates: 0, defaults: {}, fingerprint: 'bench' });
  console.log(`\nQueue throughput (${qFormats.join(' + ')}; ${n} packages; workers on this machine, each in its own folder, one package at a time)\n`);
  console.log('workers  seconds  packages/min');
  for (const r of rows) console.log(`${String(r.count).padStart(7)}  ${r.seconds.toFixed(1).padStart(7)}  ${r.perMinute.toFixed(1).padStart(12)}`);
  console.log(`\ninput snapshot (iij): ${snap.files} files, ${(snap.bytes / 1024).toFixed(0)} KiB tar, ${(snap.gz.length / 1024).toFixed(0)} KiB in Redis (gzip)`);
  console.log(`results: ${(resultBytes / 1024).toFixed(0)} KiB per package in Redis (gzip), until the producer collects them`);
}

await queueBench();
