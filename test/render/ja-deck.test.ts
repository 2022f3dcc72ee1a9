// The results deck in Japanese (the ja audience, FY2009): the slide model from the one slides.yaml and the ja catalog,
// deck.pptx (East Asian font on every run) and deck.pdf (Noto Sans CJK JP embedded), read back.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import JSZip from 'jszip';
import type { Printer } from '../../src/export/browser.js';
import { workerPrinter } from '../support/browser.js';
import { deckModel } from '../../src/render/deck/build-model.js';
import { deckPptx } from '../../src/export/pptx.js';
import { deckPdf } from '../../src/export/deck-pdf.js';
import type { DeckModel } from '../../src/contract/deck.js';
import { ja } from '../../src/messages/ja.js';
import { periodLabels, yoyFootnote } from '../../src/periods/labels.js';
import { parsePeriod } from '../../src/periods/period.js';
import { elements, fonts, outline, readPdf, structure, type PdfText } from '../export/pdf-tools.js';
import { slideText } from './deck-fixture.js';
import { items, jaInputs, magnitude } from './ja-support.js';
import { root } from '../helpers.js';

const fiscal = { endMonth: 3, naming: 'start' as const };
const { inputs, figures } = jaInputs('FY2009');
let model: DeckModel;
let zip: JSZip;
let pdf: PdfText;
let printer: Printer;
const fig = (id: string) => figures.figures.find((f) => f.id === id)!;
const all = () => model.slides.map(slideText).join('\n');
const flat = (s: string) => s.replace(/\s+/g, '');

beforeAll(async () => {
  model = deckModel(inputs);
  zip = await JSZip.loadAsync(await deckPptx(model));
  printer = await workerPrinter();
  pdf = readPdf(await deckPdf(model, printer), 'ja-deck.pdf');
}, 180_000);

