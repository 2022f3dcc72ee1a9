// The exchange's summary (TSE format) of the release: FY2008 against seed 004 (from line 764) and
// 1H FY2009 against seed 001 (from line 731), read back from our PDFs with pdftotext; the Japanese
// release of FY2009 in the standard Japanese form. One browser, each release built once.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import type { Printer } from '../../src/export/browser.js';
import { workerPrinter } from '../support/browser.js';
import { releasePdf } from '../../src/export/release-pdf.js';
import { ja } from '../../src/messages/ja.js';
import { en } from '../../src/messages/en.js';
import { fonts, readPdf, type PdfText } from '../export/pdf-tools.js';
import { iij, releaseInputs } from './release-support.js';
import { figuresOf } from '../support/figures.js';
import { jaInputs } from './ja-support.js';
import { printedIn, seedFigures, seeds } from './tse-seed.js';
import { tseMessages } from '../../src/render/release/tse-words.js';
import { loadCatalogs } from '../../src/template/catalogs.js';
import { join } from 'node:path';
import { root } from '../helpers.js';

// the summary's words as the built-in catalogs have them (render/release/tse-words.ts)
const tseIn = (m: typeof en | typeof ja) => tseMessages(loadCatalogs([join(root, 'templates')]).find((c) => c.lang === m.lang)!, m);


const SEED_004 = '004_b8253e0c2e2ec0d1.txt';
const SEED_001 = '001_f4982778eceb06ff.txt';
let printer: Printer;
const text: Record<string, PdfText> = {};

/** The section's text: from its opening note (English) or its title (Japanese) to the end. */
const section = (t: PdfText, from: string) => { const i = t.layout.indexOf(from); return i < 0 ? '' : t.layout.slice(i); };

beforeAll(async () => {
  printer = await workerPrinter();
  for (const p of ['FY2008', 'FY2009-H1']) text[p] = readPdf(await releasePdf(releaseInputs(p).inputs, printer), `tse-${p}.pdf`);
  text.ja = readPdf(await releasePdf(jaInputs('FY2009').inputs, printer), 'tse-ja-FY2009.pdf');
}, 300_000);

/** The seed's distinct figures, with a garbled print read as its erratum corrects it. */
function expected(file: string, from: number, to: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const [token, line] of seedFigures(file, from, to)) {
    const e = iij().data.errata.find((x) => x.file === file && x.line === line && x.printed === token && x.correct);
    out.set(e ? e.correct! : token, line);
  }
  return out;
}

function coverage(period: string, file: string, from: number, to: number) {
  const body = section(text[period], 'in the form defined by the Tokyo Stock Exchange');
  const want = expected(file, from, to);
  const missing = [...want].filter(([t]) => !printedIn(body, t)).map(([t, line]) => `${t} (line ${line})`);
  return { body, want, missing, share: (want.size - missing.length) / want.size };
}

describe.skipIf(!existsSync(seeds))('the exchange\'s summary against the seeds', () => {
  it('FY2008: the figures of seed 004\'s TSE section (lines 764-875)', () => {
    const c = coverage('FY2008', SEED_004, 764, 875);
    expect(c.want.size).toBeGreaterThan(70);
    // each figure the seed prints that our section does not, with its reason
    expect(c.missing).toEqual([]);
    expect(c.share).toBeGreaterThanOrEqual(0.9);
    // rows as the exchange lays them out: amount and YoY % per item, a decrease as (38.7)
    expect(c.body).toContain('Fiscal year ended March 31, 2009 69,731 4.3 2,917 (38.7) 2,034 (53.4) 1,419 (72.6)');
    expect(c.body).toContain('Fiscal year ended March 31, 2008 66,835 17.1 4,759 36.0 4,362 (13.6) 5,177 (4.3)');
    expect(c.body).toContain('6,917.87 6,916.85 5.7 3.8 4.2');
    expect(c.body).toContain('52,301 25,169 48.1 124,265.27');
    expect(c.body).toContain('8,631 (3,328) (6,573) 10,188');
    expect(c.body).toContain('Fiscal year ended March 31, 2008 - 750.00 - 1,000.00 1,750.00');
    expect(c.body).toContain('409 28.9 1.6');
    expect(c.body).toContain('Interim period ending September 30, 2009 33,500 0.7 800 (20.4) 550 (28.2)');
    expect(c.body).toContain('Fiscal year ending March 31, 2010 73,000 4.7 3,300 13.1 2,700 32.7');
    expect(c.body).toContain(tseIn(en).rounding());
    expect(c.body).toContain('by 202,544 shares (excluding 3,934 treasury stock from the 206,478 shares outstanding as of March 31, 2009)');
    expect(c.body).toContain(`${tseIn(en).policyOther()}: Yes`);
  });

  it('1H FY2009: the figures of seed 001\'s TSE section (lines 731-827)', () => {
    const c = coverage('FY2009-H1', SEED_001, 731, 827);
    expect(c.want.size).toBeGreaterThan(35);
    // line 778 prints the March 31, 2009 total assets as "52 201"; its own ghost line 779 and seed 004
    // (line 803) print 52,301, which our section prints
    expect(c.missing).toEqual(['52,201 (line 778)']);
    expect(c.body).toContain('52,301 25,169 48.1 124,265.27');
    expect(c.share).toBeGreaterThanOrEqual(0.9);
    expect(c.body).toContain('Six months ended September 30, 2009 32,275 (2.9) 1,166 16.0 1,026 33.9 715 94.6');
    expect(c.body).toContain('Net Income attributable to IIJ');
    expect(c.body).toContain('51,389 25,641 49.9 126,592.37');
    // the current year's dividends: paid so far, and the targets for the rest
    expect(c.body).toContain('Fiscal year ending March 31, 2010 - 1,000.00 - - -');
    expect(c.body).toContain('Fiscal year ending March 31, 2010 73,000 4.7 3,300 13.1 2,700 32.7');
    // a half's summary has no return ratios, cash flows or first-half targets of its own
    expect(c.body).not.toContain(tseIn(en).head('roe', 'IIJ')!);
    expect(c.body).not.toContain(tseIn(en).cashFlows());
    expect(c.body).not.toContain('Interim period ending');
    expect(c.body).toContain(`${tseIn(en).simplified()}: None`);
  });
});

