// `quarterdeck preview` in a real browser, one server and one browser for the file, over a scratch
// copy of the fictional company and its templates: a figure's data-figure and its panel, a saved
// data file updating the page in place (the page's own marker and its scroll position survive),
// faults in the overlay (bad YAML, a sum that does not foot, an unknown helper) and cleared by the
// fix, the Build button, the changes view, the figures API and the paths the server refuses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath, isHeadlessShell } from '../../src/export/browser.js';
import { startPreview, type Preview } from '../../src/preview/server.js';
import { renderSelection, type DocumentName } from '../../src/preview/render.js';
import { documentHtml } from '../../src/preview/page.js';
import { LiveData, liveData } from '../../src/preview/live-data.js';
import { copyFixture, fixtures } from '../helpers.js';
import { problemsEn } from '../../src/messages/problems-en.js';
import { problemsJa } from '../../src/messages/problems-ja.js';
import { previewJa } from '../../src/messages/preview-ja.js';
import { omissionsEn } from '../../src/messages/omissions-en.js';
import { omissionsJa } from '../../src/messages/omissions-ja.js';
import { inLanguage, type Problem } from '../../src/errors/problem.js';
import { parseYaml } from '../../src/load/read-yaml.js';

const WAIT = { timeout: 60_000 };
const fx = copyFixture('harbor');
const templates = join(mkdtempSync(join(tmpdir(), 'qd-preview-t-')), 'harbor-templates');
cpSync(join(fixtures, 'harbor-templates'), templates, { recursive: true });
const results = 'facts/fy2025-release/results.yaml';
const original = readFileSync(join(fx.dir, 'harbor', results), 'utf8');
const partial = join(templates, 'release', 'partials', 'harbor-results.hbs');
const partialText = readFileSync(partial, 'utf8');
let preview: Preview; let browser: Browser; let page: Page;
/** requests to anywhere but the preview that completed, and those the browser refused */
const outside: string[] = []; const refused: string[] = [];

const json = async (path: string) => { const r = await fetch(new URL(path, preview.url)); return { status: r.status, body: await r.json() as any }; };
const frame = async (): Promise<Frame> => (await (await page.waitForSelector('#release-frame', WAIT))!.contentFrame())!;
const version = () => page.evaluate(() => Number(document.body.dataset.version));
/** Save a file and wait until the page shows a newer version of the files. */
async function save(file: string, text: string, shown: () => boolean | Promise<boolean> = () => true): Promise<void> {
  const before = await version();
  writeFileSync(file, text);
  await page.waitForFunction((v) => Number(document.body.dataset.version) > v, WAIT, before);
  await shown();
}

beforeAll(async () => {
  preview = await startPreview({
    dataDir: fx.dir, outDir: join(fx.dir, 'out'), company: 'harbor', templates: [templates], port: 0,
    selection: { audience: 'investors', period: 'FY2025' },
  });
  const exe = chromiumPath();
  browser = await puppeteer.launch({ executablePath: exe, args: CHROMIUM_ARGS, headless: isHeadlessShell(exe) ? 'shell' : true, pipe: true });
  page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 420 });
  const away = (u: string) => !u.startsWith(preview.url) && !u.startsWith('data:') && !u.startsWith('about:');
  page.on('requestfinished', (r) => { if (away(r.url())) outside.push(r.url()); });
  page.on('requestfailed', (r) => { if (away(r.url())) refused.push(r.url()); });
  await page.goto(preview.url);
  await page.waitForSelector('body[data-ready]', WAIT);
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

