// A chart spec's own Vega-Lite body is drawn by the documents its binding's `bodyFor` names; the
// others draw the body generated for its kind in their own style. The release's revenue-by-line keeps
// its printed look in the release, and is a deck chart (the theme's fonts, sizes and legend) in the deck.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readChartSpec } from '../../src/render/template-check.js';
import { drawsOwnBody, vegaLiteSpec } from '../../src/render/chart/vega-spec.js';
import type { ChartBlock } from '../../src/contract/deck.js';
import { deckFor } from './deck-fixture.js';
import { root } from '../helpers.js';

const file = join(root, 'templates', 'charts', 'revenue-by-line.vl.json');
const spec = readChartSpec(file, readFileSync(file, 'utf8'));

describe('bodyFor: whose look a chart spec\'s body is', () => {
  it('the release draws revenue-by-line as written; the deck draws the body generated for a stacked bar', () => {
    const { model } = deckFor('FY2009');
    const chart = model.slides.find((s) => s.id === 'revenues')!.blocks.find((b): b is ChartBlock => b.kind === 'chart' && b.name === 'revenue-by-line')!;
    expect(drawsOwnBody(spec, 'release')).toBe(true);
    expect(drawsOwnBody(spec, 'deck')).toBe(false);
    expect(vegaLiteSpec(spec, chart.data, 'release')).toBe(spec);
    // the deck's chart: sized to its box, in the theme's type, the same layers as every deck stacked bar
    const other = model.slides.find((s) => s.id === 'revenues')!.blocks.find((b): b is ChartBlock => b.kind === 'chart' && b.name === 'revenue-recurring')!;
    const look = (c: ChartBlock) => { const { config, layer } = c.spec as { config: Record<string, unknown>; layer: unknown }; return { axis: config.axis, legend: config.legend, text: config.text, layer: JSON.stringify(layer) }; };
    expect(look(chart)).toEqual(look(other));
    expect(chart.spec.width).not.toBe(spec.width);
    expect(JSON.stringify(chart.spec)).not.toContain('"labelFontSize":8');
    expect(JSON.stringify(chart.spec)).toContain("datum.kind === 'total'");
  });

  it('a body with no bodyFor is drawn as written by every document (a user\'s override)', () => {
    const { usermeta, ...rest } = spec as { usermeta: { quarterdeck: Record<string, unknown> } };
    const { bodyFor: _b, ...binding } = usermeta.quarterdeck;
    const own = { ...rest, usermeta: { quarterdeck: binding } };
    expect(drawsOwnBody(own, 'deck')).toBe(true);
    expect(drawsOwnBody(own, 'release')).toBe(true);
  });

  it('an unknown document in bodyFor is a problem at its line', () => {
    const text = readFileSync(file, 'utf8').replace('"release"', '"web"');
    expect(() => readChartSpec(file, text)).toThrow(expect.objectContaining({
      problems: [expect.objectContaining({ file, line: text.split('\n').findIndex((l) => l.includes('"bodyFor"')) + 1, field: 'usermeta.quarterdeck.bodyFor', expected: 'release, deck' })],
    }));
  });
});
