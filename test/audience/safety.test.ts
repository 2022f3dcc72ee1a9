// What templates cannot do: read files outside the template folders, reach object prototypes, or
// make the browser fetch anything. And a user's confidential release: the marking on every page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, symlinkSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build, type BuildSession } from '../../src/build.js';
import { SharedBrowser } from '../../src/batch/shared-browser.js';
import { QuarterDeckError, formatProblem } from '../../src/errors/problem.js';
import { makeInputs } from '../../src/render/inputs.js';
import { deckModel } from '../../src/render/deck/build-model.js';
import { renderReleaseHtml } from '../../src/render/release/index.js';
import { figuresOf } from '../support/figures.js';
import { en } from '../../src/messages/en.js';
import { loadProfile } from '../../src/audience/profile.js';
import { loadTheme } from '../../src/template/theme.js';
import { dataDir, root, run } from '../helpers.js';
import { iij } from '../render/deck-fixture.js';
import { readPdf } from '../export/pdf-tools.js';
import { scratch, templateFolder } from './support.js';

const hasChromium = existsSync(process.env.QUARTERDECK_CHROMIUM ?? '/usr/bin/chromium');
const builtin = join(root, 'templates');
let fy2009: ReturnType<typeof figuresOf> | undefined;
const figures = () => (fy2009 ??= figuresOf(iij().analysis.ledger, 'FY2009', en));

/** Inputs of the FY2009 documents with a user template folder before the built-ins. */
const inputsWith = (dir: string) => makeInputs(iij().data, figures(), en, [dir, builtin], 'investors');

/** The problems of a call that must fail, as the CLI prints them. */
function problems(f: () => unknown): string {
  try { f(); } catch (e) { expect(e).toBeInstanceOf(QuarterDeckError); return (e as QuarterDeckError).problems.map(formatProblem).join('\n'); }
  throw new Error('expected a QuarterDeckError');
}
async function rejects(p: Promise<unknown>): Promise<string> {
  const e = await p.then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(QuarterDeckError);
  return (e as QuarterDeckError).problems.map(formatProblem).join('\n');
}
const slide = (text: string) => `title: Summary\nblocks:\n  - text: { area: full, paragraphs: ['${text}'] }\n`;

describe('templates cannot reach object prototypes', () => {
  it('a slide that names constructor or __proto__ is refused, with its file and line', () => {
    for (const t of ['{{constructor}}', '{{company.constructor.name}}', '{{lookup company "constructor"}}', '{{#with (lookup this "__proto__")}}x{{/with}}', '{{@root.constructor}}']) {
      const dir = templateFolder({ 'deck/slides/summary.yaml': slide(t) });
      const text = problems(() => deckModel(inputsWith(dir)));
      expect(text, t).toMatch(new RegExp(`${join(dir, 'deck/slides/summary.yaml')}:\\d+: .*templates cannot reach an object's (constructor|__proto__)`));
    }
  });

  it('a prototype reached at run time (a computed name) yields nothing', () => {
    const dir = templateFolder({ 'deck/slides/summary.yaml': slide('[{{lookup company (concat "constr" "uctor")}}][{{lookup (lookup company (concat "constr" "uctor")) "name"}}]') });
    const model = deckModel(inputsWith(dir));
    const s = model.slides.find((x) => x.id === 'summary')!;
    const shown = s.blocks.flatMap((b) => (b.kind === 'text' ? b.paragraphs : [])).join('');
    expect(shown).toBe('[][]');
  });

  it('Handlebars\' prototype access stays disabled: no source turns it on', () => {
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
    const on = files(join(root, 'src')).filter((f) => /allowProto(Properties|Methods)ByDefault|allowedProto(Properties|Methods)/.test(readFileSync(f, 'utf8')));
    expect(on).toEqual([]);
  });

  it('release helpers that take a path or a name read own properties only', async () => {
    const dir = templateFolder({ 'release/partials/about.hbs': '<p id="probe">[{{companyText "constructor.name"}}][{{msg "constructor"}}][{{companyText "__proto__"}}]</p>\n' });
    const { html } = await renderReleaseHtml(inputsWith(dir));
    expect(/<p id="probe">([^<]*)<\/p>/.exec(html)![1]).toBe('[][][]');
    const bad = templateFolder({ 'release/partials/about.hbs': '<section>\n<p>{{company.constructor}}</p>\n</section>\n' });
    expect(await rejects(renderReleaseHtml(inputsWith(bad)))).toMatch(new RegExp(`${join(bad, 'release/partials/about.hbs')}:2: .*templates cannot reach an object's constructor`));
  });
});

