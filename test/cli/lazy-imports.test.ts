// Commands import only what they run: `--help` loads nothing but the launcher and its usage text (or the CLI without the pipeline), and
// `check` on data it has analysed before reads the analysis cache without loading the data loader
// (YAML, the schemas) or the calculation. Modules are listed by a loader hook in the child process.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtures, root } from '../helpers.js';
import { stubLauncher } from './stub-launcher.js';

const HOOK = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent("import { appendFileSync } from 'node:fs'; export async function load(url, ctx, next) { if (url.startsWith('file:')) appendFileSync(process.env.QD_MODULE_LOG, url + '\\\\n'); return next(url, ctx); }"));`)}`;

/** The modules (paths under the project) a CLI run loads, and its exit status. */
async function modulesOf(args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; modules: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'qd-modules-'));
  const log = join(dir, 'modules.txt');
  try {
    const child = spawn(process.execPath, ['--import', HOOK, join(root, 'bin', 'quarterdeck.js'), ...args], { cwd: root, stdio: 'ignore', env: { ...process.env, ...env, QD_MODULE_LOG: log } });
    const status = await new Promise<number | null>((resolve, reject) => { child.on('error', reject); child.on('close', resolve); });
    const modules = readFileSync(log, 'utf8').trim().split('\n').map((u) => decodeURIComponent(new URL(u).pathname).slice(root.length + 1));
    return { status, modules };
  } finally { rmSync(dir, { recursive: true, force: true }); }
}

// the cases run at once (each waits on its own child processes)
describe.concurrent('commands load only what they need', () => {
  it('--help loads the CLI, not the pipeline or its libraries', async () => {
    const { status, modules } = await modulesOf(['--help']);
    expect(status).toBe(0);
    // the usage text made with the one-file front (scripts/bundle-cli.mjs) when it is up to date: no module of the CLI at all
    expect(modules).toContain('bin/quarterdeck.js');
    const heavy = modules.filter((m) => /node_modules\/(zod|yaml|decimal\.js|vega|vega-lite|puppeteer-core|pptxgenjs|exceljs|handlebars)\/|dist\/(build|calc|load|render|export\/(deck|release-pdf|browser))/.test(m));
    expect(heavy).toEqual([]);
  });

  it('check on data analysed before reads the cache: no YAML, no schemas, no solving', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'qd-modules-cache-'));
    try {
      const args = ['check', '--data', fixtures, '--company', 'harbor'];
      const first = await modulesOf(args, { QUARTERDECK_CACHE: cache });
      expect(first.status).toBe(0);
      expect(first.modules).toContain('dist/calc/solve.js');
      const again = await modulesOf(args, { QUARTERDECK_CACHE: cache });
      expect(again.status).toBe(0);
      expect(again.modules.filter((m) => /node_modules\/(zod|yaml)\/|dist\/load\/(parse|schema)\.js|dist\/calc\/(solve|analyse)\.js/.test(m))).toEqual([]);
      expect(again.modules).toContain('dist/load/analysis-cache.js');
    } finally { rmSync(cache, { recursive: true, force: true }); }
  }, 60_000);

  it('batch --redis (a producer) loads the queue, not the build pipeline: the workers build', async () => {
    // a Redis nobody listens on: the producer packs its snapshot, then fails to connect (one problem)
    const { status, modules } = await modulesOf(['batch', '--redis', 'redis://127.0.0.1:9', '--data', fixtures, '--company', 'harbor', '--period', 'FY2024', '--formats', 'figures', '--out', mkdtempSync(join(tmpdir(), 'qd-modules-out-'))]);
    expect(status).toBe(1);
    expect(modules).toContain('dist/queue/producer.js');
    expect(modules.filter((m) => /node_modules\/(decimal\.js|vega|vega-lite|puppeteer-core|pptxgenjs|exceljs|handlebars)\/|dist\/(build|calc|render)[/.]/.test(m))).toEqual([]);
  }, 60_000);

  it('the launcher runs the bundled front only while every file it was made from is unchanged', () => {
    // a project of stubs: bin/quarterdeck.js as shipped, a main.js and a bundle that say which ran
    const { dir, bin, input } = stubLauncher('qd-front-');
    try {
      const run = () => spawnSync(process.execPath, [bin], { encoding: 'utf8' }).stdout;
      expect(run()).toBe('bundled');
      writeFileSync(input, 'export const changed = 1;\n');
      expect(run()).toBe('unbundled');
      rmSync(join(dir, 'dist', 'cli', 'main.bundle.json'));
      expect(run()).toBe('unbundled');
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });
});
