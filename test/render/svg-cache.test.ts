// Charts cached by content (render/svg-cache.ts): a chart from the cache is the chart Vega draws,
// other rows are another chart, and a drawing that failed is not kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderSvg, type ChartData } from '../../src/render/charts.js';
import { cachedSvg } from '../../src/render/svg-cache.js';

const cache = mkdtempSync(join(tmpdir(), 'qd-svg-cache-'));
let before: string | undefined;
beforeAll(() => { before = process.env.QUARTERDECK_CACHE; process.env.QUARTERDECK_CACHE = cache; });
afterAll(() => { if (before === undefined) delete process.env.QUARTERDECK_CACHE; else process.env.QUARTERDECK_CACHE = before; });

const spec: Record<string, unknown> = {
  usermeta: { quarterdeck: { kind: 'bar', series: [{ key: 'is.operating-income' }], periods: ['prior', 'cur'] } },
  layer: [
    { mark: 'bar', encoding: { x: { field: 'period', type: 'nominal' }, y: { field: 'value', type: 'quantitative' } } },
    { mark: { type: 'text', dy: -4 }, encoding: { x: { field: 'period', type: 'nominal' }, y: { field: 'value', type: 'quantitative' }, text: { field: 'label' } } },
  ],
};
const data = (fy09: number, alt = 'Operating income'): Pick<ChartData, 'rows' | 'alt'> & { binding: ChartData['binding']; periods: string[]; omitted: string[] } => ({
  binding: (spec.usermeta as { quarterdeck: ChartData['binding'] }).quarterdeck, periods: ['FY08', 'FY09'], omitted: [], alt,
  rows: [
    { period: 'FY08', periodOrder: 0, series: 'Operating income', seriesOrder: 0, value: 4310, label: '4,310', axis: 'left', exact: '4310000000', kind: 'bar', y0: 0, y1: 4310, mid: 2155 },
    { period: 'FY09', periodOrder: 1, series: 'Operating income', seriesOrder: 0, value: fy09, label: String(fy09), axis: 'left', exact: `${fy09}000000`, kind: 'bar', y0: 0, y1: fy09, mid: fy09 / 2 },
  ],
});

describe('the chart cache', () => {
  it('serves the SVG Vega drew, byte for byte; other rows or other alt text are other charts', async () => {
    const drawn = await renderSvg(spec, data(3868));
    expect(drawn).toMatch(/^<svg role="img" aria-label="Operating income"/);
    const files = readdirSync(join(cache, 'svg'));
    expect(files).toHaveLength(1);
    expect(readFileSync(join(cache, 'svg', files[0]), 'utf8')).toBe(drawn);
    // the same chart drawn with the cache off is the same
    process.env.QUARTERDECK_CACHE = 'off';
    try { expect(await renderSvg(spec, data(3868))).toBe(drawn); } finally { process.env.QUARTERDECK_CACHE = cache; }
    expect(drawn).toContain('3868');
    const other = await renderSvg(spec, data(1200));
    expect(other).toContain('1200');
    expect(other).not.toContain('3868');
    expect(await renderSvg(spec, data(3868, 'Another text'))).toContain('aria-label="Another text"');
    expect(readdirSync(join(cache, 'svg'))).toHaveLength(3);
  }, 60_000);

  it('never keeps a chart whose drawing failed', async () => {
    const dir = join(cache, 'svg');
    const before = new Set(readdirSync(dir));
    const parts = [`failing-${process.pid}-${Date.now()}`];
    await expect(cachedSvg(parts, async () => { throw new Error('no'); })).rejects.toThrow('no');
    expect(readdirSync(dir).filter((f) => !before.has(f))).toEqual([]);
    expect(await cachedSvg(parts, async () => '<svg>drawn</svg>')).toBe('<svg>drawn</svg>');
  });
});