describe('the preview\'s API', () => {
  it('GET /api/figures/<id>: a reported, a derived and a computed figure', async () => {
    const reported = await json(`/api/figures/${encodeURIComponent('pl.sales.lamps@FY2025')}?period=FY2025`);
    expect(reported.status).toBe(200);
    expect(reported.body).toMatchObject({ id: 'pl.sales.lamps@FY2025', kind: 'reported', value: '390000000', display: '390', unit: 'JPY', label: 'Lamps' });
    expect(reported.body.sources[0]).toMatchObject({ seed: 'harbor-fy2025.txt', seedLine: 11, dataFile: results, dataLine: 10, text: '- [pl.sales.lamps, "11", "90", "105", "195", "290", "390"]' });
    const derived = await json(`/api/figures/${encodeURIComponent('pl.sales.total@FY2025-Q4')}`);
    expect(derived.body).toMatchObject({ kind: 'derived', formula: 'pl.sales.total@FY2025-Q4 = pl.sales.total@FY2025 − pl.sales.total@FY2025-9M' });
    const computed = await json(`/api/figures/${encodeURIComponent('yoy:pl.sales.total@FY2025')}`);
    expect(computed.body).toMatchObject({ kind: 'computed', display: '(16%)', inputs: [{ id: 'pl.sales.total@FY2025' }, { id: 'pl.sales.total@FY2024' }] });
    const restated = await json(`/api/figures/${encodeURIComponent('pl.sales.lamps@FY2023')}?period=FY2024`);
    expect(restated.body.superseded).toEqual([expect.objectContaining({ printed: '400', seed: 'harbor-fy2024.txt', seedLine: 11 })]);
    expect((await json('/api/figures/pl.nothing%40FY2025')).status).toBe(404);
  });

});