describe('the exchange\'s summary in Japanese (FY2009)', () => {
  const body = () => section(text.ja, tseIn(ja).title({ months: 12, fyEnd: '2010-03-31' } as never));
  it('has the standard headings', () => {
    const b = body();
    expect(b.length).toBeGreaterThan(0);
    for (const h of [tseIn(ja).operations(), tseIn(ja).position(), tseIn(ja).cashFlows(), tseIn(ja).dividends(), tseIn(ja).rounding()]) expect(b).toContain(h);
    // "4. Others" has nothing under it for FY2009 (no shares at March 31, 2010 in the data): its heading goes too
    expect(b).not.toContain(tseIn(ja).others());
    expect(b).toContain('(1) 連結経営成績');
    expect(b).toContain('２．配当の状況');
    expect(b).toContain('2011年3月期の連結業績予想');
    expect(b).toContain('１．2010年3月期の連結業績');
  });
  it('prints the figures, a decrease with △', () => {
    const b = body();
    // operating income's YoY is the company's own print (seed 000 line 27: 16.9%), which the rounded
    // millions (3,412 / 2,917 → 17.0) cannot override
    expect(b).toContain('2010年3月期 68,006 △2.5 3,412 16.9 2,859 40.5 2,234 57.4');
    expect(b).toContain('2009年3月期 69,731 4.3 2,917 △38.7 2,034 △53.4 1,419 △72.6');
    // net income to average equity and pretax income to average assets, computed for FY2009
    expect(b).toContain('8.5 5.5 5.0');
    // a column whose FY2009 figure the data does not hold is left out (no empty cells in the current row)
    expect(b).toContain('2009年3月期 52,301 25,169 48.1 (3)');
    expect(b).not.toContain('124,265.27');
    expect(b).toContain('2009年3月期 10,188 ２．配当の状況');
    expect(b).not.toContain('8,631');
    // the year-end dividend, derived exactly (2,250 − 1,000.00), printed as the row prints per-share dividends
    expect(b).toContain('2010年3月期 - 1,000.00 - 1,250.00 2,250.00');
    expect(b).toContain('通期 71,000 4.4 4,300 26.0 3,700 29.4');
    expect(b).toContain(`${tseIn(ja).head('netIncomeTarget', 'IIJ')}：`);
    expect(b).not.toMatch(/Fiscal year|JPY millions/);
    // △ and the circled numbers are set in the embedded CJK font, not a Type 3 fallback
    expect(fonts(text.ja.file).filter((f) => f.type === 'Type 3')).toEqual([]);
  });
});

describe('the summary\'s layouts', () => {
  it('a figure key no item has is a template fault naming the layout file', async () => {
    const { mkdtempSync, mkdirSync, readFileSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { makeInputs } = await import('../../src/render/inputs.js');
    // a user's template folder whose copy of the layout names a key no item has
    const dir = mkdtempSync(join(tmpdir(), 'qd-tse-layout-'));
    mkdirSync(join(dir, 'release', 'tables'), { recursive: true });
    const layout = readFileSync(join(root, 'templates', 'release', 'tables', 'tse-results.yaml'), 'utf8');
    expect(layout).toContain('is.revenue.total');
    writeFileSync(join(dir, 'release', 'tables', 'tse-results.yaml'), layout.replace('is.revenue.total', 'is.revenue.totl'));
    const { data, analysis } = iij();
    const figures = figuresOf(analysis.ledger, 'FY2008', en);
    const { renderReleaseHtml } = await import('../../src/render/release/index.js');
    const err = await Promise.resolve().then(() => renderReleaseHtml(makeInputs(data, figures, en, [dir, join(root, 'templates')], 'investors'))).then(() => undefined, (e: unknown) => e as { problems: { file?: string; hint?: string }[] });
    expect(err?.problems[0].file).toMatch(/tse-results\.yaml$/);
    expect(err?.problems[0].hint).toMatch(/is\.revenue\.total/);
  });
});
