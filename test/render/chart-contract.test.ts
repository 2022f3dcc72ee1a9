// One chart contract, two renderers: every kind of chart is drawn from one binding both as SVG (the
// Vega-Lite spec generated for its kind) and as a native PowerPoint chart, with each axis formatted
// by its series' unit (an amount in the chart's unit, losses in parentheses; a ratio as a
// percentage) and a stack's total a figure, computed once. No browser: the figures are made here.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { en } from '../../src/messages/en.js';
import { FigureSet } from '../../src/render/figure-set.js';
import { chartBlock } from '../../src/render/deck/charts.js';
import { loadTheme } from '../../src/template/theme.js';
import { region } from '../../src/render/deck/region.js';
import { loadSpec } from '../../src/template/chart-spec.js';
import { renderSvg } from '../../src/render/chart/svg.js';
import { hasBody, vegaLiteSpec } from '../../src/render/chart/vega-spec.js';
import { readChartSpec } from '../../src/render/template-check.js';
import { labelShown } from '../../src/render/chart/labels.js';
import { readFileSync } from 'node:fs';
import { deckPptx } from '../../src/export/pptx.js';
import type { ChartBlock, DeckModel } from '../../src/contract/deck.js';
import type { ChartSpec } from '../../src/template/slides-schema.js';
import type { DocumentInputs } from '../../src/contract/document-inputs.js';
import type { Figure } from '../../src/contract/figures.js';
import { templateFolder } from '../audience/support.js';
import { root } from '../helpers.js';

const fiscal = { endMonth: 3, naming: 'start' as const };
const M = 1e6;
/** a figure printed in JPY millions (or a ratio to 0.1%) */
const fig = (key: string, period: string, millions: number | string, unit = 'JPY'): Figure => {
  const ratio = unit === 'ratio';
  const value = ratio ? String(millions) : String(Number(millions) * M);
  return {
    id: `${key}@${period}`, item: key.replace(/^[a-z-]+:/, ''), label: key, period, periodLabel: period, scenario: 'actual', value,
    display: ratio ? `${(Number(millions) * 100).toFixed(1)}%` : String(millions), unit, kind: 'reported', sources: [], precision: ratio ? '0.0005' : String(M / 2),
  } as Figure;
};
const years = ['FY2007', 'FY2008', 'FY2009'];
const series = (key: string, values: (number | string)[], unit?: string) => values.map((v, i) => fig(key, years[i], v, unit));
const figures: Figure[] = [
  ...series('x.revenue.a', [400, 450, 500]), ...series('x.revenue.b', [300, 320, 350]), ...series('x.revenue.total', [700, 770, 850]),
  ...series('x.income', [35, 48, -12]), ...series('x.ratio.margin', ['0.05', '0.062', '0.071'], 'ratio'),
  ...series('x.big.a', [1100, 1200, 1234]), ...series('x.big.b', [600, 650, 700]), ...series('x.big.total', [1700, 1850, 1934]),
  fig('yoy-diff:x.revenue.a', 'FY2009', 50), fig('yoy-diff:x.expense', 'FY2009', 110), fig('yoy-diff:x.other', 'FY2009', 150), fig('x.result', 'FY2009', 78),
];
const labels = new Map([['x.revenue.a', 'Line A'], ['x.revenue.b', 'Line B'], ['x.revenue.total', 'Revenues'], ['x.income', 'Operating income'], ['x.ratio.margin', 'Margin'], ['x.expense', 'Expenses'], ['x.big.a', 'Big A'], ['x.big.b', 'Big B'], ['x.big.total', 'Big total'], ['x.other', 'Other'], ['x.result', 'Result']]);

