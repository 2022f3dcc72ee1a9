// deck.pdf: the same slide model as deck.pptx, as HTML printed by Chromium; and the build wiring.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Printer } from '../../src/export/browser.js';
import { workerPrinter } from '../support/browser.js';
import { deckPdf, deckHtml } from '../../src/export/deck-pdf.js';
import { deckFor } from '../render/deck-fixture.js';
import { run } from '../helpers.js';
import { elements, outline, pdfInfo, qpdfCheck, structure } from './pdf-tools.js';

const hasChromium = existsSync(process.env.QUARTERDECK_CHROMIUM ?? '/usr/bin/chromium');
const title = (s: { number?: string; title: string }) => `${s.number ? `${s.number} ` : ''}${s.title}`;
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.skipIf(!hasChromium)(`deck.pdf${hasChromium ? '' : ' (skipped: Chromium is not installed; run npm run setup)'}`, () => {
  let printer: Printer;
  let file: string;
  const { model } = deckFor('FY2009');
  beforeAll(async () => {
    printer = await workerPrinter();
    const dir = mkdtempSync(join(tmpdir(), 'qd-deckpdf-'));
    file = join(dir, 'deck.pdf');
    writeFileSync(file, await deckPdf(model, printer));
  }, 60_000);

  it('has one 16:9 page per slide', () => {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(model.slides.length);
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
    expect(Number(w) / Number(h)).toBeCloseTo(16 / 9, 2);
    expect(info).toMatch(/Title:\s+Fiscal Year ended March 31, 2010 Consolidated Financial Results/);
    expect(info).toMatch(/Author:\s+Internet Initiative Japan Inc\./);
  });

  it('is accessible: tagged, in the deck\'s language, a bookmark per slide, every chart a Figure with the PPTX chart\'s alt text', () => {
    expect(pdfInfo(file).Tagged).toBe('yes');
    expect(qpdfCheck(file).ok).toBe(true);
    const { lang, tree } = structure(file);
    expect(lang).toBe('en');
    expect(outline(file).map((o) => [o.title, o.page])).toEqual(model.slides.map((s, i) => [title(s), i + 1]));
    // the chart's SVG is the one Figure (no untitled wrapper); its /Alt is the chart's alt text, which
    // deck.pptx's chart carries as its descr (pptx.test.ts)
    const figures = elements(tree, 'Figure');
    const charts = model.slides.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'chart' ? [b.data.alt] : []));
    expect(figures.map((f) => f.alt)).toEqual(charts);
    expect(figures.length).toBeGreaterThan(5);
    expect(figures[0].alt).toMatch(/^Revenues by line of business\. FY07, FY08, FY09 \(JPY million\)\. .*FY09 36,973/);
  }, 30_000);

  it('shows the same titles in the same order as deck.pptx', () => {
    model.slides.forEach((s, i) => {
      const page = flat(execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }));
      expect(page, `page ${i + 1}`).toContain(flat(title(s)));
    });
  });

  it('shows the same figures: the II-1 table and the chart labels as text', () => {
    const i = model.slides.findIndex((s) => s.id === 'results') + 1;
    const page = flat(execFileSync('pdftotext', ['-layout', '-f', String(i), '-l', String(i), file, '-'], { encoding: 'utf8' }));
    for (const t of ['68.0', '69.7', '(2.5%)', '54.1', '16.9%', '57.4%', 'Unit: JPY billion']) expect(page).toContain(t);
    const j = model.slides.findIndex((s) => s.id === 'other-financial-data') + 1;
    const charts = flat(execFileSync('pdftotext', ['-f', String(j), '-l', String(j), file, '-'], { encoding: 'utf8' }));
    for (const t of ['6,078', '7,006', '5,584', '9,534', '8,348', '8,718', '4,775', '5,431', '5,307']) expect(charts).toContain(t);
  });

  it('sets East Asian text in the theme\'s East Asian font (Noto Sans CJK JP), and only there', async () => {
    const ja = deckFor('FY2009').inputs.company.name.ja!;
    const m = { ...model, footer: `© 2010 ${ja}`, slides: model.slides.slice(0, 3) };
    const dir = mkdtempSync(join(tmpdir(), 'qd-deckpdf-ja-'));
    writeFileSync(join(dir, 'ja.pdf'), await deckPdf(m, printer));
    // the CJK glyphs are embedded as a TrueType subset of Noto Sans CJK JP (export/cjk-font.ts), not as
    // the unnamed Type 3 fonts Chromium makes of the CFF collection; the English deck needs none
    const jaFonts = execFileSync('pdffonts', [join(dir, 'ja.pdf')], { encoding: 'utf8' });
    expect(jaFonts).toMatch(/NotoSansCJKjp-Regular\s+CID TrueType/);
    expect(jaFonts).not.toMatch(/Type 3/);
    expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).not.toMatch(/Type 3|NotoSansCJK/);
    expect(flat(execFileSync('pdftotext', ['-f', '2', '-l', '2', join(dir, 'ja.pdf'), '-'], { encoding: 'utf8' }))).toContain(ja);
  });

  it('renders charts as SVG with their alt text, and fetches nothing', async () => {
    const html = await deckHtml(model);
    const alts = [...html.matchAll(/<svg role="img" aria-label="([^"]*)"/g)].map((m) => m[1]);
    expect(alts.length).toBe(model.slides.flatMap((s) => s.blocks).filter((b) => b.kind === 'chart').length);
    expect(html).not.toMatch(/(src|href)="https?:/);
  });
});

describe.skipIf(!hasChromium)('quarterdeck build --formats deck', () => {
  it('writes deck.pptx and deck.pdf beside figures.json', async () => {
    const out = mkdtempSync(join(tmpdir(), 'qd-build-'));
    const r = await run(['build', '--company', 'iij', '--period', 'FY2009', '--formats', 'deck', '--out', out]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const dir = join(out, 'iij', 'FY2009', 'investors');
    for (const f of ['figures.json', 'deck.pptx', 'deck.pdf']) expect(existsSync(join(dir, f)), f).toBe(true);
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'deck.pptx')));
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length;
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, 'deck.pdf')], { encoding: 'utf8' }))![1]);
    expect(pages).toBe(slides);
  }, 120_000);
});