describe('templates read nothing outside the template folders', () => {
  it('a partial named with "../" or an absolute path is refused', async () => {
    for (const name of ['../../../etc/hostname', '"/etc/hostname"']) {
      const dir = templateFolder({ 'release/partials/about.hbs': `<section>\n{{> ${name}}}\n</section>\n` });
      expect(await rejects(renderReleaseHtml(inputsWith(dir))), name).toMatch(new RegExp(`about\\.hbs:2: partial ".*etc/hostname" is outside the template folders`));
    }
  });

  it('a chart spec, an audience, a theme or a logo named outside the folders is refused', async () => {
    const dir = templateFolder({ 'deck/slides/summary.yaml': 'title: Summary\nblocks:\n  - chart: { area: full, spec: ../../../../etc/hostname }\n' });
    expect(problems(() => deckModel(inputsWith(dir)))).toMatch(/summary\.yaml:\d+: summary: chart\.spec: chart spec "\.\.\/\.\.\/\.\.\/\.\.\/etc\/hostname" is outside the template folders/);
    expect(problems(() => loadProfile('../../../etc/passwd', [builtin]))).toMatch(/--audience: audience "\.\.\/\.\.\/\.\.\/etc\/passwd" is outside the template folders/);
    const r = await run(['build', '--company', 'iij', '--theme', '/etc/passwd', '--out', scratch('theme-out'), '--formats', 'deck']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--theme: theme "\/etc\/passwd" is outside the template folders/);
    const logo = templateFolder({ 'deck/theme.yaml': 'logo:\n  file: ../../../../../etc/hostname\n' });
    expect(problems(() => loadTheme([logo, builtin]))).toMatch(new RegExp(`${join(logo, 'deck/theme.yaml')}:2: logo\\.file: logo "\\.\\./\\.\\./\\.\\./\\.\\./\\.\\./etc/hostname" is outside the template folders`));
  });

  it('a file of a user folder that links to a file outside it is refused', async () => {
    const dir = templateFolder({});
    mkdirSync(join(dir, 'release', 'partials'), { recursive: true });
    symlinkSync('/etc/hostname', join(dir, 'release', 'partials', 'about.hbs'));
    expect(await rejects(renderReleaseHtml(inputsWith(dir)))).toMatch(/about\.hbs: template "release\/partials\/about\.hbs" links to a file outside its template folder/);
  });
});

describe.skipIf(!hasChromium)('a release from a user folder: a confidential audience, a partial that asks for network images', () => {
  let server: Server;
  let port = 0;
  let hits = 0;
  let text: ReturnType<typeof readPdf>;
  const session: BuildSession = { browser: new SharedBrowser(), prepared: new Map() };
  beforeAll(async () => {
    server = createServer((_req, res) => { hits++; res.end('x'); });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
    const about = readFileSync(join(builtin, 'release', 'partials', 'about.hbs'), 'utf8');
    const dir = templateFolder({
      'audiences/confidential.yaml': 'description: Board members before the announcement\ndocuments: [release]\nmarking: Strictly Confidential\n',
      'release/partials/about.hbs': `${about}\n<p><img src="http://127.0.0.1:9/x.png" alt=""><img src="http://127.0.0.1:${port}/beacon.png" alt=""><link rel="stylesheet" href="http://127.0.0.1:${port}/x.css"></p>\n`,
    });
    const out = scratch('safe-out');
    const r = await build({ dataDir, outDir: out, company: 'iij', audience: 'confidential', templates: [dir] }, session);
    text = readPdf(readFileSync(r.outputs.find((f) => f.endsWith('release.pdf'))!), 'confidential.pdf');
  }, 120_000);
  afterAll(async () => { await session.browser?.close(); await new Promise((r) => server?.close(r)); });

  it('the browser fetched nothing: every request was blocked', async () => {
    expect(hits).toBe(0);
    const blocked = (await session.browser!.get()).blocked;
    expect(blocked).toContain('http://127.0.0.1:9/x.png');
    expect(blocked).toContain(`http://127.0.0.1:${port}/beacon.png`);
  });

  it('prints the audience\'s marking on every page of the release', () => {
    expect(text.pages.length).toBeGreaterThan(5);
    text.pages.forEach((p, i) => expect(p, `page ${i + 1}`).toContain('Strictly Confidential'));
  });
});
