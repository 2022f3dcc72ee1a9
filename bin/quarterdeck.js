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

// `quarterdeck figures | head` closes the pipe early: that is not an error
process.stdout.on('error', (e) => { if (e.code === 'EPIPE') process.exit(0); else throw e; });
const { main } = await import(front().href);
process.exitCode = await main(process.argv.slice(2));
