import { beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { Decimal } from 'decimal.js';
import { deckPptx } from '../../src/export/pptx.js';
import { HIDDEN } from '../../src/export/pptx-charts.js';
import type { ChartBlock } from '../../src/contract/deck.js';
import type { DeckRow } from '../../src/render/deck/charts.js';
import { deckFor } from '../render/deck-fixture.js';

let zip: JSZip;
const { model, figures } = deckFor('FY2009');
const slideXml = (n: number) => zip.file(`ppt/slides/slide${n}.xml`)!.async('string');
const texts = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'"));
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Series of a chart part: name → values (null where the cell is empty). */
function series(xml: string): Map<string, (number | null)[]> {
  const out = new Map<string, (number | null)[]>();
  for (const ser of xml.match(/<c:ser>[\s\S]*?<\/c:ser>/g) ?? []) {
    const name = unescape(/<c:tx>[\s\S]*?<c:v>([\s\S]*?)<\/c:v>/.exec(ser)![1]);
    const val = /<c:val>[\s\S]*?<\/c:val>/.exec(ser)![0];
    const n = Number(/<c:ptCount val="(\d+)"/.exec(val)![1]);
    const values: (number | null)[] = new Array(n).fill(null);
    for (const m of val.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)) values[Number(m[1])] = m[2] === '' ? null : Number(m[2]);
    out.set(name, values);
  }
  return out;
}

beforeAll(async () => {
  zip = await JSZip.loadAsync(await deckPptx(model));
}, 60_000);

describe('deck.pptx', () => {
  it('has one slide per slide of the model, 16:9, from the theme\'s slide master and layouts', async () => {
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides.length).toBe(model.slides.length);
    const pres = await zip.file('ppt/presentation.xml')!.async('string');
    const [, cx, cy] = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(pres)!;
    expect(Number(cx) / Number(cy)).toBeCloseTo(16 / 9, 2);
    const layouts = await Promise.all(Object.keys(zip.files).filter((f) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    expect(layouts.some((l) => l.includes('QD_CONTENT'))).toBe(true);
    expect(layouts.some((l) => l.includes('QD_COVER'))).toBe(true);
  });

  it('carries every slide title in order, in the title placeholder', async () => {
    const got: string[] = [];
    for (let i = 1; i <= model.slides.length; i++) {
      const xml = await slideXml(i);
      const title = (xml.match(/<p:sp>[\s\S]*?<\/p:sp>/g) ?? []).find((sp) => /<p:ph[^>]*type="title"/.test(sp));
      got.push(title ? texts(title).join('') : texts(xml).find((t) => t === model.slides[i - 1].title) ?? '');
    }
    expect(got).toEqual(model.slides.map((s) => `${s.number ? `${s.number} ` : ''}${s.title}`));
  });

  it('has one chart part per chart, its data equal to figures.json', async () => {
    const charts = model.slides.flatMap((s) => s.blocks).filter((b): b is ChartBlock => b.kind === 'chart');
    const parts = Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f)).sort((a, b) => Number(/(\d+)\.xml/.exec(a)![1]) - Number(/(\d+)\.xml/.exec(b)![1]));
    expect(parts.length).toBe(charts.length);
    expect(charts.length).toBeGreaterThanOrEqual(14);
    const byId = new Map(figures.figures.map((f) => [f.id, f]));
    let compared = 0;
    for (const [i, c] of charts.entries()) {
      const ser = series(await zip.file(parts[i])!.async('string'));
      if (c.data.binding.kind === 'waterfall') continue;
      for (const r of c.data.rows as DeckRow[]) {
        const name = r.kind === 'total' ? `${HIDDEN}${r.series}` : r.series;
        const values = ser.get(name);
        expect(values, `${c.name}: ${name}`).toBeDefined();
        const v = values![c.data.periods.indexOf(r.period)];
        // the chart holds the figure's value in the chart's unit (million, or percent for ratios)
        const fig = figures.figures.find((f) => f.value === r.exact && (r.kind !== 'line' || f.unit === 'ratio'));
        expect(fig, `${c.name} ${r.period} ${r.series}`).toBeDefined();
        const expected = fig!.unit === 'ratio' ? new Decimal(fig!.value).times(100) : new Decimal(fig!.value).div(1e6);
        expect(v, `${c.name} ${r.period} ${r.series}`).toBe(Number(expected.toFixed(fig!.unit === 'ratio' ? 3 : 2)));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(80);
    void byId;
  });

  it('puts the seed\'s figures in the chart parts (cost of revenues FY07–FY09: 52,883 / 56,146 / 54,051)', async () => {
    const charts = model.slides.flatMap((s) => s.blocks).filter((b): b is ChartBlock => b.kind === 'chart');
    const i = charts.findIndex((c) => c.name === 'cost-and-margin');
    const parts = Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f)).sort((a, b) => Number(/(\d+)\.xml/.exec(a)![1]) - Number(/(\d+)\.xml/.exec(b)![1]));
    const ser = series(await zip.file(parts[i])!.async('string'));
    expect(ser.get(`${HIDDEN}Total cost of revenues`)!.map((v) => Math.round(v!))).toEqual([52883, 56146, 54051]);
    expect(ser.get('SI')!.map((v) => Math.round(v!))).toEqual([25543, 25543, 21904]);
  });

  it('gives every chart alt text generated from its data (descr on the graphicFrame)', async () => {
    const charts = model.slides.flatMap((s) => s.blocks).filter((b): b is ChartBlock => b.kind === 'chart');
    const descr: string[] = [];
    for (let i = 1; i <= model.slides.length; i++) {
      const xml = await slideXml(i);
      for (const m of xml.matchAll(/<p:graphicFrame>[\s\S]*?<p:cNvPr [^>]*descr="([^"]*)"[\s\S]*?<\/p:graphicFrame>/g)) if (m[0].includes('drawingml/2006/chart')) descr.push(unescape(m[1]));
    }
    expect(descr).toEqual(charts.map((c) => c.data.alt));
    expect(descr.every((d) => d.length > 40)).toBe(true);
  });

  it('sets the East Asian font on text runs (<a:ea typeface="Noto Sans CJK JP"/>)', async () => {
    let runs = 0;
    for (let i = 1; i <= model.slides.length; i++) {
      const xml = await slideXml(i);
      for (const m of xml.matchAll(/<a:rPr[^>]*>([\s\S]*?)<\/a:rPr>/g)) {
        if (!m[1].includes('<a:latin')) continue;
        expect(m[1]).toContain('<a:ea typeface="Noto Sans CJK JP"/>');
        runs++;
      }
      // pptxgenjs repeats paragraph properties before each run; the finishing pass keeps the first
      for (const p of xml.match(/<a:p>[\s\S]*?<\/a:p>/g) ?? []) expect((p.match(/<a:pPr\b/g) ?? []).length).toBeLessThanOrEqual(1);
    }
    expect(runs).toBeGreaterThan(300);
    const theme = await zip.file('ppt/theme/theme1.xml')!.async('string');
    expect(theme).toContain('<a:ea typeface="Noto Sans CJK JP"/>');
  });

  it('writes speaker notes with the sources of the slide\'s figures', async () => {
    const notes = Object.keys(zip.files).filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f));
    expect(notes.length).toBe(model.slides.length);
    const i = model.slides.findIndex((s) => s.id === 'other-financial-data') + 1;
    const xml = await zip.file(`ppt/notesSlides/notesSlide${i}.xml`)!.async('string');
    expect(unescape(xml)).toContain('000_566802f8dac2b06a.txt:485');
  });
  // that LibreOffice opens it, every slide with its text and every chart a chart: ooxml/libreoffice.test.ts
});

