// A chart's colours from the company's theme, for every document that draws it: the series in the
// palette's order, labels inside a bar white on a dark colour, and the colour tokens a generated
// spec names ("$text", "$increase" …: vega-spec.ts).
import type { ChartRow } from '../../contract/chart.js';
import type { Theme } from '../../template/theme-schema.js';

/** The colour of series i: the theme's palette in series order (both renderers). */
export function seriesColor(theme: Theme, i: number): string {
  return theme.chart.palette[i % theme.chart.palette.length];
}

/** White on a dark colour, the text colour on a light one. */
export function labelColorOn(hex: string, theme: Theme): string {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return lum < 0.5 ? '#FFFFFF' : `#${theme.colors.text}`;
}

/** Labels sit inside bars (white on dark ones), above single bars, points and totals in the text colour. */
export function labelColorFor(r: ChartRow, theme: Theme): string {
  return r.kind === 'bar' ? labelColorOn(seriesColor(theme, r.seriesOrder), theme) : `#${theme.colors.text}`;
}

/** The spec with its colour tokens ("$increase") replaced by the theme's colours. */
export function withThemeColours(spec: Record<string, unknown>, theme: Theme): Record<string, unknown> {
  const tokens: Record<string, string> = {
    $line: theme.chart.line, $increase: theme.chart.increase, $decrease: theme.chart.decrease, $total: theme.chart.total, $text: theme.colors.text, $muted: theme.colors.muted,
  };
  return JSON.parse(JSON.stringify(spec).replace(/"\$([a-z]+)"/g, (all, k: string) => (tokens[`$${k}`] ? `"#${tokens[`$${k}`]}"` : all))) as Record<string, unknown>;
}