describe('Japanese results deck', () => {
  it('comes from the one slides.yaml (no Japanese copy), its slides in the template\'s order', () => {
    expect(existsSync(join(root, 'templates', 'locales', 'ja', 'deck', 'slides.yaml'))).toBe(false);
    const tpl = parse(readFileSync(join(root, 'templates', 'deck', 'slides.yaml'), 'utf8')) as { sections: { slides: { id: string }[] }[] };
    const ids = tpl.sections.flatMap((s) => s.slides.map((x) => x.id));
    const shown = [...new Set(model.slides.map((s) => s.id).filter((id) => ids.includes(id)))];
    expect(shown.length).toBeGreaterThan(20);
    expect(shown).toEqual(ids.filter((id) => shown.includes(id)));
    expect(model.lang).toBe('ja');
  });

  it('speaks Japanese: titles, labels, amounts, changes and footnotes from the message functions', () => {
    const text = all();
    expect(model.slides[0].subtitle).toBe(periodLabels('FY2009', fiscal, ja).long);
    expect(model.slides[0].lines).toContain(ja.dottedDate('2010-05-14'));
    const yoy = fig('yoy:is.revenue.total@FY2009');
    expect(text).toContain(`売上高：${ja.yen('68,006', ja.scale[1e6])}（${ja.change({ dir: 'down', x: magnitude(yoy.display), vs: { base: 'yoy', span: 'FY' } })}）`);
    expect(text).toContain(ja.yen('71.0', ja.scale[1e9])); // the target, in 億円
    expect(text).toContain(yoyFootnote(parsePeriod('FY2009-Q4')!, fiscal, ja));
    expect(text).toContain(ja.change({ dir: 'up', x: magnitude(fig('yoy:is.operating-income@FY2009').display), vs: { base: 'yoy', span: 'FY' } }));
    expect(text).toContain(periodLabels('FY2009-Q4', fiscal, ja).compact);
    // table rows carry the taxonomy's Japanese labels, not the English ones
    const tables = model.slides.flatMap((s) => s.blocks).filter((b) => b.kind === 'table');
    const stubs = new Set(tables.flatMap((t) => (t.kind === 'table' ? t.rows.map((r) => r.cells[0]?.text ?? '') : [])));
    for (const id of ['is.revenue.total', 'is.operating-income', 'bs.cash', 'bs.total-assets']) {
      expect(stubs.has(inputs.labels.get(id)!)).toBe(true);
      expect(text).not.toContain(items().get(id)!.en);
    }
    // chart series and titles are Japanese
    const charts = model.slides.flatMap((s) => s.blocks).filter((b) => b.kind === 'chart');
    expect(charts.length).toBeGreaterThan(10);
    for (const c of charts) if (c.kind === 'chart') expect(c.data.rows.every((r) => !/^[A-Za-z ]{12,}$/.test(r.series))).toBe(true);
  });

  it('prints the translated narrative with its note, and nothing is left untranslated', () => {
    const text = all();
    expect(text).toContain('継続的なコスト管理');
    expect(model.slides.some((s) => s.footnotes.includes(ja.translated('en')))).toBe(true);
    expect(model.omitted.filter((o) => o.what.startsWith('narrative'))).toEqual([]);
    expect(model.slides.map((s) => s.id)).toContain('forward-looking');
  });

  it('leaves out narrative without a translation, and says so in the omitted list and the speaker notes', () => {
    const { inputs: bare } = jaInputs('FY2009', (data) => ({ ...data, narrative: data.narrative.filter((n) => n.lang !== 'ja') }));
    const m = deckModel(bare);
    const text = m.slides.map(slideText).join('\n');
    expect(text).not.toContain('Continued cost control');
    expect(text).not.toContain('Statements made in this presentation');
    const left = m.omitted.filter((o) => o.what.startsWith('narrative'));
    expect(left.length).toBeGreaterThan(10);
    expect(left[0].reason).toContain('日本語訳がない');
    expect(m.slides.some((s) => s.notes.includes('日本語訳がない'))).toBe(true);
  });

  it('sets the East Asian font on every text run of the PPTX, in Japanese', async () => {
    const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    let runs = 0;
    let japanese = 0;
    for (const n of slides) {
      const xml = await zip.file(n)!.async('string');
      for (const r of xml.match(/<a:r>[\s\S]*?<\/a:r>/g) ?? []) {
        runs += 1;
        expect(r).toContain('<a:ea typeface="Noto Sans CJK JP"/>');
        if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(r)) { japanese += 1; expect(r).toContain('lang="ja-JP"'); }
      }
    }
    expect(runs).toBeGreaterThan(300);
    expect(japanese).toBeGreaterThan(200);
  });

  it('tags deck.pdf as Japanese, with a bookmark per slide in Japanese and each chart\'s Japanese alt text', () => {
    const { lang, tree } = structure(pdf.file);
    expect(lang).toBe('ja');
    expect(outline(pdf.file).map((o) => o.title)).toEqual(model.slides.map((s) => `${s.number ? `${s.number} ` : ''}${s.title}`));
    const charts = model.slides.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'chart' ? [b.data.alt] : []));
    expect(elements(tree, 'Figure').map((f) => f.alt)).toEqual(charts);
    expect(charts[0]).toMatch(/^[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(charts[0]).toContain(ja.yen('', ja.scale[1e6]).trim());
  }, 30_000);

  it('embeds Noto Sans CJK JP in deck.pdf as a TrueType font', () => {
    const list = fonts(pdf.file);
    expect(list.some((f) => /NotoSansCJKjp-Regular/.test(f.name) && f.embedded)).toBe(true);
    expect(list.filter((f) => f.type === 'Type 3')).toEqual([]);
    expect(flat(pdf.prose)).toContain(flat(ja.yen('68,006', ja.scale[1e6])));
    expect(flat(pdf.prose)).toContain(flat(periodLabels('FY2010', fiscal, ja).short));
  });
});
