// Every audience's package, built once with one browser: which documents, which slides in which
// order, the marking on every slide, the audience's units and theme, the analysts' appendix and
// data pack, and a user template folder that overrides one slide and the theme.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { Decimal } from 'decimal.js';
import { build, type BuildSession } from '../../src/build.js';
import { workerBrowser } from '../support/browser.js';
import { loadProfile } from '../../src/audience/profile.js';
import type { Figure, FiguresFile } from '../../src/contract/figures.js';
import { dataDir, fixtures, root } from '../helpers.js';
import { readPdf, type PdfText } from '../export/pdf-tools.js';
import { parts, readPptx, scratch, type PptxSlides } from './support.js';

const hasChromium = existsSync(process.env.QUARTERDECK_CHROMIUM ?? '/usr/bin/chromium');
const AUDIENCES = ['investors', 'analysts', 'board', 'press', 'ja'] as const;
const templates = [join(root, 'templates')];

interface Built { dir: string; files: string[]; figures: FiguresFile; pptx?: PptxSlides; pdf?: PdfText; release?: PdfText }
const built = new Map<string, Built>();
const out = scratch('audiences');
const session: BuildSession = { browser: workerBrowser(), prepared: new Map() };

async function buildPackage(key: string, audience: string, extra: { templates?: string[]; formats?: string[] } = {}): Promise<Built> {
  const o = join(out, key);
  const r = await build({ dataDir, outDir: o, company: 'iij', audience, ...extra }, session);
  const dir = join(o, 'iij', r.period, audience);
  const files = readdirSync(dir).sort();
  // a PDF's text is read when a test reads it (not every PDF a package prints is read here)
  const text = (name: string) => { let t: PdfText | undefined; return () => (files.includes(name) ? (t ??= readPdf(readFileSync(join(dir, name)), `${key}-${name}`)) : undefined); };
  const deckPdf = text('deck.pdf'); const releasePdf = text('release.pdf');
  return {
    dir, files, figures: r.figures,
    pptx: files.includes('deck.pptx') ? await readPptx(readFileSync(join(dir, 'deck.pptx'))) : undefined,
    get pdf() { return deckPdf(); },
    get release() { return releasePdf(); },
  };
}

const fig = (b: Built, id: string): Figure => {
  const f = b.figures.figures.find((x) => x.id === id);
  if (!f) throw new Error(`no figure ${id}`);
  return f;
};

