#!/usr/bin/env node
// The CLI in two files. dist/cli/main.bundle.js is the front: dist/cli/main.js and what it imports
// statically from dist/cli/ (the command definitions) and node_modules (commander), so that a process
// starts by loading one module instead of about thirty (`--help` spends most of its time in Node's
// module loader). dist/cli/build-run.bundle.js is what `build` loads when it runs (dist/cli/build-run.js:
// the pipeline, its dynamic imports and the small libraries it calls), about 300 modules in one file;
// the libraries only some documents need (the browser, pptxgenjs, exceljs, Vega) and the error
// classes (one class, shared with the front and cli/fault.js) stay modules of their own. Every other
// dynamic import of the front stays a separate module, its path rewritten relative to the bundle.
// dist/cli/main.bundle.json lists the front's inputs with their size and date: bin/quarterdeck.js
// uses the front only while every input is unchanged (a `tsc` run after it, or an upgraded package,
// means the unbundled dist/cli/main.js is used), so a stale bundle never runs. The build path has its
// own list (build-run.bundle.json), checked by dist/cli/build-run.pick.js when `build` runs (so that
// `--help` does not stat its 450 files): the bundle while unchanged, else dist/cli/build-run.js.
// Runs after the compile step; without esbuild installed it leaves the CLI unbundled.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { dirname, join, relative, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const entry = join(root, 'dist', 'cli', 'main.js');
const out = join(root, 'dist', 'cli', 'main.bundle.js');
const stamp = join(root, 'dist', 'cli', 'main.bundle.json');
const buildEntry = join(root, 'dist', 'cli', 'build-run.js');
const buildOut = join(root, 'dist', 'cli', 'build-run.bundle.js');
const buildStamp = join(root, 'dist', 'cli', 'build-run.bundle.json');
// what the bundled front imports for the build path: the bundle while its inputs are unchanged, else dist/cli/build-run.js
const buildPick = join(root, 'dist', 'cli', 'build-run.pick.js');

let esbuild;
try { esbuild = await import('esbuild'); } catch {
  for (const f of [out, stamp, buildOut, buildStamp, buildPick]) rmSync(f, { force: true });
  for (const f of readdirSync(join(root, 'dist', 'cli'))) if (/^build-run\.chunk-.*\.js$/.test(f)) rmSync(join(root, 'dist', 'cli', f));
  console.error('bundle-cli: esbuild is not installed; the CLI runs unbundled');
  process.exit(0);
}

const cliDir = join(root, 'dist', 'cli');
const distDir = join(root, 'dist');
const external = (abs) => { const rel = relative(dirname(out), abs); return { path: rel.startsWith('.') ? rel : `./${rel}`, external: true }; };
// bundled: dist/cli/ and commander; kept as modules of their own: every dynamic import, and every
// other module of dist/ (one instance of each, shared with the pipeline: QuarterDeckError is one class)
const lazy = {
  name: 'lazy-imports',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (a) => {
      if (a.kind === 'dynamic-import' && !a.path.startsWith('.')) return { path: a.path, external: true };
      if (!a.path.startsWith('.')) return undefined;
      const abs = resolve(a.resolveDir, a.path);
      // the build path: its own bundle
      if (abs === buildEntry) return external(buildPick);
      if (a.kind === 'dynamic-import' || (abs.startsWith(`${distDir}/`) && !abs.startsWith(`${cliDir}/`))) return external(abs);
      return undefined;
    });
  },
};
const r = await esbuild.build({
  entryPoints: [entry], outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20',
  metafile: true, logLevel: 'warning', plugins: [lazy],
  // commander is CommonJS: its require('node:events') needs a require in an ES module
  banner: { js: "import { createRequire as qdCreateRequire } from 'node:module'; const require = qdCreateRequire(import.meta.url);" },
});