describe('quarterdeck preview', () => {
  it('prints each figure with its data-figure; a click opens its panel with the data line it came from', async () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const f = await frame();
    const el = await f.waitForSelector('li [data-figure="pl.sales.total@FY2025"]', WAIT);
    expect(await el!.evaluate((e) => e.textContent)).toBe('JPY595 million');
    await el!.click();
    await page.waitForFunction(() => document.querySelector('#panel')?.getAttribute('data-figure') === 'pl.sales.total@FY2025', WAIT);
    const panel = await page.$eval('#panel', (e) => (e as HTMLElement).innerText);
    expect(panel).toContain('Net sales');
    expect(panel).toContain('595000000');
    expect(panel).toContain(`${results}:12`);
    expect(panel).toContain('[pl.sales.total, "13", "140", "155", "295", "440", "595"]');
    expect(panel).toContain('harbor-fy2025.txt:13');
    // a derived figure's panel: its formula, each input a link
    const q4 = await f.waitForSelector('li [data-figure="pl.sales.total@FY2025-Q4"]', WAIT);
    await q4!.scrollIntoView();
    await q4!.click();
    await page.waitForFunction(() => document.querySelector('#panel')?.getAttribute('data-figure') === 'pl.sales.total@FY2025-Q4', WAIT);
    expect(await page.$$eval('#panel code.formula a', (as) => as.map((a) => a.textContent))).toEqual(['pl.sales.total@FY2025', 'pl.sales.total@FY2025-9M']);
    expect(outside).toEqual([]);
  });

  it('a chart\'s data label is a link too: a click on the label\'s SVG text opens the panel with the data line it came from', async () => {
    const f = await frame();
    // the fixture's release chart (harbor-templates/charts/harbor-net-sales.vl.json): net sales, the prior year and this one
    const labels = await f.$$eval('figure.chart svg text[data-figure]', (ts) => ts.map((t) => [t.getAttribute('data-figure'), t.textContent]));
    expect(labels).toEqual([['pl.sales.total@FY2024', '710'], ['pl.sales.total@FY2025', '595']]);
    /** close the panel (it covers the page's right side), bring the label to the middle of the page
     *  (not under its sticky bar), click it where it is drawn, wait for its panel */
    const clickLabel = async (id: string) => {
      await page.evaluate(() => { (document.querySelector('#panel') as HTMLElement).hidden = true; });
      const label = await f.waitForSelector(`figure.chart svg text[data-figure="${id}"]`, WAIT);
      const y = await label!.evaluate((t) => t.getBoundingClientRect().y);
      await page.evaluate((ly) => { const frameTop = document.querySelector('#release-frame')!.getBoundingClientRect().y; window.scrollBy(0, frameTop + ly - innerHeight / 2); }, y);
      await label!.click();
      await page.waitForFunction((x) => { const p = document.querySelector('#panel') as HTMLElement; return !p.hidden && p.getAttribute('data-figure') === x; }, WAIT, id);
      return page.$eval('#panel', (e) => (e as HTMLElement).innerText);
    };
    // the prior year's bar first (the panel shows this year's figure from the test before)
    expect(await clickLabel('pl.sales.total@FY2024')).toContain('710000000');
    const panel = await clickLabel('pl.sales.total@FY2025');
    expect(panel).toContain('595000000');
    expect(panel).toContain(`${results}:12`);
    expect(panel).toContain('[pl.sales.total, "13", "140", "155", "295", "440", "595"]');
  });

  it('the Build button (b) builds the package into out/', async () => {
    await page.keyboard.press('b');
    await page.waitForSelector('#toast.ok, #toast.failed', { timeout: 120_000 });
    expect(await page.$eval('#toast', (e) => e.className)).toBe('ok');
    expect(await page.$eval('#toast', (e) => (e as HTMLElement).innerText)).toMatch(/release\.pdf[\s\S]*deck\.pdf/);
  }, 150_000);

  it('a saved data file updates the page in place: the new value, the page\'s marker and scroll position kept', async () => {
    await page.evaluate(() => { (window as any).marker = 'kept'; window.scrollTo(0, 200); });
    const y = await page.evaluate(() => window.scrollY);
    expect(y).toBeGreaterThan(0);
    await save(join(fx.dir, 'harbor', results), original.replace('"440", "595"]', '"440", "596"]'));
    const f = await frame();
    await f.waitForFunction(() => document.querySelector('li [data-figure="pl.sales.total@FY2025"]')?.textContent === 'JPY596 million', WAIT);
    expect(await page.evaluate(() => (window as any).marker)).toBe('kept');
    expect(await page.evaluate(() => window.scrollY)).toBe(y);
  });

  it('the changes view lists the edited figure, old → new with its source, and the sentences using it', async () => {
    const { body } = await json('/api/changes?audience=investors&period=FY2025');
    expect(body.package).toContain(join('harbor', 'FY2025', 'investors'));
    const changed = body.figures.find((c: any) => c.id === 'pl.sales.total@FY2025');
    expect(changed).toMatchObject({ change: 'changed', old: { display: '595' }, new: { display: '596' } });
    expect(changed.sources).toEqual([expect.objectContaining({ dataFile: results, dataLine: 12, text: '- [pl.sales.total, "13", "140", "155", "295", "440", "596"]' })]);
    // only the figure and what is computed from it (each names the changed input it is computed from)
    const listed = new Set(body.figures.map((c: any) => c.id));
    for (const c of body.figures) if (c.id !== changed.id) expect(c.inputs.length && c.inputs.every((i: string) => listed.has(i)), c.id).toBeTruthy();
    expect(body.figures.map((c: any) => c.id)).not.toContain('pl.sales.lamps@FY2025');
    const s = body.sentences.find((x: any) => x.document === 'release' && x.after?.includes('JPY596 million'));
    expect(s.before).toContain('JPY595 million');
    await page.click('#changes-button');
    await page.waitForSelector('#changes tr[data-change="pl.sales.total@FY2025"]', WAIT);
  });

  it('a bad YAML line, a sum that does not foot, an unknown helper: an overlay with file and line, the last good render kept; the fix clears it', async () => {
    const data = join(fx.dir, 'harbor', results);
    const good = readFileSync(data, 'utf8');
    const overlay = () => page.$eval('#overlay', (e) => ((e as HTMLElement).hidden ? '' : (e as HTMLElement).innerText));
    try {
    await save(data, `${good}  - [pl.sales.total, "13", "140"\n`);
    expect(await overlay()).toMatch(new RegExp(`${results.replace(/\./g, '\\.')}:2[45] malformed YAML`));
    expect(await (await frame()).$eval('li [data-figure="pl.sales.total@FY2025"]', (e) => e.textContent)).toBe('JPY596 million');
    await save(data, good.replace('"101,500"', '"101,600"'));
    expect(await overlay()).toMatch(new RegExp(`${results.replace(/\./g, '\\.')}:23[\\s\\S]*does not foot`));
    await save(data, good);
    expect(await overlay()).toBe('');
    await save(partial, partialText.replace('{{result "pl.sales.total" "ytd"}}', '{{reslt "pl.sales.total" "ytd"}}'));
    const text = await overlay();
    expect(text).toContain('harbor-results.hbs:6');
    expect(text).toContain('Did you mean "result"?');
    await save(partial, partialText);
    expect(await overlay()).toBe('');
    } finally { writeFileSync(data, good); writeFileSync(partial, partialText); }
  });

  it('runs no template script and fetches nothing from the network', async () => {
    const image = 'http://192.0.2.1/x.png';
    const blocked = new Promise<void>((done) => page.on('requestfailed', (r) => { if (r.url() === image) done(); }));
    await save(partial, partialText.replace('<ul class="points">', '<script>parent.document.body.dataset.pwned = "yes"</script><img src="http://192.0.2.1/x.png"><ul class="points">'));
    expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
    // the template's script reached the page's frame, and did not run
    expect(await (await frame()).$$eval('script', (s) => s.length)).toBe(1);
    // the image is refused by the page's policy, never fetched
    await blocked;
    expect(outside).toEqual([]);
    expect(refused).toContain(image);
    await save(partial, partialText);
  });
});

