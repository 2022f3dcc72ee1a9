#!/usr/bin/env node
// Thin launcher: the CLI lives in src/cli (compiled to dist/ by `npm install`).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error('quarterdeck: not built yet. Run `npm install` (it compiles src/ to dist/).');
  process.exit(2);
}

/** The one-file front (scripts/bundle-cli.mjs) while every file it was made from is unchanged; else dist/cli/main.js. */
function front() {
  const bundle = new URL('../dist/cli/main.bundle.js', import.meta.url);
  try {
    const { inputs } = JSON.parse(readFileSync(new URL('../dist/cli/main.bundle.json', import.meta.url), 'utf8'));
    const root = new URL('..', import.meta.url);
    for (const [file, size, mtimeMs] of inputs) {
      const st = statSync(new URL(file, root));
      if (st.size !== size || st.mtimeMs !== mtimeMs) return entry;
    }
    statSync(bundle);
    return bundle;
  } catch { return entry; }
}

/**
 * The usage text of these arguments as the bundle prints it (dist/cli/main.help.json, made with it),
 * while the bundle is up to date, the texts were made in this folder and each stream it writes to
 * wraps at their width (not a terminal, or one of that many columns).
 */
function usage(argv, bundled) {
  if (!bundled) return undefined;
  try {
    const { root, width, texts } = JSON.parse(readFileSync(new URL('../dist/cli/main.help.json', import.meta.url), 'utf8'));
    const t = Object.hasOwn(texts, argv.join(' ')) ? texts[argv.join(' ')] : undefined;
    const fits = (stream, text) => !text || !stream.isTTY || stream.columns === width;
    if (!t || root !== new URL('..', import.meta.url).pathname || !fits(process.stdout, t.out) || !fits(process.stderr, t.err)) return undefined;
    return t;
  } catch { return undefined; }
}

// `quarterdeck figures | head` closes the pipe early: that is not an error
process.stdout.on('error', (e) => { if (e.code === 'EPIPE') process.exit(0); else throw e; });
const argv = process.argv.slice(2);
const url = front();
const text = usage(argv, url !== entry);
if (text) {
  // `--help` and the like: the text alone, without loading the CLI
  if (text.out) process.stdout.write(text.out);
  if (text.err) process.stderr.write(text.err);
  process.exitCode = text.code;
} else {
  const { main } = await import(url.href);
  process.exitCode = await main(argv);
}
