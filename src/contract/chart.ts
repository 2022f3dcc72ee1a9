// The chart contract: what a chart is (its kind), what it draws (its binding to figures, written in
// a chart spec's `usermeta.quarterdeck`) and what both renderers receive from it (ChartData: rows in
// the chart's unit, totals, and each axis formatted by its series' unit). The SVG (a Vega-Lite spec
// generated per kind, vega-spec.ts → svg.ts) and the native PowerPoint chart (export/pptx-charts.ts)
// are drawn from the same ChartData; nothing about a chart is decided twice.

export const CHART_KINDS = ['bar', 'stacked-bar', 'line', 'bar-line', 'waterfall'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** The unit of a chart's amounts (its scale), or percent: every series a percentage. */
export type ChartUnit = 'million' | 'billion' | 'percent';

/** What a series' numbers are: an amount in the chart's unit, or a ratio shown as a percentage. */
export type SeriesUnit = 'amount' | 'ratio';

export interface ChartSeries {
  /** a figure key ("is.revenue.total", "yoy-diff:is.sga.total") */
  key: string;
  label?: string;
  /** bar-line: the line's series are on the right */
  axis?: 'left' | 'right';
  /** waterfall steps: the period role of this step's figure */
  period?: string;
  /** waterfall steps: −1 when a rise in the figure lowers the result (an expense) */
  sign?: 1 | -1;
  /** waterfall: a bar from zero (the first and last steps) */
  total?: boolean;
  /** waterfall: steps to use instead when the data lacks this step's figure */
  fallback?: ChartSeries[];
  /** waterfall: draw this step only when this figure exists */
  when?: string;
}

export interface ChartBinding {
  title?: string;
  kind: ChartKind;
  series: ChartSeries[];
  /** period roles, oldest first */
  periods: string[];
  unit?: ChartUnit;
  /** stack the bars (default: true for stacked-bar, waterfall and bar-line with several bar series) */
  stack?: boolean;
  /** a figure printed above each stack (e.g. total revenues): a figure, never the sum of rounded bars */
  total?: { key: string; label?: string };
  /** keep a period with no figure on the axis, as a gap (long-term ranges), instead of leaving it out */
  gaps?: boolean;
  /**
   * the documents that draw the spec's own Vega-Lite body (default: every document); the others draw
   * the body generated for its kind, in their own style (the release's revenue-by-line keeps its
   * printed look in the release, and is a deck chart in the deck)
   */
  bodyFor?: ChartDocument[];
}

/** The documents that draw charts. */
export const CHART_DOCUMENTS = ['release', 'deck'] as const;
export type ChartDocument = (typeof CHART_DOCUMENTS)[number];

/** What a row draws: a bar, a point of a line, a stack's total, or a waterfall's part. */
export type RowKind = 'bar' | 'line' | 'total' | 'base' | 'increase' | 'decrease' | 'sum';

/** One value of a chart, with its layout (stack positions y0 … y1) so both renderers draw the same bars. */
export interface ChartRow {
  period: string;
  periodOrder: number;
  series: string;
  seriesOrder: number;
  /** in the chart's unit (an amount ÷ its scale, a ratio × 100), to two more digits than shown */
  value: number;
  /** as printed beside the bar or point ('' when not shown) */
  label: string;
  axis: 'left' | 'right' | 'total';
  /** the figure's exact value */
  exact: string;
  /** the figure's id (the preview marks the label with it: chart/label-marks.ts) */
  figure?: string;
  /** the value is a percentage (a ratio × 100) */
  pct?: boolean;
  kind: RowKind;
  y0: number;
  y1: number;
  mid: number;
  /** data label colour (the deck's theme): white on dark bars, the text colour elsewhere */
  labelColor?: string;
  /** a line point's label: the side of the point its segments leave free (chart/line-labels.ts) */
  labelAt?: 'above' | 'below' | 'above-left' | 'above-right';
  /** a stacked segment too small to hold its label (the label is left out in both renderers) */
  tiny?: boolean;
  /** waterfall: the step's name wrapped in lines */
  wrapped?: string;
}

/** How an axis writes its numbers: by the unit of the series drawn on it. */
export interface AxisFormat {
  unit: SeriesUnit;
  digits: number;
  /** Excel number format (PowerPoint axis and data labels) */
  excel: string;
  /** Vega-Lite axis properties (the SVG) */
  vega: Record<string, unknown>;
}

export interface ChartData {
  binding: ChartBinding;
  rows: ChartRow[];
  /** the category labels, in order (periods, or a waterfall's steps) */
  periods: string[];
  /** periods left out: the data has no figure for them */
  omitted: string[];
  alt: string;
  /** the bars are stacked */
  stacked: boolean;
  axes: { left: AxisFormat; right?: AxisFormat };
}
