// The cold build from the caches prints the same package as the build that filled them: two
// processes, one cache folder. The first computes everything (the analysis, compiled templates,
// charts, parsed templates, the printed PDFs, deck.pptx, the PDFs' text for the preflight) and stores it; the second reads it all back
// and stores nothing new, without loading Vega-Lite, the font subsetter or puppeteer's launcher;
// figures.json is the same byte for byte, the PDFs' text is the same, the slides' XML is the same.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtures, root } from '../helpers.js';
import { unzipEntries } from '../../src/export/zip-read.js';

const cache = mkdtempSync(join(tmpdir(), 'qd-cached-build-'));
const outs = [mkdtempSync(join(tmpdir(), 'qd-cached-a-')), mkdtempSync(join(tmpdir(), 'qd-cached-b-'))];
const KINDS = ['analysis', 'handlebars', 'svg', 'parsed', 'pdf', 'pptx', 'pdftext'];
const entries = () => Object.fromEntries(KINDS.map((k) => [k, existsSync(join(cache, k)) ? readdirSync(join(cache, k)).filter((f) => !f.endsWith('.tmp')).sort() : []]));
const built: Record<string, string[]>[] = [];

/** A loader hook that lists the modules the process loads (its main thread) in QD_MODULE_LOG. */
const HOOK = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent("import { appendFileSync } from 'node:fs'; export async function load(url, ctx, next) { if (url.startsWith('file:')) appendFileSync(process.env.QD_MODULE_LOG, url + '\\\\n'); return next(url, ctx); }"));`)}`;
const moduleLog = join(outs[1], 'modules.txt');

function buildInto(out: string, hook: string[] = []): void {
  execFileSync(process.execPath, [...hook, join(root, 'bin', 'quarterdeck.js'), 'build', '--data', fixtures, '--company', 'harbor', '--period', 'FY2025', '--templates', join(fixtures, 'harbor-templates'), '--out', out],
    { cwd: root, env: { ...process.env, QUARTERDECK_CACHE: cache, QD_MODULE_LOG: moduleLog }, stdio: ['ignore', 'ignore', 'pipe'] });
  built.push(entries());
}

let secondStarted = '';
beforeAll(() => {
  buildInto(outs[0]);
  secondStarted = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
  buildInto(outs[1], ['--import', HOOK]);
}, 180_000);
afterAll(() => { for (const d of [cache, ...outs]) rmSync(d, { recursive: true, force: true }); });
const slides = (i: number) => unzipEntries(readFileSync(pkg(i, 'deck.pptx'))).filter((e) => /^ppt\/(slides|charts)\/[^/]+\.xml$/.test(e.name)).map((e) => [e.name, Buffer.from(e.data).toString('utf8')]);

const pkg = (i: number, f: string) => join(outs[i], 'harbor', 'FY2025', 'investors', f);
const qpdfOk = (file: string) => { try { execFileSync('qpdf', ['--check', file], { stdio: 'ignore' }); return true; } catch { return false; } };
const text = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

describe('a build from the caches', () => {
  it('reads what the first build stored and stores nothing new', () => {
    // (the fixture's documents draw no chart: charts from the cache are test/render/svg-cache.test.ts)
    for (const k of ['analysis', 'handlebars', 'parsed', 'pdf', 'pptx', 'pdftext']) expect(built[0][k].length, k).toBeGreaterThan(0);
    expect(built[1]).toEqual(built[0]);
  });

  it('loads neither Vega-Lite, nor the font subsetter, nor puppeteer\'s launcher, nor pptxgenjs', () => {
    const modules = readFileSync(moduleLog, 'utf8').trim().split('\n');
    // the build path: its bundle (scripts/bundle-cli.mjs), or the compiled modules when the bundle is stale
    expect(modules.some((m) => /\/dist\/(build|cli\/build-run\.bundle)\.js$/.test(m))).toBe(true);
    expect(modules.filter((m) => /node_modules\/(vega|vega-lite|fontkit|fonteditor-core|@puppeteer\/browsers|pptxgenjs|jszip)\/|dist\/export\/(pptx|ooxml\/index)\.js/.test(m))).toEqual([]);
  });

  it('writes a deck.pptx whose every part but the dated properties is the first build\'s', () => {
    // the parts of a package and of each embedded workbook, the core properties (the date) left out
    const parts = (zip: Uint8Array): [string, string][] => unzipEntries(zip).filter((e) => e.name !== 'docProps/core.xml')
      .flatMap((e) => /\.xlsx$/.test(e.name) ? parts(e.data).map(([n, d]): [string, string] => [`${e.name}/${n}`, d]) : [[e.name, Buffer.from(e.data).toString('base64')]]);
    const [a, b] = [0, 1].map((i) => parts(readFileSync(pkg(i, 'deck.pptx'))));
    expect(a.length).toBeGreaterThan(10);
    expect(b).toEqual(a);
  });

  it('writes a deck.pptx with the same slides and charts, dated now', () => {
    const [a, b] = [slides(0), slides(1)];
    expect(a.length).toBeGreaterThan(3);
    expect(b).toEqual(a);
    const core = (i: number) => Buffer.from(unzipEntries(readFileSync(pkg(i, 'deck.pptx'))).find((e) => e.name === 'docProps/core.xml')!.data).toString('utf8');
    const created = (i: number) => Date.parse(/<dcterms:created[^>]*>([^<]+)</.exec(core(i))![1]);
    expect(created(1)).toBeGreaterThanOrEqual(Math.floor(Date.parse(`${secondStarted.replace(/^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)$/, '$1-$2-$3T$4:$5:$6')}Z`) / 1000) * 1000);
  });

  it('writes the same figures.json and PDFs with the same text', () => {
    expect(readFileSync(pkg(1, 'figures.json'), 'utf8')).toBe(readFileSync(pkg(0, 'figures.json'), 'utf8'));
    for (const f of ['release.pdf', 'deck.pdf']) {
      const t = text(pkg(0, f));
      expect(t.length, f).toBeGreaterThan(500);
      expect(text(pkg(1, f)), f).toBe(t);
      // the PDF read back from the cache is dated by the build that wrote it, not the one that printed it
      const dated = (i: number) => /\/CreationDate \(D:(\d{14})/.exec(readFileSync(pkg(i, f)).toString('latin1'))![1];
      expect(dated(1) >= secondStarted, f).toBe(true);
      expect(qpdfOk(pkg(1, f)), f).toBe(true);
    }
  });
});
