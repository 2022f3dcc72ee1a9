// The numbers a chart draws are links in the preview: each data label's SVG <text> carries its
// figure's id; axis and legend texts do not; the SVG without those attributes is Vega's, unchanged
// (what every build prints).
import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../src/render/chart/svg.js';
import { markChartLabels } from '../../src/render/chart/label-marks.js';

const spec = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json', width: 200, height: 100,
  layer: [
    { mark: 'bar', encoding: { x: { field: 'period', type: 'nominal' }, y: { field: 'value', type: 'quantitative' } } },
    { mark: { type: 'text', dy: -4 }, encoding: { x: { field: 'period', type: 'nominal' }, y: { field: 'value', type: 'quantitative' }, text: { field: 'label' } } },
  ],
};
// two labels alike ("1,000"): each keeps its own figure, in the rows' order
const rows = [
  { period: 'FY1', value: 1000, label: '1,000', figure: 'a@FY1' },
  { period: 'FY2', value: 2500, label: '2,500', figure: 'a@FY2' },
  { period: 'FY3', value: 1000, label: '1,000', figure: 'a@FY3' },
];

describe('chart labels in the preview', () => {
  it('each data label carries its figure; axis labels do not; without the marks the SVG is unchanged', async () => {
    const svg = await renderSvg(spec, { rows: rows as never, alt: 'test chart' });
    const marked = markChartLabels(svg, rows);
    const labels = [...marked.matchAll(/<text[^>]* data-figure="([^"]+)"[^>]*>([^<]*)<\/text>/g)].map((m) => [m[1], m[2]]);
    expect(labels).toEqual([['a@FY1', '1,000'], ['a@FY2', '2,500'], ['a@FY3', '1,000']]);
    // the axis's own "FY1" and tick numbers stay plain
    expect(marked).toMatch(/role-axis-label[^>]*><text[^>]*>(?!<)/);
    expect(marked.match(/data-figure=/g)).toHaveLength(3);
    expect(marked.replace(/ data-figure="[^"]*"/g, '')).toBe(svg);
    expect(svg).not.toContain('data-figure');
    // the rows' figure ids (what the preview marks with) draw nothing: the build's SVG is the SVG of the rows without them
    expect(await renderSvg(spec, { rows: rows.map(({ figure: _f, ...r }) => r) as never, alt: 'test chart' })).toBe(svg);
  });
});
