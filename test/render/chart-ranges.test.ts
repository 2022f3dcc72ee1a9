// Ranges inside a chart spec: a spec's own period list (usermeta.quarterdeck.periods) or a release
// chart's binding (release.yaml `periods:`) asks for "every fiscal year from the first the data
// holds" or "the last 12 quarters", as a slide's `periods:` does. A long-term chart in a release
// template over all IIJ years draws every year the data holds; the deck draws a spec's range with
// no `periods:` on its slide, a quarter without a figure as a gap. Without a browser.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { prepare } from '../../src/build.js';
import { figuresOf } from '../support/figures.js';
import { makeInputs } from '../../src/render/inputs.js';
import { renderReleaseHtml } from '../../src/render/release/index.js';
import { deckModel } from '../../src/render/deck/build-model.js';
import type { DeckModel, ChartBlock } from '../../src/contract/deck.js';
import { readChartSpec } from '../../src/render/template-check.js';
import { TemplateFault } from '../../src/errors/template-fault.js';
import { en } from '../../src/messages/en.js';
import type { FiguresFile } from '../../src/contract/figures.js';
import { dataDir, root } from '../helpers.js';

const tpl = mkdtempSync(join(tmpdir(), 'qd-chart-range-'));
for (const d of ['charts', 'release', join('deck', 'slides')]) mkdirSync(join(tpl, d), { recursive: true });
const builtin = (name: string) => JSON.parse(readFileSync(join(root, 'templates', 'charts', `${name}.vl.json`), 'utf8'));
// a spec whose own period list is a range: every fiscal year from the first the data holds
const longTerm = builtin('revenue-by-line');
longTerm.usermeta.quarterdeck.periods = { grain: 'year', from: 'first' };
writeFileSync(join(tpl, 'charts', 'revenue-long-term.vl.json'), JSON.stringify(longTerm, null, 1));
// a spec over the last 12 quarters (before the first quarter the data holds: gaps)
const quarters = builtin('revenue-recurring');
quarters.usermeta.quarterdeck.periods = { grain: 'quarter', last: 12 };
writeFileSync(join(tpl, 'charts', 'recurring-12q.vl.json'), JSON.stringify(quarters, null, 1));
// the release: the long-term spec as is, and the built-in operating income chart with a range in release.yaml's binding
const release = parse(readFileSync(join(root, 'templates', 'release', 'release.yaml'), 'utf8'));
release.charts = { revenue: { spec: 'revenue-long-term' }, operating: { spec: 'operating-income', periods: { grain: 'year', from: 'first' } } };
writeFileSync(join(tpl, 'release', 'release.yaml'), stringify(release));
writeFileSync(join(tpl, 'deck', 'slides', 'revenues.yaml'), `id: revenues
title: Long-term revenues
blocks:
  - chart: { area: left, spec: revenue-long-term, labels: total }
  - chart: { area: right, spec: recurring-12q, labels: none }
`);

let figures: FiguresFile; let html = ''; let model: DeckModel;
const years = ['FY2007', 'FY2008', 'FY2009'];

beforeAll(async () => {
  const { data, analysis } = prepare(dataDir, 'iij');
  figures = figuresOf(analysis.ledger, 'FY2009', en);
  const inputs = makeInputs(data, figures, en, [tpl, join(root, 'templates')], 'investors');
  html = (await renderReleaseHtml(inputs)).html;
  model = deckModel(inputs);
}, 60_000);

/** The text labels of the release's chart figure whose caption is `caption`. */
function releaseChart(caption: RegExp): string[] {
  const fig = html.split(/<figure class="chart"[^>]*>/).slice(1).find((f) => caption.test(/<figcaption>([^<]*)<\/figcaption>/.exec(f)?.[1] ?? ''));
  expect(fig, `a chart captioned ${caption}`).toBeDefined();
  return [...fig!.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
}

describe('a range in a chart spec\'s own period list', () => {
  it('the data holds FY2007 to FY2009 (total revenues each year)', () => {
    expect(years.map((y) => figures.figures.some((f) => f.id === `is.revenue.total@${y}`))).toEqual([true, true, true]);
    expect(figures.figures.some((f) => f.id === 'is.revenue.total@FY2006')).toBe(false);
  });

  it('the release\'s long-term chart draws every year the data holds, each with its total revenues', () => {
    const labels = releaseChart(/revenue/i);
    expect(labels).toEqual(expect.arrayContaining(['FY07', 'FY08', 'FY09']));
    expect(labels.filter((l) => /^\dQ\d\d$/.test(l))).toEqual([]);
    // the total above each stack, in JPY million as the figure is known
    for (const y of years) {
      const total = figures.figures.find((f) => f.id === `is.revenue.total@${y}`)!;
      expect(labels).toContain(Math.round(Number(total.value) / 1e6).toLocaleString('en-US'));
    }
  });

  it('a range in release.yaml\'s chart binding: the operating income chart over every year', () => {
    const labels = releaseChart(/operating/i);
    expect(labels).toEqual(expect.arrayContaining(['FY07', 'FY08', 'FY09']));
  });

  it('the deck draws a spec\'s range with no periods on its slide: every year, and the last 12 quarters with gaps', () => {
    const slide = model.slides.find((s) => s.id === 'revenues')!;
    const [yearsChart, quarterChart] = slide.blocks.filter((b): b is ChartBlock => b.kind === 'chart');
    expect(yearsChart.data.periods).toEqual(['FY07', 'FY08', 'FY09']);
    expect(quarterChart.data.periods).toHaveLength(12);
    expect(quarterChart.data.periods[0]).toBe('1Q07');
    expect(quarterChart.data.periods.at(-1)).toBe('4Q09');
    // a quarter without a figure stays on the axis, with no bar (never a zero), and no note to the author
    const drawn = new Set(quarterChart.data.rows.map((r) => r.period));
    expect(quarterChart.data.periods.some((p) => !drawn.has(p))).toBe(true);
    expect(quarterChart.note).toBeUndefined();
    expect(slide.notes).not.toMatch(/not shown/i);
  });

  it('a malformed range is a fault of the spec at its line, with what is expected', () => {
    const text = JSON.stringify({ ...longTerm, usermeta: { quarterdeck: { ...longTerm.usermeta.quarterdeck, periods: { grain: 'decade', from: 'first' } } } }, null, 1);
    let fault: TemplateFault | undefined;
    try { readChartSpec('charts/bad.vl.json', text); } catch (e) { fault = e as TemplateFault; }
    expect(fault).toBeInstanceOf(TemplateFault);
    const p = fault!.problems[0];
    expect(p.file).toBe('charts/bad.vl.json');
    expect(p.field).toBe('usermeta.quarterdeck.periods.grain');
    expect(p.line).toBe(text.split('\n').findIndex((l) => l.includes('"periods"')) + 1);
    expect(p.expected).toContain('"grain": "year"');
  });
});