// The build path. Modules of their own: the error classes (dist/errors/: the front and cli/fault.js
// test `instanceof` against the one class) and the libraries only some documents or commands load.
const OWN = new Set(['puppeteer-core', 'pptxgenjs', 'jszip', 'exceljs', 'vega', 'vega-lite', 'fontkit', 'fonteditor-core', 'chokidar', 'hono', '@hono/node-server', 'bullmq', 'ioredis', 'tar-stream', 'croner', 'saxes', 'esbuild', 'tsx']);
const errorsDir = join(distDir, 'errors');
const pkgName = (p) => (p.startsWith('@') ? p.split('/').slice(0, 2).join('/') : p.split('/')[0]);
const pipeline = {
  name: 'build-path',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (a) => {
      if (a.kind === 'entry-point') return undefined;
      if (!a.path.startsWith('.') && !a.path.startsWith('/')) return OWN.has(pkgName(a.path)) ? { path: a.path, external: true } : undefined;
      const abs = resolve(a.resolveDir, a.path);
      if (abs.startsWith(`${errorsDir}/`)) return external(abs);
      return undefined;
    });
    // a module's own address (import.meta.url: its folder, the package root, worker files beside it)
    // stays the address of its file in dist/, relative to the bundle
    b.onLoad({ filter: /\.js$/ }, async (a) => {
      if (!a.path.startsWith(`${distDir}/`)) return undefined;
      const src = await readFile(a.path, 'utf8');
      if (!src.includes('import.meta.url')) return { contents: src, loader: 'js' };
      const rel = relative(dirname(buildOut), a.path);
      return { contents: src.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`), loader: 'js' };
    });
  },
};
// each dynamic import a chunk of its own (the modules it alone needs, and the libraries they import,
// load when it runs), modules shared between chunks in one: one instance of each module; every file
// in dist/cli/, so that the addresses above hold for each
for (const f of readdirSync(cliDir)) if (/^build-run\.chunk-.*\.js$/.test(f)) rmSync(join(cliDir, f));
const rb = await esbuild.build({
  entryPoints: { 'build-run.bundle': buildEntry }, outdir: cliDir, chunkNames: 'build-run.chunk-[hash]', splitting: true,
  bundle: true, platform: 'node', format: 'esm', target: 'node20', metafile: true, logLevel: 'warning', plugins: [pipeline],
  // CommonJS libraries (Handlebars, decimal.js's require of node modules) need a require in an ES module
  banner: { js: "import { createRequire as qdCreateRequire } from 'node:module'; const require = qdCreateRequire(import.meta.url);" },
});
const inputsOf = (meta) => Object.keys(meta.inputs).map((p) => { const abs = resolve(root, p); const st = statSync(abs); return [relative(root, abs), st.size, st.mtimeMs]; });
writeFileSync(stamp, `${JSON.stringify({ inputs: inputsOf(r.metafile) })}\n`);
// the build path's inputs are checked when `build` runs, not by every start (`--help` stats the front's alone)
writeFileSync(buildStamp, `${JSON.stringify({ inputs: inputsOf(rb.metafile) })}\n`);
writeFileSync(buildPick, `// Made by scripts/bundle-cli.mjs: the build path bundled (build-run.bundle.js) while every file it was
// made from is unchanged (build-run.bundle.json: size and date of each), else the compiled modules.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
function fresh() {
  try {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const { inputs } = JSON.parse(readFileSync(new URL('./build-run.bundle.json', import.meta.url), 'utf8'));
    for (const [file, size, mtimeMs] of inputs) {
      const st = statSync(root + file, { throwIfNoEntry: false });
      if (!st || st.size !== size || st.mtimeMs !== mtimeMs) return false;
    }
    return true;
  } catch { return false; }
}
export const { build, runOptions } = await import(fresh() ? './build-run.bundle.js' : './build-run.js');
`);

// The usage texts (`--help`, `help <command>`, `<command> -h`, no command at all), as the bundle
// prints them to a stream that is not a terminal (80 columns), written beside the bundle: the
// launcher prints them without loading the CLI while the bundle is up to date (its inputs above)
// and the texts were made in this folder (they name its data/ folder).
const helpFile = join(root, 'dist', 'cli', 'main.help.json');
rmSync(helpFile, { force: true });
const made = spawnSync(process.execPath, ['--input-type=module', '-e', `
  const { main } = await import(${JSON.stringify(pathToFileURL(out).href)});
  const say = async (argv) => { let out = '', err = ''; const code = await main(argv, { out: (s) => { out += s; }, err: (s) => { err += s; }, isTty: false }); return [argv.join(' '), { out, err, code }]; };
  const top = await say(['--help']);
  const names = [...top[1].out.split('\\nCommands:\\n')[1].matchAll(/^  ([a-z][a-z-]*)/gm)].map((m) => m[1]);
  const forms = [[], ['--help'], ['-h'], ['help'], ...names.flatMap((n) => [[n, '--help'], [n, '-h'], ['help', n]])];
  const texts = {}; for (const f of forms) { const [k, v] = await say(f); texts[k] = v; }
  process.stdout.write(JSON.stringify(texts));
`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
if (made.status === 0) writeFileSync(helpFile, `${JSON.stringify({ root, width: 80, texts: JSON.parse(made.stdout) })}\n`);
else console.error('bundle-cli: the usage texts were not made; `--help` loads the CLI');