describe('deck.pptx for other periods', () => {
  // that every deck of other periods, audiences and languages has a slide part per slide of its
  // model: the package matrix of ooxml/office.test.ts (FY2008, 1H, a quarter, Japanese …)
  it('draws the 1H09 bridge as stacked bars on an invisible base', async () => {
    const { model: m } = deckFor('FY2009-H1');
    const z = await JSZip.loadAsync(await deckPptx(m));
    const charts = m.slides.flatMap((s) => s.blocks).filter((b): b is ChartBlock => b.kind === 'chart');
    const i = charts.findIndex((c) => c.name === 'operating-income-bridge');
    expect(i).toBeGreaterThanOrEqual(0);
    const parts = Object.keys(z.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f)).sort((a, b) => Number(/(\d+)\.xml/.exec(a)![1]) - Number(/(\d+)\.xml/.exec(b)![1]));
    const xml = await z.file(parts[i])!.async('string');
    expect(xml).toContain('<c:grouping val="stacked"/>');
    const base = (xml.match(/<c:ser>[\s\S]*?<\/c:ser>/g) ?? []).find((x) => x.includes(`${HIDDEN}base`) || x.includes('&#8203;base'))!;
    expect(base).toContain('<a:noFill/>');
    expect(base).toContain('<c:showVal val="0"/>');
    const ser = series(xml);
    expect(ser.get(`${HIDDEN}total`)!.filter((v) => v !== null).map((v) => Math.round(v!))).toEqual([1005, 1166]);
  }, 60_000);
});