const PERIODS = ['prior2', 'prior', 'cur'];
/** one binding per kind (and per axis unit): what the chart spec's usermeta.quarterdeck says */
const BINDINGS: Record<string, Record<string, unknown>> = {
  bar: { kind: 'bar', unit: 'million', periods: PERIODS, series: [{ key: 'x.income' }] },
  'stacked-bar': { kind: 'stacked-bar', unit: 'million', periods: PERIODS, series: [{ key: 'x.revenue.a' }, { key: 'x.revenue.b' }], total: { key: 'x.revenue.total' } },
  'stacked-bar-billion': { kind: 'stacked-bar', unit: 'billion', periods: PERIODS, series: [{ key: 'x.big.a' }, { key: 'x.big.b' }], total: { key: 'x.big.total' } },
  line: { kind: 'line', unit: 'million', periods: PERIODS, series: [{ key: 'x.ratio.margin' }] },
  'bar-line': { kind: 'bar-line', unit: 'million', periods: PERIODS, series: [{ key: 'x.revenue.total' }, { key: 'x.ratio.margin', axis: 'right' }] },
  'bar-line-amount': { kind: 'bar-line', unit: 'million', periods: PERIODS, series: [{ key: 'x.revenue.total' }, { key: 'x.income', axis: 'right' }] },
  waterfall: {
    kind: 'waterfall', unit: 'million', periods: ['cur'], series: [
      { key: 'x.income', period: 'prior', total: true, label: 'FY08 income' }, { key: 'yoy-diff:x.revenue.a', label: 'Line A' },
      { key: 'yoy-diff:x.expense', sign: -1, label: 'Expenses' }, { key: 'x.income', period: 'cur', total: true, label: 'FY09 income' },
    ],
  },
  // a loss: a total below zero, a step from a negative base going more negative, a rise that stays
  // below zero, a rise from below zero to above it
  'waterfall-loss': {
    kind: 'waterfall', unit: 'million', periods: ['cur'], series: [
      { key: 'x.income', period: 'cur', total: true, label: 'FY09 income' }, { key: 'yoy-diff:x.expense', sign: -1, label: 'Expenses' },
      { key: 'yoy-diff:x.revenue.a', label: 'Line A' }, { key: 'yoy-diff:x.other', label: 'Other' }, { key: 'x.result', total: true, label: 'Result' },
    ],
  },
};

interface Drawn { block: ChartBlock; svg: string; svgText: string[]; xml: string }
const drawn: Record<string, Drawn> = {};
const drawn_ = (name: string) => drawn[name].block.data;
let pptx: Uint8Array;

/** the numbers of each series of a chart's XML, by series name */
function seriesValues(xml: string): Record<string, (number | null)[]> {
  const out: Record<string, (number | null)[]> = {};
  for (const ser of xml.match(/<c:ser>[\s\S]*?<\/c:ser>/g) ?? []) {
    const name = /<c:tx>[\s\S]*?<c:v>([\s\S]*?)<\/c:v>/.exec(ser)![1].replace(/\u200b/g, '');
    const val = /<c:val>[\s\S]*?<c:ptCount val="(\d+)"\/>([\s\S]*?)<\/c:numCache>/.exec(ser)!;
    const values: (number | null)[] = new Array(Number(val[1])).fill(null);
    for (const p of val[2].matchAll(/<c:pt idx="(\d+)">\s*<c:v>([^<]*)<\/c:v>/g)) values[Number(p[1])] = Number(p[2]);
    out[name] = values;
  }
  return out;
}
const formatCodes = (xml: string, part: RegExp) => [...(xml.match(part) ?? [])].flatMap((x) => [...x.matchAll(/formatCode="([^"]*)"/g)].map((m) => m[1].replace(/&quot;/g, '"')));
const axisFormats = (xml: string) => formatCodes(xml, /<c:valAx>[\s\S]*?<\/c:valAx>/g);
const labelFormats = (xml: string) => formatCodes(xml, /<c:dLbls>[\s\S]*?<\/c:dLbls>/g);

beforeAll(async () => {
  const files = Object.fromEntries(Object.entries(BINDINGS).map(([name, b]) => [`charts/${name}.vl.json`, JSON.stringify({ usermeta: { quarterdeck: { title: name, ...b } } }, null, 2)]));
  const dirs = [templateFolder(files), join(root, 'templates')];
  const set = new FigureSet({ company: 'x', period: 'FY2009', periodLabel: 'FY2009', generatedFrom: '', figures } as never, fiscal);
  const items = new Map([...labels.keys()].map((k) => [k, { id: k }]));
  // the specs as the template stage reads them (template/chart-spec.ts)
  const templates = { charts: new Map(Object.keys(BINDINGS).map((name) => [name, loadSpec(dirs, name)])) };
  const inputs = { templateDirs: dirs, templates, m: en, labels, items, fiscal } as unknown as DocumentInputs;
  const { theme, dir: themeDir } = loadTheme(dirs);
  // every kind with all its labels, and two with their totals' only (labels: total)
  const asked = [...Object.keys(BINDINGS).map((name) => [name, 'all'] as const), ['stacked-bar', 'total'] as const, ['waterfall', 'total'] as const];
  const blocks = asked.map(([name, labels]) => chartBlock({ area: 'full', spec: name, labels } as ChartSpec, region(theme, 'full'), { inputs, figures: set, theme }));
  const model: DeckModel = {
    theme, themeDir, lang: 'en', title: 'charts', company: 'x', footer: '', omitted: [],
    slides: blocks.map((b, i) => ({ id: `s${i}`, layout: 'content', title: b.name, blocks: [b], footnotes: [], notes: '', origin: { file: 'test' } })),
  };
  pptx = await deckPptx(model);
  const zip = await JSZip.loadAsync(pptx);
  // the chart parts in the order the slides made them (pptxgenjs numbers charts across the process, not per deck)
  const chartParts = Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f)).sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  expect(chartParts).toHaveLength(blocks.length);
  for (const [i, block] of blocks.entries()) {
    // as deck.pdf draws it: the labels the slide asks for
    const rows = block.data.rows.map((r) => (labelShown(r.kind, block.labels, r.tiny) ? r : { ...r, label: '' }));
    const svg = await renderSvg(block.spec, { ...block.data, rows });
    const svgText = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1].replace(/&amp;/g, '&'));
    drawn[`${block.name}${block.labels === 'all' ? '' : `:${block.labels}`}`] = { block, svg, svgText, xml: await zip.file(chartParts[i])!.async('string') };
  }
}, 60_000);