describe('a save re-renders only what it changes, and the page equals a fresh render', () => {
  const lists = join(fx.dir, 'harbor', 'lists', 'press-releases.yaml');
  /** The document's body as the page has it, but for the page's own mark of the figure selected in the panel. */
  const body = (doc: DocumentName) => page.evaluate((id) => {
    const b = (document.querySelector(`#${id}-frame`) as HTMLIFrameElement).contentDocument!.body.cloneNode(true) as HTMLElement;
    for (const e of b.querySelectorAll('.qd-selected')) { e.classList.remove('qd-selected'); if (!e.classList.length) e.removeAttribute('class'); }
    return b.outerHTML;
  }, doc);
  /** The document as a preview started afresh on the files renders it, parsed as the page parses it. */
  async function fresh(doc: DocumentName): Promise<string> {
    const r = await renderSelection({ dataDir: fx.dir, outDir: join(fx.dir, 'out'), company: 'harbor', templates: [templates] }, { audience: 'investors', period: 'FY2025' }, doc, new LiveData(fx.dir, 'harbor'));
    return page.evaluate((h) => new DOMParser().parseFromString(h, 'text/html').body.outerHTML, documentHtml(r[doc]!.html));
  }
  /** Save, and wait until both documents of the new version are in the page. */
  async function saved(file: string, text: string): Promise<void> {
    const before = await version();
    writeFileSync(file, text);
    await page.waitForFunction((v) => Number(document.body.dataset.complete) > v, WAIT, before);
  }

  it('a facts file (the data analysed again), a list (the analysis kept), a template: release and deck as a fresh render', async () => {
    const listText = readFileSync(lists, 'utf8');
    const data = join(fx.dir, 'harbor', results);
    const good = readFileSync(data, 'utf8');
    const made = () => ({ ...liveData(fx.dir, 'harbor').made });
    try {
      let before = made();
      // 595 → 596 (or back, after the test above): within the rounding of the sum's terms
      const [from, to] = good.includes('"440", "596"]') ? ['596', '595'] : ['595', '596'];
      await saved(data, good.replace(`"440", "${from}"]`, `"440", "${to}"]`));
      // solved again in its parts (live-data.ts), or a whole load while the last solve is not kept yet;
      // no work when the files are as a save before left them (595 again, after the test above)
      expect(made().texts).toBe(before.texts);
      expect(made().facts + made().full - before.facts - before.full).toBeLessThanOrEqual(1);
      expect(await (await frame()).$eval('li [data-figure="pl.sales.total@FY2025"]', (e) => e.textContent)).toBe(`JPY${to} million`);
      for (const doc of ['release', 'deck'] as const) expect(await body(doc), doc).toBe(await fresh(doc));

      before = made();
      await saved(lists, listText.replace('Recalls Lamp Model HL-7 Batteries', 'Recalls Lamp Model HL-8 Batteries'));
      expect(made()).toEqual({ ...before, texts: before.texts + 1 });
      expect(await body('deck')).toContain('Recalls Lamp Model HL-8 Batteries');
      for (const doc of ['release', 'deck'] as const) expect(await body(doc), doc).toBe(await fresh(doc));

      before = made();
      await saved(partial, partialText.replace('<ul class="points">', '<p>A sentence of the template alone.</p><ul class="points">'));
      expect(made()).toEqual(before);
      expect(await body('release')).toContain('A sentence of the template alone.');
      for (const doc of ['release', 'deck'] as const) expect(await body(doc), doc).toBe(await fresh(doc));
      // the changes view: a sentence of the template alone is a change even where no figure changed
      const changes = (await json('/api/changes?audience=investors&period=FY2025')).body;
      if (to === '595') expect(changes.figures).toEqual([]);
      expect(changes.sentences).toContainEqual({ document: 'release', after: 'A sentence of the template alone.' });
    } finally {
      writeFileSync(data, good); writeFileSync(lists, listText); writeFileSync(partial, partialText);
    }
  });
});

