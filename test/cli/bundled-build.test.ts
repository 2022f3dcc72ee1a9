// The bundled build path (scripts/bundle-cli.mjs: dist/cli/build-run.bundle.js and its chunks) prints
// the same package as the compiled modules it was made from: two processes, each with a cache folder
// of its own (so that neither reads what the other computed), one through bin/quarterdeck.js with
// its bundles, one through dist/cli/main.js. figures.json is the same byte for byte, the PDFs' text
// is the same, the slides' XML is the same.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fixtures, root } from '../helpers.js';
import { unzipEntries } from '../../src/export/zip-read.js';

const dirs = [0, 1].map((i) => mkdtempSync(join(tmpdir(), `qd-bundled-${i}-`)));
const args = ['build', '--data', fixtures, '--company', 'harbor', '--period', 'FY2025', '--templates', join(fixtures, 'harbor-templates')];
/** A loader hook that lists the modules the process loads (its main thread) in QD_MODULE_LOG. */
const HOOK = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent("import { appendFileSync } from 'node:fs'; export async function load(url, ctx, next) { if (url.startsWith('file:')) appendFileSync(process.env.QD_MODULE_LOG, url + '\\\\n'); return next(url, ctx); }"));`)}`;
/** A launcher of the compiled modules, without the bundles (a file: code given with -e would run in the print thread too). */
const unbundled = join(dirs[1], 'unbundled.mjs');
writeFileSync(unbundled, `const { main } = await import(${JSON.stringify(pathToFileURL(join(root, 'dist', 'cli', 'main.js')).href)});\nprocess.exitCode = await main(process.argv.slice(2));\n`);

function buildIn(dir: string, launch: string[]): void {
  execFileSync(process.execPath, ['--import', HOOK, ...launch, ...args, '--out', join(dir, 'out')],
    { cwd: root, env: { ...process.env, QUARTERDECK_CACHE: join(dir, 'cache'), QD_MODULE_LOG: join(dir, 'modules.txt') }, stdio: ['ignore', 'ignore', 'pipe'] });
}

beforeAll(() => {
  buildIn(dirs[0], [join(root, 'bin', 'quarterdeck.js')]);
  buildIn(dirs[1], [unbundled]);
}, 240_000);
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

const pkg = (i: number, f: string) => join(dirs[i], 'out', 'harbor', 'FY2025', 'investors', f);
const modules = (i: number) => readFileSync(join(dirs[i], 'modules.txt'), 'utf8').trim().split('\n');
const text = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const slides = (i: number) => unzipEntries(readFileSync(pkg(i, 'deck.pptx'))).filter((e) => /^ppt\/(slides|charts)\/[^/]+\.xml$/.test(e.name)).map((e) => [e.name, Buffer.from(e.data).toString('utf8')]);

describe('the bundled build path', () => {
  it('is imported only while every file it was made from is unchanged (dist/cli/build-run.pick.js)', () => {
    // a project of stubs: the pick as made, a bundle and compiled modules that say which ran, one input
    const dir = mkdtempSync(join(tmpdir(), 'qd-pick-'));
    try {
      const cli = join(dir, 'dist', 'cli');
      mkdirSync(cli, { recursive: true });
      copyFileSync(join(root, 'dist', 'cli', 'build-run.pick.js'), join(cli, 'build-run.pick.js'));
      const stub = (name: string) => `export const build = '${name}'; export const runOptions = undefined;\n`;
      writeFileSync(join(cli, 'build-run.bundle.js'), stub('bundled'));
      writeFileSync(join(cli, 'build-run.js'), stub('unbundled'));
      const input = join(dir, 'dist', 'build.js');
      writeFileSync(input, 'export {};\n');
      const st = statSync(input);
      writeFileSync(join(cli, 'build-run.bundle.json'), JSON.stringify({ inputs: [['dist/build.js', st.size, st.mtimeMs]] }));
      const picked = () => execFileSync(process.execPath, ['--input-type=module', '-e', `const { build } = await import(${JSON.stringify(pathToFileURL(join(cli, 'build-run.pick.js')).href)}); process.stdout.write(build);`], { encoding: 'utf8' });
      expect(picked()).toBe('bundled');
      writeFileSync(input, 'export const changed = 1;\n');
      expect(picked()).toBe('unbundled');
      rmSync(join(cli, 'build-run.bundle.json'));
      expect(picked()).toBe('unbundled');
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });

  it('is what the launcher runs, and the other process ran the compiled modules', () => {
    expect(modules(0).filter((m) => m.endsWith('/dist/cli/build-run.bundle.js'))).toHaveLength(1);
    expect(modules(0).filter((m) => m.endsWith('/dist/build.js'))).toEqual([]);
    expect(modules(1).filter((m) => m.endsWith('/dist/build.js'))).toHaveLength(1);
    expect(modules(1).filter((m) => m.includes('.bundle.js') || m.includes('build-run.chunk-'))).toEqual([]);
  });

  it('writes the same figures.json, the same PDF text and the same slides', () => {
    const figures = readFileSync(pkg(1, 'figures.json'), 'utf8');
    expect(JSON.parse(figures).figures.length).toBeGreaterThan(10);
    expect(readFileSync(pkg(0, 'figures.json'), 'utf8')).toBe(figures);
    for (const f of ['release.pdf', 'deck.pdf']) {
      const t = text(pkg(1, f));
      expect(t.length, f).toBeGreaterThan(500);
      expect(text(pkg(0, f)), f).toBe(t);
    }
    const s = slides(1);
    expect(s.length).toBeGreaterThan(3);
    expect(slides(0)).toEqual(s);
  });
});