/** the numbers of each series, a category with no value (or 0) as null */
const values = (xml: string) => Object.fromEntries(Object.entries(seriesValues(xml)).map(([k, list]) => [k, list.map((x) => x || null)]));
/** each series' labels with text of their own: "index text" */
const pointTexts = (xml: string) => Object.fromEntries((xml.match(/<c:ser>[\s\S]*?<\/c:ser>/g) ?? []).flatMap((ser) => {
  const texts = [...ser.matchAll(/<c:dLbl><c:idx val="(\d+)"\/><c:tx><c:rich>[\s\S]*?<a:t>([^<]*)<\/a:t>/g)].map((m) => `${m[1]} ${m[2]}`);
  return texts.length ? [[/<c:tx>[\s\S]*?<c:v>([\s\S]*?)<\/c:v>/.exec(ser)![1].replace(/\u200b/g, ''), texts]] : [];
}));

describe('every kind, drawn both ways from one binding', () => {
  it('bar: the figures in JPY millions, a loss in parentheses, on an amount axis', () => {
    const { svgText, xml, block } = drawn.bar;
    expect(block.data.axes.left).toMatchObject({ unit: 'amount', excel: '#,##0;(#,##0)' });
    for (const t of ['FY07', 'FY08', 'FY09', '35', '48', '(12)']) expect(svgText).toContain(t);
    expect(svgText.some((t) => /^\(\d+\)$/.test(t) && t !== '(12)')).toBe(true); // a tick below zero
    expect(seriesValues(xml)).toEqual({ 'Operating income': [35, 48, -12] });
    expect(axisFormats(xml)).toEqual(['#,##0;(#,##0)']);
    expect(xml).toContain('<c:barDir val="col"/>');
  });

  it('stacked bar: the segments, and the total figure above each stack (never the sum of rounded bars)', () => {
    const { svgText, xml, block } = drawn['stacked-bar'];
    for (const t of ['500', '350', '770', '850']) expect(svgText).toContain(t);
    const totals = block.data.rows.filter((r) => r.kind === 'total');
    expect(totals.map((r) => `${r.period} ${r.label} ${r.value} ${r.y1}`)).toEqual(['FY07 700 700 700', 'FY08 770 770 770', 'FY09 850 850 850']);
    expect(seriesValues(xml)).toEqual({ 'Line A': [400, 450, 500], 'Line B': [300, 320, 350], Revenues: [700, 770, 850] });
    expect(xml).toContain('<c:grouping val="stacked"/>');
    expect(axisFormats(xml)).toEqual(['#,##0;(#,##0)']);
  });

  it('stacked bar in billions: one decimal on the axis, the labels and the totals', () => {
    const { svgText, xml, block } = drawn['stacked-bar-billion'];
    expect(block.data.axes.left.excel).toBe('#,##0.0;(#,##0.0)');
    for (const t of ['1.2', '0.7', '1.9']) expect(svgText).toContain(t);
    expect(block.data.rows.filter((r) => r.kind === 'total').map((r) => r.label)).toEqual(['1.7', '1.9', '1.9']);
    expect(seriesValues(xml)['Big total']).toEqual([1.7, 1.85, 1.93]);
    expect(axisFormats(xml)).toEqual(['#,##0.0;(#,##0.0)']);
    expect(labelFormats(xml)).toContain('#,##0.0;(#,##0.0)');
  });

  it('line of a ratio: a percentage axis and labels', () => {
    const { svgText, xml, block } = drawn.line;
    expect(block.data.axes.left).toMatchObject({ unit: 'ratio', excel: '0.0"%"' });
    for (const t of ['5.0%', '6.2%', '7.1%']) expect(svgText).toContain(t);
    expect(svgText.filter((t) => /^\d+(\.\d)?%$/.test(t)).length).toBeGreaterThan(3); // axis ticks are percentages too
    expect(seriesValues(xml)).toEqual({ Margin: [5, 6.2, 7.1] });
    expect(axisFormats(xml)).toEqual(['0.0"%"']);
    expect(labelFormats(xml)).toContain('0.0"%"');
  });

  it('bar + ratio line: amounts on the left, a percentage axis on the right', () => {
    const { svgText, xml, block } = drawn['bar-line'];
    expect(block.data.axes.right).toMatchObject({ unit: 'ratio', excel: '0.0"%"' });
    for (const t of ['700', '850', '5.0%', '7.1%']) expect(svgText).toContain(t);
    expect(seriesValues(xml)).toEqual({ Revenues: [700, 770, 850], Margin: [5, 6.2, 7.1] });
    expect(axisFormats(xml)).toEqual(['#,##0;(#,##0)', '0.0"%"']);
  });

  it('bar + amount line: the right axis and the line are amounts, a loss in parentheses, never "%"', () => {
    const { svgText, xml, block } = drawn['bar-line-amount'];
    expect(block.data.axes.right).toMatchObject({ unit: 'amount', excel: '#,##0;(#,##0)' });
    for (const t of ['35', '48', '(12)']) expect(svgText).toContain(t);
    expect(svgText.some((t) => t.includes('%'))).toBe(false);
    expect(seriesValues(xml)).toEqual({ Revenues: [700, 770, 850], 'Operating income': [35, 48, -12] });
    expect(axisFormats(xml)).toEqual(['#,##0;(#,##0)', '#,##0;(#,##0)']);
    expect(labelFormats(xml).some((f) => f.includes('%'))).toBe(false);
  });

  it('waterfall: each step a figure, signed as the company prints changes, reaching the total', () => {
    const { svgText, xml, block } = drawn.waterfall;
    expect(block.data.rows.filter((r) => r.kind !== 'base').map((r) => `${r.period} ${r.label}`)).toEqual(['FY08 income 48', 'Line A +50', 'Expenses (110)', 'FY09 income (12)']);
    for (const t of ['48', '+50', '(110)', '(12)']) expect(svgText).toContain(t);
    // PowerPoint stacks values above and below zero apart: the rise from 48 stands on an invisible 48;
    // the fall from 98 to (12) crosses zero, so it is two parts (98 above, -12 below) and no base
    expect(values(xml)).toEqual({ base: [null, 48, null, null], total: [48, null, null, -12], increase: [null, 50, null, null], decrease: [null, null, -12, null], 'increase-rest': [null, null, null, null], 'decrease-rest': [null, null, 98, null] });
    expect(block.data.rows.filter((r) => r.kind === 'decrease').map((r) => [r.y0, r.y1])).toEqual([[-12, 98]]);
    expect(labelFormats(xml)).toEqual(expect.arrayContaining(['+#,##0;+#,##0', '"("#,##0")";"("#,##0")"', '#,##0;(#,##0)']));
    // the part that ends the step carries the change, as its own text (not the part's value)
    expect(pointTexts(xml)).toEqual({ decrease: ['2 (110)'] });
  });

  it('waterfall crossing zero: every sign drawn as it goes, in the PPTX chart as in the SVG', () => {
    const { svg, svgText, xml, block } = drawn['waterfall-loss'];
    const steps = block.data.rows.filter((r) => r.kind !== 'base');
    expect(steps.map((r) => `${r.period} ${r.label} ${r.y0}..${r.y1}`)).toEqual(['FY09 income (12) 0..-12', 'Expenses (110) -122..-12', 'Line A +50 -122..-72', 'Other +150 -72..78', 'Result 78 0..78']);
    for (const t of ['(12)', '(110)', '+50', '+150', '78']) expect(svgText).toContain(t);
    // below zero a step stands on a negative invisible base (its end nearest zero) and goes down from it;
    // the rise across zero is its part above (78, labelled +150) and its part below (-72), no base
    expect(values(xml)).toEqual({
      base: [null, -12, -72, null, null], total: [-12, null, null, null, 78], increase: [null, null, -50, 78, null], decrease: [null, -110, null, null, null],
      'increase-rest': [null, null, null, -72, null], 'decrease-rest': [null, null, null, null, null],
    });
    expect(pointTexts(xml)).toEqual({ increase: ['3 +150'] });
    expect(xml).toContain('<c:invertIfNegative val="0"/>');
    // the SVG: each step's bar spans its y0..y1, the names sit under the deepest bar, not across it
    const bars = [...svg.matchAll(/<path[^>]*aria-label="[^"]*"[^>]*d="M[\d.]+,([\d.]+)h[\d.]+v([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[1]) + Number(m[2])]);
    expect(bars.length).toBe(8);
    const lowest = Math.max(...bars.map((b) => b[1]));
    const names = [...svg.matchAll(/<text[^>]*transform="translate\(([\d.]+),([\d.]+)\)"[^>]*>(?:<tspan[^>]*>)?(FY09|Expenses|Line|Other|Result)/g)].map((m) => Number(m[2]));
    expect(names.length).toBeGreaterThanOrEqual(5);
    for (const y of names) expect(y).toBeGreaterThan(lowest);
  });
});

