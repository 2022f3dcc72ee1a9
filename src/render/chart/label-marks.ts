// The preview's chart labels: each number a chart prints (a bar's, a point's, a total's) carries the
// id of its figure as `data-figure` on its SVG <text>, so that a click opens the figure's panel as
// for a number in the text. Only for the preview's figures (render/figure-mark.ts marking): the
// SVG of every build is left exactly as Vega drew it.
import type { ChartRow } from '../../contract/chart.js';
import { escapeText as esc } from '../../format/escape.js';

const attr = (s: string) => esc(s).replace(/"/g, '&quot;');

/** The SVG with each data label (a text of a text mark, not an axis or legend) marked with its row's figure, in the rows' order. */
export function markChartLabels(svg: string, rows: Pick<ChartRow, 'label' | 'figure'>[]): string {
  const left = rows.filter((r) => r.figure && r.label);
  const used = new Set<number>();
  return svg.replace(/(<g class="mark-text role-mark[^"]*"[^>]*>)([\s\S]*?)(<\/g>)/g, (_, open: string, inner: string, close: string) => {
    const marked = inner.replace(/<text\b([^>]*)>([^<]*)<\/text>/g, (t, attrs: string, text: string) => {
      const i = left.findIndex((r, j) => !used.has(j) && esc(r.label) === text);
      if (i < 0) return t;
      used.add(i);
      return `<text${attrs} data-figure="${attr(left[i].figure!)}">${text}</text>`;
    });
    return `${open}${marked}${close}`;
  });
}
