// The fictional company regroups net sales from FY2026 and restates FY2025: its FY2026 deck's
// long-term chart spans every year with the right lines (the old lines up to FY2024, the new ones
// for the restated FY2025 and FY2026, never both for one year), carries the company's "restated"
// note, and the comparison across the change uses the restated figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { build, prepare, type BuildSession } from '../../src/build.js';
import { buildFigures } from '../../src/model/figures.js';
import { en } from '../../src/messages/en.js';
import { workerBrowser } from '../support/browser.js';
import { pptxPages } from '../../src/preflight/read-pptx.js';
import { copyFixture, fixtures, root } from '../helpers.js';

const c = copyFixture();
cpSync(join(fixtures, 'harbor-eras'), join(c.dir, 'harbor'), { recursive: true });
const tpl = mkdtempSync(join(tmpdir(), 'qd-era-tpl-'));
mkdirSync(join(tpl, 'deck', 'slides'), { recursive: true });
mkdirSync(join(tpl, 'charts'), { recursive: true });
// the built-in stacked revenue chart, bound to the company's lines of both groupings
const spec = JSON.parse(readFileSync(join(root, 'templates', 'charts', 'revenue-by-line.vl.json'), 'utf8'));
spec.usermeta.quarterdeck.series = ['pl.sales.lamps', 'pl.sales.fixtures', 'pl.sales.smart', 'pl.sales.service'].map((key) => ({ key }));
spec.usermeta.quarterdeck.total = { key: 'pl.sales.total' };
spec.usermeta.quarterdeck.title = 'Net sales';
writeFileSync(join(tpl, 'charts', 'harbor-sales.vl.json'), JSON.stringify(spec, null, 1));
writeFileSync(join(tpl, 'deck', 'slides', 'results.yaml'), `id: results
title: 'Net sales since {{period "prior2"}}'
blocks:
  - chart: { area: full, spec: harbor-sales, labels: total, periods: { grain: year, from: first } }
`);
const out = mkdtempSync(join(tmpdir(), 'qd-era-'));
const session: BuildSession = { browser: workerBrowser() };
let chart: { cats: string[]; series: Map<string, (string | null)[]> };
let slideText = '';

beforeAll(async () => {
  await build({ dataDir: c.dir, outDir: out, company: 'harbor', period: 'FY2026', formats: ['figures', 'deck'], templates: [join(fixtures, 'harbor-templates'), tpl] }, session);
  const pptx = readFileSync(join(out, 'harbor', 'FY2026', 'investors', 'deck.pptx'));
  const zip = await JSZip.loadAsync(pptx);
  const pts = (s: string) => { const n = Number(/<c:ptCount val="(\d+)"/.exec(s)?.[1] ?? 0); const o: (string | null)[] = Array(n).fill(null); for (const m of s.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)) o[Number(m[1])] = m[2] === '' ? null : m[2]; return o; };
  for (const f of Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))) {
    const xml = await zip.file(f)!.async('string');
    if (!xml.includes('Fixtures')) continue;
    const sers = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => m[1]);
    chart = { cats: pts(/<c:cat>([\s\S]*?)<\/c:cat>/.exec(sers[0])![1]) as string[], series: new Map(sers.map((x) => [/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(x)![1], pts(/<c:val>([\s\S]*?)<\/c:val>/.exec(x)![1])])) };
  }
  slideText = (await pptxPages(new Uint8Array(pptx))).map((p) => p.text).join('\n');
}, 180_000);
afterAll(async () => { await session.browser?.close(); });

describe('a regrouping across a long-term chart', () => {
  it('spans every year the data holds, each year in its own grouping, the restated year in the new one', () => {
    expect(chart.cats).toEqual(['FY23', 'FY24', 'FY25', 'FY26']);
    // FY2023 as the annual report restated it (395), FY2024 as printed
    expect(chart.series.get('Lamps')).toEqual(['395', '500', null, null]);
    expect(chart.series.get('Fixtures')).toEqual([null, null, '300', '330']);
    expect(chart.series.get('Smart lighting')).toEqual([null, null, '90', '140']);
    expect(chart.series.get('Maintenance service')).toEqual(['195', '210', '205', '220']);
  });

  it('carries the company\'s restated note on the slide (a footnote for the reader)', () => {
    expect(slideText).toContain('Restated to conform to the current grouping of net sales.');
  });

  it('figures: the restated figures carry the note, the old lines are not shown for the restated year; the old era\'s own document keeps them', () => {
    const { analysis } = prepare(c.dir, 'harbor');
    const fy26 = buildFigures(analysis.ledger, 'FY2026', en);
    const f = (file: typeof fy26, id: string) => file.figures.find((x) => x.id === id);
    expect(f(fy26, 'pl.sales.fixtures@FY2025')?.restated).toBe('Restated to conform to the current grouping of net sales.');
    expect(f(fy26, 'pl.sales.service@FY2025')?.restated).toBeUndefined();
    expect(f(fy26, 'pl.sales.lamps@FY2025')).toBeUndefined();
    expect(f(fy26, 'pl.sales.lamps@FY2024')?.display).toBe('500');
    // the comparison across the change uses the restated figure: 330 against 300 (both known to JPY1 million, so a whole percent)
    expect(f(fy26, 'yoy:pl.sales.fixtures@FY2026')?.display).toBe('10%');
    const fy25 = buildFigures(analysis.ledger, 'FY2025', en);
    expect(f(fy25, 'pl.sales.lamps@FY2025')?.display).toBe('390');
    expect(f(fy25, 'pl.sales.lamps@FY2025')?.restated).toBeUndefined();
  });
});
