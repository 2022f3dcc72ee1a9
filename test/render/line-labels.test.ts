// A line's point labels sit beside the line, never on it: the 1Q09 deck's margin ratios (operating
// margin on the income slide, the segments' gross and operating margins) as drawn in the deck's SVG —
// each label's box is clear of every segment of its line. The slide model and the SVG, no browser.
import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../src/render/chart/svg.js';
import { sideOf } from '../../src/render/chart/line-labels.js';
import type { ChartBlock } from '../../src/contract/deck.js';
import { deckFor } from './deck-fixture.js';

type Box = { x0: number; x1: number; y0: number; y1: number };
const num = (s: string) => s.split(',').map(Number);

/** the polyline of each line mark (by its series) and the boxes of the text marks of that series */
function lineAndLabels(svg: string): { series: string; points: number[][]; labels: { text: string; box: Box }[] }[] {
  const lines = [...svg.matchAll(/aria-label="period: [^;]*; value: [^;]*; series: ([^"]*)" role="graphics-symbol" aria-roledescription="line mark" d="M([^"]*)"/g)];
  return lines.map((l) => {
    const points = l[2].split('L').map(num);
    const labels = [...svg.matchAll(/<text aria-label="period: [^;]*; value: [^;]*; series: ([^;]*); label: [^"]*" [^>]*text-anchor="(start|middle|end)" transform="translate\(([^)]*)\)"[^>]*font-size="([\d.]+)px"[^>]*>([^<]*)<\/text>/g)]
      .filter((t) => t[1] === l[1])
      .map((t) => {
        const [x, y] = num(t[3]); const fs = Number(t[4]); const w = t[5].length * fs * 0.55;
        const x0 = t[2] === 'start' ? x : t[2] === 'middle' ? x - w / 2 : x - w;
        return { text: t[5], box: { x0, x1: x0 + w, y0: y - fs * 0.72, y1: y } };
      });
    return { series: l[1], points, labels };
  });
}

/** does the segment a–b pass through the box? (sampled finely: the boxes are a few pixels) */
function crosses(a: number[], b: number[], r: Box): boolean {
  for (let t = 0; t <= 1; t += 0.01) {
    const x = a[0] + (b[0] - a[0]) * t; const y = a[1] + (b[1] - a[1]) * t;
    if (x > r.x0 && x < r.x1 && y > r.y0 && y < r.y1) return true;
  }
  return false;
}

describe('line labels beside their line (1Q09 deck)', () => {
  it('the side a label takes: above a peak, below a trough, beside a rise or a fall', () => {
    expect(sideOf(1, 2, 1)).toBe('above');
    expect(sideOf(2, 1, 2)).toBe('below');
    expect(sideOf(1, 2, 3)).toBe('above-left');
    expect(sideOf(3, 2, 1)).toBe('above-right');
    expect(sideOf(3, 2, undefined)).toBe('above-right');
    expect(sideOf(undefined, 2, 1)).toBe('above');
  });

  for (const [slide, spec] of [['income', 'income'], ['segments', 'segment-gross-margin'], ['segments', 'segment-operating-income']]) {
    it(`${slide} (${spec}): no margin label on its line`, async () => {
      const block = deckFor('FY2009-Q1').model.slides.find((s) => s.id === slide)!.blocks.find((b) => b.kind === 'chart' && b.name === spec) as ChartBlock;
      const drawn = lineAndLabels(await renderSvg(block.spec, block.data));
      expect(drawn.length).toBe(1);
      const [{ points, labels }] = drawn;
      expect(labels.length).toBe(points.length);
      const onLine = labels.filter((l) => points.slice(1).some((p, i) => crosses(points[i], p, l.box))).map((l) => l.text);
      expect(onLine).toEqual([]);
    });
  }
});