describe('the page in Japanese', () => {
  it('with the preview\'s language ja, the switcher, the panel (kinds too) and the changes view speak Japanese', async () => {
    const ja = await browser.newPage();
    try {
      await ja.goto(`${preview.url}?audience=investors&period=FY2025&lang=ja`);
      await ja.waitForSelector('body[data-ready]', WAIT);
      await ja.waitForFunction(() => document.documentElement.lang === 'ja', WAIT);
      const bar = await ja.$eval('#bar', (e) => (e as HTMLElement).innerText);
      for (const w of ['期間', '対象', '言語', 'テーマ', '決算短信', '説明資料', '変更点', 'ビルド (b)']) expect(bar).toContain(w);
      expect(await ja.title()).toBe('QuarterDeck プレビュー');
      const f = (await (await ja.waitForSelector('#release-frame', WAIT))!.contentFrame())!;
      const el = await f.waitForSelector('[data-figure="pl.sales.total@FY2025"]', WAIT);
      await el!.click();
      await ja.waitForFunction(() => document.querySelector('#panel')?.getAttribute('data-figure') === 'pl.sales.total@FY2025', WAIT);
      const panel = await ja.$eval('#panel', (e) => (e as HTMLElement).innerText);
      for (const w of ['閉じる', '正確な値', '出典', '開示値', 'データファイル']) expect(panel).toContain(w);
      expect(panel).not.toMatch(/Exact value|Sources|reported/);
      await ja.click('#changes-button');
      await ja.waitForFunction(() => /ビルド済みパッケージ/.test((document.querySelector('#changes') as HTMLElement)?.innerText ?? ''), WAIT);
      // what the documents leave out, and why, in the documents' language (the manifest's reasons said by key)
      await ja.waitForSelector('#left-out li', WAIT);
      const left = await ja.$$eval('#left-out li', (ls) => ls.map((l) => (l as HTMLElement).innerText));
      expect(left).toContain(`deck.pptx ${omissionsJa.slide()} — ${omissionsJa.needs('target:pl.sales.total@targetFy')}`);
      expect(left.join('\n')).not.toContain(omissionsEn.needs(''));
    } finally { await ja.close(); }
  });
});