/** each series' name → whether PowerPoint shows its labels (c:showVal of its c:dLbls) */
const shown = (xml: string) => Object.fromEntries((xml.match(/<c:ser>[\s\S]*?<\/c:ser>/g) ?? []).map((ser) => [
  /<c:tx>[\s\S]*?<c:v>([\s\S]*?)<\/c:v>/.exec(ser)![1].replace(/\u200b/g, ''), /<c:dLbls>[\s\S]*?<c:showVal val="1"\/>/.test(ser)]));

describe('labels: total — the same labels in both renderers', () => {
  it('stacked bar: the totals above the stacks, no segment labels', () => {
    const { svgText, xml } = drawn['stacked-bar:total'];
    expect(svgText).toEqual(expect.arrayContaining(['700', '770', '850']));
    expect(svgText).not.toContain('500');
    expect(shown(xml)).toEqual({ 'Line A': false, 'Line B': false, Revenues: true });
  });
  it('waterfall: the sums only, in deck.pdf as in deck.pptx', () => {
    const { svgText, xml } = drawn['waterfall:total'];
    expect(svgText).toEqual(expect.arrayContaining(['48', '(12)']));
    expect(svgText).not.toContain('+50');
    expect(shown(xml)).toEqual({ base: false, total: true, increase: false, decrease: false, 'increase-rest': false, 'decrease-rest': false });
  });
});

