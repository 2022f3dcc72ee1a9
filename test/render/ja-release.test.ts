// The earnings release in Japanese (the ja audience): FY2008 (seed 004) and 1H FY2009 (seed 001) built
// with messages/ja.ts and the Japanese catalog (templates/i18n/ja.yaml), read back with poppler. Phrases are asserted through the
// message functions, never typed twice.
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Printer } from '../../src/export/browser.js';
import { workerPrinter } from '../support/browser.js';
import { releasePdf } from '../../src/export/release-pdf.js';
import { renderReleaseHtml, type ReleaseHtml } from '../../src/render/release/index.js';
import { ja } from '../../src/messages/ja.js';
import { comparisonOf, periodLabels } from '../../src/periods/labels.js';
import type { DocumentInputs } from '../../src/contract/document-inputs.js';
import type { FiguresFile } from '../../src/contract/figures.js';
import { fonts, readPdf, type PdfText } from '../export/pdf-tools.js';
import { items, jaInputs, magnitude } from './ja-support.js';
import { htmlDocument } from '../../src/preflight/read-model.js';
import { root } from '../helpers.js';

interface Built { inputs: DocumentInputs; figures: FiguresFile; html: ReleaseHtml; text: PdfText }
let printer: Printer;
const built: Record<string, Built> = {};
const fiscal = { endMonth: 3, naming: 'start' as const };

async function buildJa(period: string, edit?: Parameters<typeof jaInputs>[1]): Promise<Built> {
  const { inputs, figures } = jaInputs(period, edit);
  const html = await renderReleaseHtml(inputs);
  const pdf = await releasePdf(inputs, printer, html); // the HTML the tests read, printed
  return { inputs, figures, html, text: readPdf(pdf, `ja-${period}.pdf`) };
}
const fig = (b: Built, id: string) => b.figures.figures.find((f) => f.id === id)!;
const has = (b: Built, phrase: string) => b.text.prose.replace(/\s+/g, '').includes(phrase.replace(/\s+/g, ''));

beforeAll(async () => {
  printer = await workerPrinter();
  built.FY2008 = await buildJa('FY2008');
  built['FY2009-H1'] = await buildJa('FY2009-H1');
}, 180_000);

/** Items the table layouts show (one set for every language). */
function layoutItems(): Set<string> {
  const out = new Set<string>();
  const dir = join(root, 'templates', 'release', 'tables');
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { if (k === 'item' && typeof x === 'string') out.add(x); else walk(x); }
  };
  for (const f of readdirSync(dir)) walk(parse(readFileSync(join(dir, f), 'utf8')));
  return out;
}

