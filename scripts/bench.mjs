#!/usr/bin/env node
// Benchmarks, printed as a table of medians. Run `npm run bench` (after `npm run build:ts`).
//   release cold: one `node bin/quarterdeck.js build … --formats release` command, launch to exit
//   release warm: the browser open and the data loaded, render the release HTML and print it again
//   deck cold: a whole `build --formats deck` command; and the first deck.pptx / deck.pdf in a fresh process
//   deck warm: the browser open and the data loaded, build the slide model, deck.pptx, deck.pdf again;
//              beside it LibreOffice converting the same deck.pptx (headless), as a ratio, in the same run
// Options: --runs N (default 5), --period P (default FY2008), --deck-period P (default FY2009), --only release|deck
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;
const arg = (name, fallback) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : fallback; };
const runs = Number(arg('runs', '5'));
const period = arg('period', 'FY2008');
const only = arg('only', undefined);

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const rows = [];
const record = (name, times, target) => rows.push({ name, runs: times.length, median: median(times), min: Math.min(...times), max: Math.max(...times), target });

/** Every benchmark: a name, a target in seconds, and a function returning one run's times. */
const benches = {
  async release() {
    const out = mkdtempSync(join(tmpdir(), 'qd-bench-'));
    try {
      // cold: a whole command, node start to exit
      const cold = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        const r = spawnSync(process.execPath, [join(root, 'bin', 'quarterdeck.js'), 'build', '--company', 'iij', '--period', period, '--formats', 'release', '--out', out], { encoding: 'utf8' });
        if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
        cold.push((performance.now() - t) / 1000);
      }
      record(`release ${period} cold (command)`, cold, 2);

      // warm: browser open, data prepared; render the HTML and print it
      const { prepare } = await import(join(root, 'dist', 'build.js'));
      const { buildFigures } = await import(join(root, 'dist', 'model', 'figures.js'));
      const { en } = await import(join(root, 'dist', 'messages', 'en.js'));
      const { makeInputs } = await import(join(root, 'dist', 'render', 'inputs.js'));
      const { renderReleaseHtml } = await import(join(root, 'dist', 'render', 'release', 'index.js'));
      const { releasePdf } = await import(join(root, 'dist', 'export', 'release-pdf.js'));
      const { Printer } = await import(join(root, 'dist', 'export', 'browser.js'));
      const { data, analysis } = prepare(join(root, 'data'), 'iij');
      const printer = await Printer.open();
      try {
        const inputs = makeInputs(data, buildFigures(analysis.ledger, period, en), en, [join(root, 'templates')], 'investors');
        await releasePdf(inputs, printer); // first print loads fonts
        const warm = []; const html = []; const figures = [];
        for (let i = 0; i < runs; i++) {
          let t = performance.now();
          const fresh = makeInputs(data, buildFigures(analysis.ledger, period, en), en, [join(root, 'templates')], 'investors');
          figures.push((performance.now() - t) / 1000);
          t = performance.now();
          await renderReleaseHtml(fresh);
          html.push((performance.now() - t) / 1000);
          t = performance.now();
          await releasePdf(fresh, printer);
          warm.push((performance.now() - t) / 1000);
        }
        record(`release ${period} warm: figures.json`, figures);
        record(`release ${period} warm: HTML only`, html);
        record(`release ${period} warm: render + print`, warm, 0.3);
      } finally {
        await printer.close();
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  },
};

/** The deck's modules from dist/, and a prepared company. */
async function deckKit() {
  const { prepare } = await import(join(root, 'dist', 'build.js'));
  const { buildFigures } = await import(join(root, 'dist', 'model', 'figures.js'));
  const { en } = await import(join(root, 'dist', 'messages', 'en.js'));
  const { makeInputs } = await import(join(root, 'dist', 'render', 'inputs.js'));
  const { deckModel } = await import(join(root, 'dist', 'render', 'deck', 'build-model.js'));
  const { deckPptx } = await import(join(root, 'dist', 'export', 'pptx.js'));
  const { deckPdf } = await import(join(root, 'dist', 'export', 'deck-pdf.js'));
  const { Printer } = await import(join(root, 'dist', 'export', 'browser.js'));
  const { data, analysis } = prepare(join(root, 'data'), 'iij');
  const inputs = () => makeInputs(data, buildFigures(analysis.ledger, deckPeriod, en), en, [join(root, 'templates')], 'investors');
  return { inputs, deckModel, deckPptx, deckPdf, Printer };
}
const deckPeriod = arg('deck-period', 'FY2009');

// `bench.mjs --child deck-cold`: a fresh process builds one deck (browser open, nothing rendered yet) and prints its times
if (arg('child', undefined) === 'deck-cold') {
  const k = await deckKit();
  const printer = await k.Printer.open();
  let t = performance.now();
  await k.deckPptx(k.deckModel(k.inputs()));
  const pptx = (performance.now() - t) / 1000;
  t = performance.now();
  await k.deckPdf(k.deckModel(k.inputs()), printer);
  const pdf = (performance.now() - t) / 1000;
  await printer.close();
  console.log(JSON.stringify({ pptx, pdf }));
  process.exit(0);
}

benches.deck = async () => {
  const out = mkdtempSync(join(tmpdir(), 'qd-bench-'));
  try {
    const cold = []; const coldPptx = []; const coldPdf = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const r = spawnSync(process.execPath, [join(root, 'bin', 'quarterdeck.js'), 'build', '--company', 'iij', '--period', deckPeriod, '--formats', 'deck', '--out', out], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
      cold.push((performance.now() - t) / 1000);
      const c = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--child', 'deck-cold'], { encoding: 'utf8' });
      if (c.status !== 0) throw new Error(`deck cold failed: ${c.stderr}`);
      const j = JSON.parse(c.stdout.trim().split('\n').at(-1));
      coldPptx.push(j.pptx); coldPdf.push(j.pdf);
    }
    record(`deck ${deckPeriod} cold (command, figures + pptx + pdf)`, cold);
    record(`deck ${deckPeriod} cold: deck.pptx (first in a process)`, coldPptx);
    record(`deck ${deckPeriod} cold: deck.pdf (first in a process)`, coldPdf);

    const k = await deckKit();
    const printer = await k.Printer.open();
    const { writeFileSync } = await import('node:fs');
    const { existsSync } = await import('node:fs');
    try {
      await k.deckPdf(k.deckModel(k.inputs()), printer); // first print loads fonts
      await k.deckPptx(k.deckModel(k.inputs()));
      const model = []; const pptx = []; const pdf = []; const lo = []; const ratio = [];
      for (let i = 0; i < runs; i++) {
        const inputs = k.inputs();
        let t = performance.now();
        k.deckModel(inputs);
        model.push((performance.now() - t) / 1000);
        t = performance.now();
        const bytes = await k.deckPptx(k.deckModel(inputs));
        pptx.push((performance.now() - t) / 1000);
        t = performance.now();
        await k.deckPdf(k.deckModel(inputs), printer);
        const ours = (performance.now() - t) / 1000;
        pdf.push(ours);
        // beside it: LibreOffice converting the same deck.pptx to PDF (the usual way), same run
        if (existsSync('/usr/bin/soffice')) {
          const file = join(out, `deck-${i}.pptx`);
          writeFileSync(file, bytes);
          t = performance.now();
          const r = spawnSync('/usr/bin/soffice', [`-env:UserInstallation=file://${out}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', out, file], { encoding: 'utf8' });
          if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
          const theirs = (performance.now() - t) / 1000;
          lo.push(theirs); ratio.push(theirs / ours);
        }
      }
      record(`deck ${deckPeriod} warm: slide model`, model);
      record(`deck ${deckPeriod} warm: deck.pptx (model + pptx)`, pptx, 0.2);
      record(`deck ${deckPeriod} warm: deck.pdf (model + HTML + print)`, pdf, 0.5);
      if (lo.length) {
        record(`deck ${deckPeriod}: LibreOffice pptx → pdf (same deck)`, lo);
        rows.push({ name: `deck ${deckPeriod}: LibreOffice ÷ deck.pdf (× slower)`, runs: ratio.length, median: median(ratio), min: Math.min(...ratio), max: Math.max(...ratio), ratio: true });
      } else {
        console.error('bench: LibreOffice is not installed (/usr/bin/soffice): no conversion to compare with');
      }
    } finally {
      await printer.close();
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
};

const build = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' });
if (build.status !== 0) { console.error(build.stdout, build.stderr); process.exit(1); }
for (const [name, run] of Object.entries(benches)) if (!only || only === name) await run();

const fmt = (s, r) => (r.ratio ? `${s.toFixed(1)} ×` : `${s.toFixed(3)} s`);
const table = [['benchmark', 'runs', 'median', 'min', 'max', 'target'], ...rows.map((r) => [r.name, String(r.runs), fmt(r.median, r), fmt(r.min, r), fmt(r.max, r), r.target === undefined ? '' : `${r.median <= r.target ? '≤' : '>'} ${r.target} s`])];
const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
for (const [i, r] of table.entries()) {
  console.log(r.map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
