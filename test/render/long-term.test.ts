// Period ranges in templates: a slide's chart asks for every fiscal year from the first the data
// holds, or the last N quarters; reported and derived figures fill it; a period with no figure is
// a gap on the axis of the PPTX chart and of the deck PDF's SVG, never a note to the author.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { localeDirs, prepare, projectRoot } from '../../src/build.js';
import { buildFigures } from '../../src/model/figures.js';
import { makeInputs } from '../../src/render/inputs.js';
import { deckModel } from '../../src/render/deck/build-model.js';
import type { DeckModel } from '../../src/contract/deck.js';
import { deckPptx } from '../../src/export/pptx.js';
import { renderSvg } from '../../src/render/charts.js';
import { loadProfile } from '../../src/audience/profile.js';
import { messagesFor } from '../../src/messages/index.js';
import type { FiguresFile } from '../../src/contract/figures.js';
import { dataDir } from '../helpers.js';

const tpl = mkdtempSync(join(tmpdir(), 'qd-long-tpl-'));
mkdirSync(join(tpl, 'deck', 'slides'), { recursive: true });
// the revenues slide of a conference deck: revenues by line over every year, revenues over the last 12 quarters
writeFileSync(join(tpl, 'deck', 'slides', 'revenues.yaml'), `id: revenues
title: Long-term revenues
unit: 'Unit: JPY million'
blocks:
  - chart: { area: left, spec: revenue-by-line, labels: total, periods: { grain: year, from: first } }
  - chart: { area: right, spec: revenue-recurring, labels: none, periods: { grain: quarter, last: 12 } }
`);
let figures: FiguresFile; let model: DeckModel;
const charts: { cats: string[]; series: { name: string; values: (string | null)[] }[] }[] = [];
const svgs: string[] = [];

/** A chart part's categories and each series' values (empty points as null), from the PPTX's chart XML. */
function chartOf(xml: string) {
  const pts = (s: string) => { const n = Number(/<c:ptCount val="(\d+)"/.exec(s)?.[1] ?? 0); const out: (string | null)[] = Array(n).fill(null); for (const m of s.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)) out[Number(m[1])] = m[2] === "" ? null : m[2]; return out; };
  const series = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => ({ name: /<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(m[1])?.[1] ?? '', values: pts(/<c:val>([\s\S]*?)<\/c:val>/.exec(m[1])?.[1] ?? '') }));
  const first = /<c:ser>([\s\S]*?)<\/c:ser>/.exec(xml)?.[1] ?? '';
  return { cats: pts(/<c:cat>([\s\S]*?)<\/c:cat>/.exec(first)?.[1] ?? '') as string[], series };
}

// the slide model, its PPTX (pptxgenjs) and the SVG deck.pdf draws, without a browser
beforeAll(async () => {
  const { data, analysis } = prepare(dataDir, 'iij');
  const dirs = [tpl, join(projectRoot(), 'templates')];
  const profile = loadProfile('investors', dirs);
  const m = messagesFor('en');
  figures = buildFigures(analysis.ledger, 'FY2009', m, { measures: 'asked' });
  model = deckModel(makeInputs(data, figures, m, localeDirs(dirs, 'en'), 'investors', profile));
  const zip = await JSZip.loadAsync(await deckPptx(model));
  // in slide order: pptxgenjs numbers chart parts with a counter of the process (a deck made after
  // others in a worker starts at chart9.xml), so the parts are ordered by number, not by name
  const num = (n: string) => Number(/(\d+)\.xml$/.exec(n)![1]);
  for (const f of Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n)).sort((a, b) => num(a) - num(b))) {
    const c = chartOf(await zip.file(f)!.async('string'));
    if (c.series.some((s) => /Connectivity|Recurring/i.test(s.name))) charts.push(c);
  }
  const slide = model.slides.find((x) => x.id === 'revenues')!;
  for (const b of slide.blocks) if (b.kind === 'chart') svgs.push(await renderSvg(b.spec, b.data));
}, 60_000);

describe('a long-term chart over every year of the IIJ data', () => {
  it('draws every fiscal year the data holds, from FY2007, with the revenues of each line', () => {
    const years = charts.find((c) => c.cats.includes('FY07'));
    expect(years?.cats).toEqual(['FY07', 'FY08', 'FY09']);
    const total = years!.series.find((s) => s.values.length === 3 && s.values.every((v) => v !== null) && /total/i.test(s.name));
    // the total revenues over each stack, as the company printed them (JPY million)
    expect(total?.values.map(Number)).toEqual([figures.figures.find((f) => f.id === 'is.revenue.total@FY2007')!.value, figures.figures.find((f) => f.id === 'is.revenue.total@FY2008')!.value, figures.figures.find((f) => f.id === 'is.revenue.total@FY2009')!.value].map((v) => Number((Number(v) / 1e6).toFixed(2))));
  });

  it('the last 12 quarters: every quarter on the axis, a quarter without a figure an empty point', () => {
    const q = charts.find((c) => c.cats.length === 12);
    expect(q?.cats[0]).toBe('1Q07');
    expect(q?.cats.at(-1)).toBe('4Q09');
    const values = q!.series[0].values;
    expect(values.filter((v) => v !== null).length).toBeGreaterThan(0);
    // each point is the figure of its quarter, or nothing where the data has none (never a zero)
    const quarters = ['FY2007', 'FY2008', 'FY2009'].flatMap((y) => ['Q1', 'Q2', 'Q3', 'Q4'].map((s) => `${y}-${s}`));
    const have = (p: string) => figures.figures.find((f) => f.id === `is.revenue.recurring@${p}`);
    expect(quarters.map((p, i) => `${q!.cats[i]} ${values[i] ?? '-'}`)).toEqual(quarters.map((p, i) => `${q!.cats[i]} ${have(p) ? Number((Number(have(p)!.value) / 1e6).toFixed(2)) : '-'}`));
    expect(values.some((v) => v === null)).toBe(true);
    expect(values.some((v) => v === '0')).toBe(false);
  });

  it('says nothing to the author: no "not shown" note, no omission for the ranges', () => {
    const slide = model.slides.find((x) => x.id === 'revenues')!;
    expect(`${slide.notes} ${slide.footnotes.join(' ')}`).not.toMatch(/not shown/i);
    expect(model.omitted.filter((o) => o.slide === 'revenues')).toEqual([]);
  });

  it('the SVG of deck.pdf keeps every year and every quarter on its axis, the gaps included', () => {
    const labels = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((x) => x[1]);
    expect(labels(svgs[0])).toEqual(expect.arrayContaining(['FY07', 'FY08', 'FY09']));
    expect(labels(svgs[1])).toEqual(expect.arrayContaining(['1Q07', '2Q07', '3Q07', '4Q07', '1Q08', '4Q09']));
  });
});
