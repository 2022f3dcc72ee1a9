#!/usr/bin/env node
// Thin launcher: the CLI lives in src/cli (compiled to dist/ by `npm install`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error('quarterdeck: not built yet. Run `npm install` (it compiles src/ to dist/).');
  process.exit(2);
}
// `quarterdeck figures | head` closes the pipe early: that is not an error
process.stdout.on('error', (e) => { if (e.code === 'EPIPE') process.exit(0); else throw e; });
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
