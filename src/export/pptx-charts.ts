// A chart's data (the chart contract, contract/chart.ts: rows, totals and axis formats, the
// same the SVG is drawn from) → a native PowerPoint chart through pptxgenjs: bars, stacked bars,
// lines, bars + a line on a secondary axis (a combo chart), and a waterfall (export/pptx-waterfall.ts).
// Series whose labels or legend entry must not show are named with a zero-width mark; export/pptx.ts
// finishes them in the chart XML (pptxgenjs has no option).
import type * as P from 'pptxgenjs';
import { seriesColor, type ChartBlock, type Theme, type Box } from '../contract/deck.js';
import type { ChartRow as DeckRow } from '../contract/chart.js';
import { labelShown } from '../render/chart/labels.js';
import { waterfallChart } from './pptx-waterfall.js';
import { HIDDEN, type PptxChart, type SeriesStyle } from './pptx-chart-types.js';

export { HIDDEN, type PptxChart, type SeriesStyle } from './pptx-chart-types.js';

type ChartName = P.default.CHART_NAME;

/** Values of one series over the categories; null where the data has no figure (never a zero bar). */
function valuesOf(rows: DeckRow[], categories: string[], series: string, kind?: DeckRow['kind']): (number | null)[] {
  return categories.map((c) => rows.find((r) => r.period === c && r.series === series && (!kind || r.kind === kind))?.value ?? null);
}

/** The chart's options every kind shares: its box, alt text, fonts, the left axis's number format. */
function baseOptions(block: ChartBlock, box: Box, theme: Theme): P.default.IChartOpts {
  const font = theme.fonts.latin;
  const base: P.default.IChartOpts = {
    x: box.x, y: box.y, w: box.w, h: box.h,
    altText: block.data.alt,
    showLegend: true, legendPos: 'b', legendFontSize: theme.chart.fontSize, legendFontFace: font,
    catAxisLabelFontSize: theme.chart.fontSize, catAxisLabelFontFace: font, catAxisLabelColor: theme.colors.text,
    valAxisLabelFontSize: theme.chart.fontSize, valAxisLabelFontFace: font, valAxisLabelColor: theme.colors.muted,
    valAxisLabelFormatCode: block.format, valGridLine: { style: 'none' }, catGridLine: { style: 'none' },
    dataLabelFontSize: theme.chart.labelFontSize, dataLabelFontFace: font, dataLabelFormatCode: block.format,
    valAxisLineShow: false,
  };
  if (block.fromZero) base.valAxisMinVal = 0;
  return base;
}

export function pptxChart(block: ChartBlock, box: Box, theme: Theme): PptxChart {
  const base = baseOptions(block, box, theme);
  return block.data.binding.kind === 'waterfall' ? waterfallChart(block, base, theme) : seriesChart(block, base, theme);
}

/** Bars (stacked or side by side), the totals above the stacks, lines (on a secondary axis beside bars). */
function seriesChart(block: ChartBlock, base: P.default.IChartOpts, theme: Theme): PptxChart {
  const rows = block.data.rows as DeckRow[];
  const categories = block.data.periods;
  const styles = new Map<string, SeriesStyle>();
  const labelsOn = block.labels !== 'none';
  const seriesOf = (kind: DeckRow['kind']) => [...new Map(rows.filter((r) => r.kind === kind).map((r) => [r.series, r])).values()].sort((a, b) => a.seriesOrder - b.seriesOrder);
  const bars = seriesOf('bar');
  const lines = seriesOf('line');
  const totals = seriesOf('total');
  const types: P.default.IChartMulti[] = [];
  if (bars.length) {
    const data = bars.map((s) => ({ name: s.series, labels: categories, values: valuesOf(rows, categories, s.series, 'bar') }));
    // labels sit inside stacked and single bars, above grouped ones
    const outside = !block.stacked && bars.length > 1;
    for (const s of bars) {
      const hidePoints = categories.map((c, i) => (rows.find((r) => r.period === c && r.series === s.series && r.kind === 'bar')?.tiny ? i : -1)).filter((i) => i >= 0);
      styles.set(s.series, { showLabels: labelShown('bar', block.labels), inLegend: true, labelColor: outside ? theme.colors.text : (s.labelColor ?? theme.colors.text).replace('#', ''), hidePoints });
    }
    types.push({
      type: 'bar' as ChartName, data: data as P.default.OptsChartData[],
      options: {
        barGrouping: block.stacked ? 'stacked' : 'clustered', barGapWidthPct: block.stacked ? 60 : 40,
        chartColors: bars.map((s) => seriesColor(theme, s.seriesOrder)), showValue: block.labels === 'all',
        dataLabelPosition: block.stacked || bars.length === 1 ? 'ctr' : 'outEnd',
      },
    });
  }
  if (totals.length) {
    // the figure above each stack: a line series with no line, its values as labels
    const data = totals.map((s) => ({ name: `${HIDDEN}${s.series}`, labels: categories, values: valuesOf(rows, categories, s.series, 'total') }));
    for (const d of data) styles.set(d.name, { showLabels: labelShown('total', block.labels), inLegend: false, labelColor: theme.colors.text });
    types.push({ type: 'line' as ChartName, data: data as P.default.OptsChartData[], options: { lineSize: 0, lineDataSymbol: 'none', chartColors: [theme.colors.text], showValue: labelsOn, dataLabelPosition: 't' } });
  }
  // a line's numbers are formatted by its series' unit (the contract's axes): a ratio as a percentage, an amount as the bars are
  const lineFormat = bars.length ? (block.data.axes.right ?? block.data.axes.left).excel : block.format;
  if (lines.length) {
    const secondary = bars.length > 0;
    const data = lines.map((s) => ({ name: s.series, labels: categories, values: valuesOf(rows, categories, s.series, 'line') }));
    // each point's label on the side its line leaves free, as in deck.pdf (chart/line-labels.ts)
    const POS = { above: 't', below: 'b', 'above-left': 'l', 'above-right': 'r' } as const;
    const positions = (series: string) => categories.flatMap((c, idx) => { const at = rows.find((r) => r.period === c && r.series === series && r.kind === 'line')?.labelAt; return at && at !== 'above' ? [{ idx, pos: POS[at] }] : []; });
    for (const s of lines) styles.set(s.series, { showLabels: labelShown('line', block.labels), inLegend: true, labelColor: seriesColor(theme, s.seriesOrder), pointPositions: positions(s.series) });
    types.push({
      type: 'line' as ChartName, data: data as P.default.OptsChartData[],
      options: {
        ...(secondary ? { secondaryValAxis: true, secondaryCatAxis: true } : {}),
        chartColors: lines.map((s) => seriesColor(theme, s.seriesOrder)), lineSize: 2, lineDataSymbol: 'circle', lineDataSymbolSize: 6,
        showValue: labelsOn, dataLabelPosition: 't', dataLabelFormatCode: lineFormat,
      },
    });
  }
  const options: P.default.IChartOpts = { ...base };
  if (bars.length && lines.length) {
    options.valAxes = [
      { showValAxisTitle: false, valAxisMinVal: block.fromZero ? 0 : undefined, valAxisLabelFormatCode: block.format, valGridLine: { style: 'none' } },
      { showValAxisTitle: false, valAxisMinVal: 0, valAxisLabelFormatCode: lineFormat, valGridLine: { style: 'none' } },
    ];
    options.catAxes = [{ catAxisTitle: '' }, { catAxisHidden: true }];
  }
  return { types, options, styles };
}