describe('faults in the preview\'s language', () => {
  it('with the preview\'s language ja, the overlay says bad YAML, a fact that is not a number and an unknown helper in Japanese, with file, line and "did you mean"; the fix clears it', async () => {
    const ja = await browser.newPage();
    const data = join(fx.dir, 'harbor', results);
    const good = readFileSync(data, 'utf8');
    const overlay = () => ja.$eval('#overlay', (e) => ((e as HTMLElement).hidden ? '' : (e as HTMLElement).innerText));
    /** save, and wait until the Japanese page shows the new version */
    const jaSave = async (file: string, text: string) => {
      const before = await ja.evaluate(() => Number(document.body.dataset.version));
      writeFileSync(file, text);
      await ja.waitForFunction((v) => Number(document.body.dataset.version) > v, WAIT, before);
    };
    try {
      await ja.goto(`${preview.url}?audience=investors&period=FY2025&lang=ja`);
      await ja.waitForSelector('body[data-ready]', WAIT);
      await ja.waitForFunction(() => document.documentElement.lang === 'ja', WAIT);

      // a line the YAML parser stops at: its cause as the Japanese words say it, at its line
      const broken = `${good}  - [pl.sales.total, "13", "140"\n`;
      const problems: Problem[] = [];
      parseYaml(data, broken, problems);
      expect(problems[0].says?.message?.key).toBe('yamlSyntax');
      const yamlJa = inLanguage(problems[0], 'ja').message;
      expect(yamlJa).not.toBe(problems[0].message);
      await jaSave(data, broken);
      let text = await overlay();
      expect(text).toContain(`${results}:${problems[0].line}`);
      expect(text).toContain(yamlJa);
      expect(text).not.toContain('malformed YAML');

      // a fact whose value is not a number: expected and found, the expected as the Japanese words say it
      await jaSave(data, good.replace('"290", "390"]', '"290", "39O"]'));
      text = await overlay();
      expect(text).toContain(`${results}:10`);
      expect(text).toContain(problemsJa.notANumber('pl.sales.lamps', 'FY2025'));
      expect(text).toContain(`${previewJa.page.expected} ${problemsJa.aNumber()}`);
      expect(text).toContain(`${previewJa.page.found} "39O"`);
      expect(text).not.toContain(problemsEn.notANumber('pl.sales.lamps', 'FY2025'));
      await jaSave(data, good);
      expect(await overlay()).toBe('');

      // an unknown helper in a template: its file and line, and "did you mean"
      await jaSave(partial, partialText.replace('{{result "pl.sales.total" "ytd"}}', '{{reslt "pl.sales.total" "ytd"}}'));
      text = await overlay();
      expect(text).toContain('harbor-results.hbs:6');
      expect(text).toContain(problemsJa.unknownHelper('reslt'));
      expect(text).toContain(problemsJa.didYouMean('result'));
      await jaSave(partial, partialText);
      expect(await overlay()).toBe('');
    } finally { writeFileSync(data, good); writeFileSync(partial, partialText); await ja.close(); }
  });
});

describe('the preview\'s safety', () => {
  it('refuses paths outside its folders and requests for another host name', async () => {
    expect((await json('/api/source?path=company.yaml&line=2')).body.lines).toContain('id: harbor');
    symlinkSync('/etc', join(fx.dir, 'harbor', 'lists', 'etc'));
    for (const p of ['../../../etc/passwd', '..%2F..%2Fetc%2Fpasswd', '/etc/passwd', 'lists/etc/passwd', '%00']) {
      expect((await json(`/api/source?path=${p}`)).status, p).toBe(403);
    }
    expect((await json('/assets/..%2F..%2Fpackage.json')).status).toBe(404);
    const status = await new Promise<number>((done) => {
      request(new URL('/api/options', preview.url), { headers: { host: 'attacker.example' } }, (r) => { r.resume(); done(r.statusCode ?? 0); }).end();
    });
    expect(status).toBe(403);
  });
});