describe('Japanese earnings release', () => {
  it('FY2008: amounts in 百万円 and changes against 前期 from the message functions', () => {
    const b = built.FY2008;
    expect(has(b, ja.yen('69,731', ja.scale[1e6]))).toBe(true);
    expect(has(b, '69,731百万円')).toBe(true);
    expect(has(b, '前期比4.3%増')).toBe(true);
    const yoy = fig(b, 'yoy:is.revenue.total@FY2008');
    expect(has(b, `${b.inputs.labels.get('is.revenue.total')}は${ja.yen('69,731', ja.scale[1e6])}（${ja.change({ dir: 'up', x: magnitude(yoy.display), vs: comparisonOf(yoy.id, yoy.period, fiscal) })}）`)).toBe(true);
    const op = fig(b, 'yoy:is.operating-income@FY2008');
    expect(has(b, ja.change({ dir: 'down', x: magnitude(op.display), vs: { base: 'yoy', span: 'FY' } }))).toBe(true);
    // the fourth quarter against the same quarter a year earlier and the quarter before
    const q = fig(b, 'yoy:is.revenue.total@FY2008-Q4');
    expect(has(b, ja.change({ dir: 'up', x: magnitude(q.display), vs: { base: 'yoy', span: 'Q4' } }))).toBe(true);
    // next year's targets in 億円
    expect(has(b, `${b.inputs.labels.get('is.revenue.total')}${ja.yen('73.0', ja.scale[1e9])}`)).toBe(true);
  });

  it('FY2008: title, dateline, dates and fiscal labels in Japanese', () => {
    const b = built.FY2008;
    expect(has(b, ja.release.title('IIJ', ja.release.scope('FY'), '2009-03-31', true))).toBe(true);
    expect(has(b, ja.date('2009-05-15'))).toBe(true);
    expect(has(b, `${periodLabels('FY2008', fiscal, ja).short} 通期 業績ハイライト`)).toBe(true);
    expect(has(b, periodLabels('FY2008-Q4', fiscal, ja).short)).toBe(true);
    expect(has(b, ja.release.statementPeriod(undefined, '2009-03-31'))).toBe(true);
    expect(has(b, '株式会社インターネットイニシアティブ')).toBe(true);
  });

  it('1H09: a half compares with 前年同期 and is labelled 第2四半期累計', () => {
    const b = built['FY2009-H1'];
    const yoy = fig(b, 'yoy:is.revenue.total@FY2009-H1');
    const phrase = ja.change({ dir: yoy.value.startsWith('-') ? 'down' : 'up', x: magnitude(yoy.display), vs: comparisonOf(yoy.id, yoy.period, fiscal) });
    expect(phrase.startsWith('前年同期比')).toBe(true);
    expect(has(b, phrase)).toBe(true);
    expect(has(b, periodLabels('FY2009-H1', fiscal, ja).short)).toBe(true);
    expect(has(b, '2010年3月期第2四半期累計')).toBe(true);
    expect(has(b, ja.date('2009-11-13'))).toBe(true);
  });

  it('prints no English line-item label where the taxonomy has a Japanese one', () => {
    const shown = [...layoutItems()].map((id) => items().get(id)).filter((it) => it && it.ja);
    expect(shown.length).toBeGreaterThan(100);
    for (const b of Object.values(built)) {
      // (a brand the Japanese label keeps, such as "hi-ho", is not an English label)
      const found = shown.filter((it) => it!.en.length > 3 && !it!.ja!.includes(it!.en) && b.text.prose.toLowerCase().includes(it!.en.toLowerCase())).map((it) => `${it!.id}: ${it!.en}`);
      expect(found).toEqual([]);
      // and the Japanese labels are there
      expect(has(b, b.inputs.labels.get('is.revenue.cos')!)).toBe(true);
      expect(has(b, '売上高合計')).toBe(true);
    }
  });

  it('embeds Noto Sans CJK JP as a TrueType font (no Type 3 fallback)', () => {
    for (const b of Object.values(built)) {
      const list = fonts(b.text.file);
      expect(list.some((f) => /NotoSansCJKjp-Regular/.test(f.name) && f.embedded)).toBe(true);
      expect(list.filter((f) => f.type === 'Type 3')).toEqual([]);
    }
  });

  it('prints the translated narrative, marked as a translation, and leaves nothing untranslated', () => {
    for (const b of Object.values(built)) {
      expect(has(b, ja.translated('en'))).toBe(true);
      expect(b.html.untranslated).toEqual([]);
      expect(b.html.unused).toEqual([]);
    }
    expect(has(built.FY2008, '鈴木幸一')).toBe(true);
  });

  it('leaves out narrative that has no translation, never printing the English', async () => {
    // the release's text as the browser would print it (its HTML, tags removed and entities decoded,
    // as the preflight reads it): the printing itself is the tests' above
    const { inputs } = jaInputs('FY2008', (data) => ({ ...data, narrative: data.narrative.filter((n) => n.lang !== 'ja') }));
    const html = await renderReleaseHtml(inputs);
    const prose = htmlDocument(html.html).pages[0]!.text.replace(/\s+/g, ' ');
    const has = (phrase: string) => prose.replace(/\s+/g, '').includes(phrase.replace(/\s+/g, ''));
    expect(html.untranslated.length).toBeGreaterThan(20);
    expect(html.untranslated.map((u) => u.section)).toEqual(expect.arrayContaining(['ceo-quotes', 'reasons', 'company-texts']));
    const english = inputs.narrative.find((n) => n.period === 'FY2008' && n.lang === 'en')!;
    expect(prose).not.toContain('Koichi Suzuki');
    expect(prose).not.toContain(english.sections.reasons[0].text.slice(0, 30));
    expect(prose).not.toContain('Unless otherwise stated');
    expect(has(ja.translated('en'))).toBe(false);
    // the figures are all still there
    expect(has('69,731百万円')).toBe(true);
  }, 60_000);
});