describe.skipIf(!hasChromium)('audience packages', () => {
  beforeAll(async () => {
    for (const a of AUDIENCES) built.set(a, await buildPackage(a, a));
    built.set('override', await buildPackage('override', 'investors', { templates: [join(fixtures, 'templates-override')], formats: ['deck'] }));
  }, 240_000);
  afterAll(async () => { await session.browser?.close(); });

  it('each audience builds the documents its profile names, and only those', () => {
    const expected: Record<string, string[]> = {
      investors: ['deck.pdf', 'deck.pptx', 'figures.json', 'manifest.json', 'release.pdf'],
      analysts: ['data-pack.xlsx', 'deck.pdf', 'deck.pptx', 'figures.json', 'manifest.json'],
      board: ['deck.pdf', 'deck.pptx', 'figures.json', 'manifest.json'],
      press: ['figures.json', 'manifest.json', 'release.pdf'],
      ja: ['deck.pdf', 'deck.pptx', 'figures.json', 'manifest.json', 'release.pdf'],
    };
    for (const a of AUDIENCES) {
      expect(built.get(a)!.files, a).toEqual(expected[a]);
      const documents = loadProfile(a, templates).documents;
      for (const d of documents) expect(built.get(a)!.files.some((f) => f.startsWith(d)), `${a}: ${d}`).toBe(true);
    }
  });

  describe('board', () => {
    it('has a condensed deck: fewer slides than the investors\' deck, its slides in the profile\'s order', () => {
      const board = built.get('board')!.pptx!; const investors = built.get('investors')!.pptx!;
      expect(board.xml.length).toBeLessThan(investors.xml.length);
      expect(built.get('board')!.pdf!.pages.length).toBe(board.xml.length);
      const at = (re: RegExp) => board.text.findIndex((t) => re.test(t));
      // a content slide's text begins with its numbered title
      const order = [/^I\. Summary of FY2009 Financial Results and FY2010 Target/, /^II-1\. Consolidated Results for FY2009/, /^II-2\. Operating Income YoY Change/, /^III\. FY2010 Financial Target/].map(at);
      expect(order.every((i) => i > 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      // slides the profile does not name are not there
      for (const left of [/Cost of Revenues and Gross Margin Ratio/, /Balance Sheet/, /Forward-looking/i, /Appendix/]) expect(board.text.some((t) => left.test(t)), String(left)).toBe(false);
    });

    it('prints its marking on every slide of deck.pptx and every page of deck.pdf', () => {
      const marking = loadProfile('board', templates).marking!;
      expect(marking).toBe('Confidential');
      built.get('board')!.pptx!.text.forEach((t, i) => expect(t, `slide ${i + 1}`).toContain(marking));
      built.get('board')!.pdf!.pages.forEach((p, i) => expect(p, `page ${i + 1}`).toContain(marking));
      // an audience without a marking has none
      expect(built.get('investors')!.pptx!.text.some((t) => t.includes(marking))).toBe(false);
      expect(built.get('investors')!.pdf!.pages.some((p) => p.includes(marking))).toBe(false);
    });

    it('shows the amounts the template leaves to the audience in its unit (billions), the others as the template says', () => {
      const revenue = new Decimal(fig(built.get('board')!, 'is.revenue.total@FY2009').value);
      const board = built.get('board')!.pptx!.text.join('\n');
      const investors = built.get('investors')!.pptx!.text.join('\n');
      expect(board).toContain(`Revenue: JPY${revenue.div(1e9).toFixed(1)} billion`);
      expect(investors).toContain(`Revenue: JPY${fig(built.get('investors')!, 'is.revenue.total@FY2009').display} million`);
      // the results table names its unit (billions) for every audience
      expect(investors).toContain('Unit: JPY billion');
    });

    it('uses the profile\'s theme (slate): its colours, fonts and logo, with no code of its own', async () => {
      const zip = built.get('board')!.pptx!.zip;
      const masters = (await parts(zip, /^ppt\/slideLayouts\/slideLayout\d+\.xml$/)).join('\n');
      expect(masters).toContain('263238');
      expect(masters).not.toContain('12306B');
      expect(built.get('board')!.pptx!.xml.join('\n')).toContain('typeface="Georgia"');
      const media = await Promise.all(Object.keys(zip.files).filter((f) => f.startsWith('ppt/media/')).map((f) => zip.file(f)!.async('nodebuffer')));
      const logo = readFileSync(join(root, 'templates', 'deck', 'themes', 'slate', 'logo.png'));
      expect(media.some((m) => m.equals(logo))).toBe(true);
      expect(built.get('board')!.pdf!.pages[1]).toContain('Internet Initiative Japan Inc. · 2010');
    });
  });

  describe('analysts', () => {
    it('appends the quarterly tables after the deck, over the quarters the data has', () => {
      const a = built.get('analysts')!;
      const last = a.pptx!.text.at(-1)!;
      expect(last).toContain('Appendix: Quarterly Consolidated Statements of Income');
      expect(last).toContain('Unit: JPY million');
      const quarters = a.figures.figures.filter((f) => /^is\.revenue\.total@FY200[89]-Q[1-4]$/.test(f.id));
      expect(quarters.length).toBeGreaterThan(4);
      for (const q of quarters) expect(last, q.id).toContain(q.display);
      expect(a.pptx!.xml.length).toBe(built.get('investors')!.pptx!.xml.length + 2); // the divider and the appendix slide
      expect(built.get('investors')!.pptx!.text.some((t) => t.includes('Appendix'))).toBe(false);
    });

    it('writes a data pack that opens in a spreadsheet library, with every figure of figures.json as a number in its format', async () => {
      const a = built.get('analysts')!;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(join(a.dir, 'data-pack.xlsx')) as unknown as ArrayBuffer);
      const byId = new Map(a.figures.figures.map((f) => [f.id, f]));
      const scaled = (f: Figure) => (f.unit === 'JPY' || f.unit === 'USD' ? new Decimal(f.value).div(1e6) : f.unit === 'points' ? new Decimal(f.value).times(100) : new Decimal(f.value)).toNumber();
      const format = (f: Figure) => (f.unit === 'points' ? '0.0;(0.0);"-"' : f.unit === 'ratio' || f.unit === 'percent' ? '0.0%;(0.0%);"-"' : /JPY\/(share|ADS)/.test(f.unit) ? '#,##0.00' : '#,##0;(#,##0);"-"');
      const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y));

      const all = wb.getWorksheet('Figures')!;
      let rows = 0;
      all.eachRow((row, n) => {
        if (n === 1) return;
        const f = byId.get(String(row.getCell(1).value))!;
        expect(f, String(row.getCell(1).value)).toBeDefined();
        const v = row.getCell(4);
        expect(typeof v.value, f.id).toBe('number');
        expect(close(v.value as number, scaled(f)), `${f.id}: ${String(v.value)} vs ${f.value}`).toBe(true);
        expect(v.numFmt, f.id).toBe(format(f));
        rows++;
      });
      expect(rows).toBe(a.figures.figures.length);

      // the statement sheets: each item's row holds exactly the item's reported values
      const income = wb.getWorksheet('Income statement')!;
      expect(income).toBeDefined();
      let items = 0;
      income.eachRow((row, n) => {
        if (n === 1) return;
        const cells = (row.values as unknown[]).slice(1);
        const id = String(cells.at(-1));
        const got = cells.slice(2, -1).filter((c): c is number => typeof c === 'number').sort((x, y) => x - y);
        const want = a.figures.figures.filter((f) => f.item === id && !f.measure && f.scenario === 'actual').map(scaled).sort((x, y) => x - y);
        expect(got.length, id).toBe(want.length);
        got.forEach((g, i) => expect(close(g, want[i]), `${id}: ${g} vs ${want[i]}`).toBe(true));
        items++;
      });
      expect(items).toBeGreaterThan(20);
    });
  });

  it('press: the release only, without a marking', () => {
    const p = built.get('press')!;
    expect(p.files).not.toContain('deck.pptx');
    expect(p.release!.pages.length).toBeGreaterThan(5);
    expect(p.release!.prose).not.toContain('Confidential');
  });

  it('ja builds its release and deck', () => {
    const j = built.get('ja')!;
    expect(j.pptx!.xml.length).toBeGreaterThan(10);
    expect(j.release!.pages.length).toBeGreaterThan(3);
  });

  describe('a user template folder (test/fixtures/templates-override)', () => {
    it('replaces the one slide it has (deck/slides/summary.yaml); every other slide stays the built-in one', () => {
      const o = built.get('override')!.pptx!; const inv = built.get('investors')!.pptx!;
      expect(o.xml.length).toBe(inv.xml.length);
      const i = inv.text.findIndex((t) => t.startsWith('I. Summary of FY2009 Financial Results'));
      expect(i).toBeGreaterThan(0);
      expect(o.text[i]).toMatch(/^I\. At a Glance: FY2009/);
      expect(o.text.some((t) => t.includes('Summary of FY2009 Financial Results and FY2010 Target'))).toBe(false);
      // the agenda names the sections, not the slides: unchanged; every other slide as built-in, but for the footer
      const footerless = (t: string) => t.replace(/© 2010 Internet Initiative Japan Inc\.|IIJ — prepared with a user template folder/g, '');
      o.text.forEach((t, k) => { if (k !== i) expect(footerless(t), `slide ${k + 1}`).toBe(footerless(inv.text[k])); });
    });

    it('merges its theme over the built-in one: its colours, logo and footer; the rest of the theme as built-in', async () => {
      const o = built.get('override')!;
      const layouts = (await parts(o.pptx!.zip, /^ppt\/slideLayouts\/slideLayout\d+\.xml$/)).join('\n');
      expect(layouts).toContain('5B2C6F');
      expect(layouts).not.toContain('12306B');
      expect(layouts).toContain('9FB3CF'); // the built-in rule colour: not named by the override
      const media = await Promise.all(Object.keys(o.pptx!.zip.files).filter((f) => f.startsWith('ppt/media/')).map((f) => o.pptx!.zip.file(f)!.async('nodebuffer')));
      expect(media.some((m) => m.equals(readFileSync(join(fixtures, 'templates-override', 'deck', 'plum-logo.png'))))).toBe(true);
      expect(o.pdf!.pages[2]).toContain('IIJ — prepared with a user template folder');
      expect(o.pdf!.pages[2]).toContain('At a Glance: FY2009');
    });
  });
});
