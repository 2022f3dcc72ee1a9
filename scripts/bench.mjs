#!/usr/bin/env node
// `npm run bench`: one table. Each command cold (a whole process, node start to exit) and warm (one
// process keeping the browser and the prepared data, as batch, schedule and preview do), min /
// median / max over the runs; beside them, in the same run and interleaved with them, LibreOffice
// converting the same deck.pptx to PDF (the yardstick) and the ratio; peak memory; figures.json size.
// Cold rows rebuild the same inputs, so they read the disk caches (analysis, charts, printed PDFs,
// deck.pptx) the earlier runs left; the "empty cache" row is a first build, each run with a new cache folder.
// Options: --runs N (default 5), --period P (default FY2009), --audience A (default investors).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;
const arg = (name, fallback) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : fallback; };
const runs = Number(arg('runs', '5'));
const period = arg('period', 'FY2009');
const audience = arg('audience', 'investors');
const SOFFICE = '/usr/bin/soffice';
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

const stats = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return { min: s[0], median: s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2, max: s.at(-1) }; };

/** One whole process: wall seconds and peak resident memory (MB, from /usr/bin/time when installed). */
function whole(cmd, args, env = {}) {
  const t = performance.now();
  const o = { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } };
  const r = TIME ? spawnSync(TIME, ['-f', 'QD-PEAK %M', cmd, ...args], o) : spawnSync(cmd, args, o);
  const wall = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status}): ${r.stderr}`);
  const peak = /QD-PEAK (\d+)/.exec(r.stderr ?? '');
  return { wall, peak: peak ? Number(peak[1]) / 1024 : undefined };
}

const loadBefore = loadavg()[0];
const out = mkdtempSync(join(tmpdir(), 'qd-bench-'));
const cli = (...args) => [join(root, 'bin', 'quarterdeck.js'), ...args];
const pkg = ['--company', 'iij', '--period', period, '--audience', audience, '--out', out];
const COLD = [
  ['--help', cli('--help')],
  ['check', cli('check', '--company', 'iij')],
  ['build --formats figures', cli('build', ...pkg, '--formats', 'figures')],
  ['build --formats release', cli('build', ...pkg, '--formats', 'release')],
  ['build --formats deck', cli('build', ...pkg, '--formats', 'deck')],
  ['build (release + deck + deck.pdf + figures)', cli('build', ...pkg)],
];
const pkgDir = join(out, 'iij', period, audience);

const build = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' });
if (build.status !== 0) { console.error(build.stdout, build.stderr); process.exit(1); }
// the CLI's one-file front (what `npm install` and `npm run build:ts` make after the compile step)
const bundled = spawnSync(process.execPath, [join(root, 'scripts', 'bundle-cli.mjs')], { cwd: root, encoding: 'utf8' });
if (bundled.status !== 0) { console.error(bundled.stdout, bundled.stderr); process.exit(1); }

// cold: each command once per round, in turn, with LibreOffice after the full package (same deck.pptx)
const cold = new Map(COLD.map(([n]) => [n, { wall: [], peak: [] }]));
const lo = []; const ratio = [];
// the same full package with an empty cache folder each run (a first build: nothing printed, drawn or analysed before)
const FIRST = 'build (full package), empty cache';
const first = { wall: [], peak: [] };
const hasLo = existsSync(SOFFICE);
for (const [, args] of COLD) whole(process.execPath, args); // warm-up round: disk caches, the parse cache
for (let i = 0; i < runs; i++) {
  let full;
  for (const [name, args] of COLD) {
    const r = whole(process.execPath, args);
    cold.get(name).wall.push(r.wall); if (r.peak) cold.get(name).peak.push(r.peak);
    if (name.startsWith('build (')) full = r.wall;
  }
  { const r = whole(process.execPath, COLD.at(-1)[1], { QUARTERDECK_CACHE: join(out, `cache-${i}`) }); first.wall.push(r.wall); if (r.peak) first.peak.push(r.peak); }
  if (hasLo) {
    const r = whole(SOFFICE, [`-env:UserInstallation=file://${out}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', join(out, 'lo'), join(pkgDir, 'deck.pptx')]);
    lo.push(r.wall); ratio.push(r.wall / full);
  }
}
const figuresSize = statSync(join(pkgDir, 'figures.json')).size;
const figuresCount = JSON.parse(readFileSync(join(pkgDir, 'figures.json'), 'utf8')).figures.length;