describe('the spec', () => {
  it('a built-in spec holds its binding only; the body is generated for its kind and checked like a written one', () => {
    const file = join(root, 'templates', 'charts', 'sga.vl.json');
    const spec = readChartSpec(file, readFileSync(file, 'utf8'));
    expect(hasBody(spec)).toBe(false);
    const drawn = vegaLiteSpec(spec, drawn_('stacked-bar'));
    expect(JSON.stringify(drawn)).toContain("datum.kind === 'total'");
  });

  it('a spec with a body of its own (a user\'s override) is drawn as written, from the same rows', async () => {
    const { block } = drawn['stacked-bar'];
    const own = { usermeta: {}, layer: [{ mark: { type: 'text' }, encoding: { x: { field: 'period', type: 'nominal' }, text: { field: 'label' } }, transform: [{ filter: "datum.kind === 'total'" }] }] };
    expect(vegaLiteSpec(own, block.data)).toBe(own);
    const text = [...(await renderSvg(own, block.data)).matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(text).toEqual(expect.arrayContaining(['700', '770', '850']));
  });
});

describe('the package', () => {
  const CHECK = join(root, '..', 'shared', 'ooxml', 'check');
  it.runIf(existsSync(CHECK))('passes the Office Open XML schemas (../shared/ooxml/check): 0 invalid', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'qd-charts-')), 'charts.pptx');
    writeFileSync(file, pptx);
    const r = spawnSync(CHECK, [file], { encoding: 'utf8', timeout: 120_000 });
    expect(r.stdout + r.stderr).toMatch(/^\d+ parts valid, 0 invalid$/m);
  }, 120_000);
});
