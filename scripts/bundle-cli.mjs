#!/usr/bin/env node
// The CLI's front in one file: dist/cli/main.js and what it imports statically from dist/cli/ (the
// command definitions) and node_modules (commander) bundled into dist/cli/main.bundle.js, so that a process starts by loading
// one module instead of about thirty (`--help` spends most of its time in Node's module loader).
// Every dynamic import (the pipeline a command loads when it runs) stays a separate module, its path
// rewritten relative to the bundle. dist/cli/main.bundle.json lists the bundle's inputs with their
// size and date: bin/quarterdeck.js uses the bundle only while every input is unchanged (a `tsc`
// run after it, or an upgraded package, means the unbundled dist/cli/main.js is used), so a stale
// bundle never runs. Runs after the compile step; without esbuild installed it leaves the CLI unbundled.
import { spawnSync } from 'node:child_process';
import { rmSync, statSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { dirname, join, relative, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const entry = join(root, 'dist', 'cli', 'main.js');
const out = join(root, 'dist', 'cli', 'main.bundle.js');
const stamp = join(root, 'dist', 'cli', 'main.bundle.json');

let esbuild;
try { esbuild = await import('esbuild'); } catch {
  rmSync(out, { force: true }); rmSync(stamp, { force: true });
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
const inputs = Object.keys(r.metafile.inputs).map((p) => { const abs = resolve(root, p); const st = statSync(abs); return [relative(root, abs), st.size, st.mtimeMs]; });
writeFileSync(stamp, `${JSON.stringify({ inputs })}\n`);

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