// warm: one process, the browser and the prepared data kept between packages
const { build: buildPackage } = await import(join(root, 'dist', 'build.js'));
const { SharedBrowser } = await import(join(root, 'dist', 'batch', 'shared-browser.js'));
const session = { browser: new SharedBrowser(), prepared: new Map() };
const WARM = [['build --formats figures', ['figures']], ['build --formats release', ['figures', 'release']], ['build --formats deck', ['figures', 'deck']], ['build (release + deck + deck.pdf + figures)', undefined]];
const warm = new Map(WARM.map(([n]) => [n, []]));
const twoAtOnce = [];
const opts = (formats) => ({ dataDir: join(root, 'data'), outDir: join(out, 'warm'), company: 'iij', period, audience, formats });
try {
  for (const [, f] of WARM) await buildPackage(opts(f), session); // first build: fonts, compiled templates
  for (let i = 0; i < runs; i++) {
    for (const [name, f] of WARM) {
      const t = performance.now();
      await buildPackage(opts(f), session);
      warm.get(name).push((performance.now() - t) / 1000);
    }
  }
  // throughput: distinct packages (period × audience, the full package each), 2 at once in the one browser,
  // as `quarterdeck batch` builds them; after one round that loads the data and warms the caches
  const { runBatch } = await import(join(root, 'dist', 'batch', 'run-batch.js'));
  const { packageBuilder } = await import(join(root, 'dist', 'batch', 'package-builder.js'));
  const periods = ['FY2009', 'FY2008', 'FY2009-H1', 'FY2008-H1'];
  const specs = ['investors', 'press'].flatMap((a) => periods.map((p) => ({ company: 'iij', period: p, audience: a, formats: ['figures', 'release', 'deck'] })));
  const batchOut = join(out, 'batch');
  const builder = packageBuilder({ dataDir: join(root, 'data'), outDir: batchOut });
  const batch = async () => {
    const t = performance.now();
    const results = await runBatch(specs, { ...builder, outDir: batchOut, browser: session.browser, concurrency: 2, force: true });
    const bad = results.filter((r) => r.status !== 'ok');
    if (bad.length) throw new Error(`batch: ${bad.length} failed: ${bad[0].error}`);
    return (performance.now() - t) / 1000;
  };
  await batch();
  for (let i = 0; i < Math.max(1, Math.min(runs, 3)); i++) twoAtOnce.push((specs.length / (await batch())) * 60);
} finally {
  await session.browser.close();
}
const warmPeak = process.resourceUsage().maxRSS / 1024;
rmSync(out, { recursive: true, force: true });

const s3 = (x) => `${x.toFixed(3)} s`;
const rows = [['command', 'mode', 'runs', 'min', 'median', 'max', 'peak MB']];
for (const [name] of COLD) {
  const c = cold.get(name); const st = stats(c.wall);
  rows.push([name, 'cold', String(c.wall.length), s3(st.min), s3(st.median), s3(st.max), c.peak.length ? Math.max(...c.peak).toFixed(0) : '']);
  if (warm.has(name)) { const w = stats(warm.get(name)); rows.push([name, 'warm', String(warm.get(name).length), s3(w.min), s3(w.median), s3(w.max), '']); }
}
{ const st = stats(first.wall); rows.push([FIRST, 'cold', String(first.wall.length), s3(st.min), s3(st.median), s3(st.max), first.peak.length ? Math.max(...first.peak).toFixed(0) : '']); }
if (lo.length) {
  const st = stats(lo); const r = stats(ratio);
  rows.push(['LibreOffice: the same deck.pptx → PDF', 'cold', String(lo.length), s3(st.min), s3(st.median), s3(st.max), '']);
  rows.push(['LibreOffice ÷ full package (paired)', 'ratio', String(ratio.length), `${r.min.toFixed(2)} ×`, `${r.median.toFixed(2)} ×`, `${r.max.toFixed(2)} ×`, '']);
} else console.error(`bench: LibreOffice is not installed (${SOFFICE}): no yardstick`);
const fullWarm = stats(warm.get('build (release + deck + deck.pdf + figures)')).median;
rows.push(['packages a minute, warm, one at a time', 'warm', '', '', (60 / fullWarm).toFixed(0), '', '']);
{ const t = stats(twoAtOnce); rows.push([`packages a minute, warm, 2 at once (batch of 8)`, 'warm', String(twoAtOnce.length), t.min.toFixed(0), t.median.toFixed(0), t.max.toFixed(0), warmPeak.toFixed(0)]); }

const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
console.log(`\n${period} ${audience}; ${runs} runs; whole processes for cold; peak = the largest process (node or its browser); load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`);
for (const [i, r] of rows.entries()) {
  console.log(r.map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
console.log(`figures.json: ${(figuresSize / 1e6).toFixed(2)} MB, ${figuresCount} figures (the full package)`);

// the live preview: save → page updated, median over N saves (scripts/bench-preview.mjs)
const preview = spawnSync(process.execPath, [join(root, 'scripts', 'bench-preview.mjs'), '--runs', String(Math.max(runs, 5))], { cwd: root, stdio: 'inherit' });
if (preview.status !== 0) console.error('bench: the preview latency could not be measured');
