// What export/pptx-charts.ts makes of a chart for pptxgenjs, and what export/pptx.ts then sets in the chart XML.
import type * as P from 'pptxgenjs';

/** Prefix of series that are drawn for their labels only (totals) or not at all (a waterfall's base). */
export const HIDDEN = '\u200b';

export interface SeriesStyle {
  labelColor?: string; showLabels: boolean; inLegend: boolean; hidePoints?: number[]; labelFormat?: string;
  /** points whose label is this text rather than the value (a waterfall step drawn in two parts) */
  pointTexts?: { idx: number; text: string }[];
  /** a line's points whose label goes on a side of its own (chart/line-labels.ts): t, b, l or r */
  pointPositions?: { idx: number; pos: 't' | 'b' | 'l' | 'r' }[];
}
export interface PptxChart {
  types: P.default.IChartMulti[];
  options: P.default.IChartOpts;
  /** by series name: what export/pptx.ts sets in the chart XML */
  styles: Map<string, SeriesStyle>;
}

