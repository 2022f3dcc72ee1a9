#!/usr/bin/env node
// `npm test`: the type check and the tests at once. tsc is one thread and the tests leave gaps
// (waiting on Chromium, LibreOffice, Redis and worker processes), so on two cores the check costs
// little wall time beside them; it runs at a lower priority, so it takes the gaps rather than
// slowing the tests. The check is incremental (its build info in node_modules/.cache/):
// on a machine that ran it before, only what changed is checked again. Both always run to the end;
// the exit code is the first failure's. Arguments go to vitest (`npm test -- test/calc`).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);
const cache = join(root, 'node_modules', '.cache', 'quarterdeck');
mkdirSync(cache, { recursive: true });

/** Run a command; its output is kept and printed whole when it ends (so the two never interleave). */
function run(label, args, { buffer, nice = 0 }) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: buffer ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    if (nice) try { setPriority(child.pid, nice); } catch { /* not allowed here: same priority */ }
    let out = '';
    child.stdout?.on('data', (d) => { out += d; });
    child.stderr?.on('data', (d) => { out += d; });
    child.on('close', (code, signal) => {
      const s = ((Date.now() - started) / 1000).toFixed(1);
      if (out) process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
      console.log(`${label}: ${code === 0 ? 'ok' : `failed (${signal ?? `exit ${code}`})`} in ${s} s`);
      resolve(code ?? 1);
    });
  });
}

const typecheck = run('type check (tsc --noEmit)', [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.json', '--noEmit', '--incremental', '--tsBuildInfoFile', join(cache, 'tsc-test.tsbuildinfo')], { buffer: true, nice: 10 });
const tests = run('tests (vitest run)', [bin('vitest', 'vitest.mjs'), 'run', ...process.argv.slice(2)], { buffer: false });
const codes = await Promise.all([typecheck, tests]);
process.exit(codes.find((c) => c !== 0) ?? 0);
