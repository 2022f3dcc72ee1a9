// Each axis writes its numbers by the unit of the series drawn on it: an amount in the chart's unit
// with losses in parentheses, a ratio as a percentage. The SVG and the PPTX read the same AxisFormat.
import type { AxisFormat, ChartBinding, ChartRow, SeriesUnit } from '../../contract/chart.js';
import { digitsOf } from './binding.js';

const PARENS = (d: number) => `datum.value < 0 ? '(' + format(-datum.value, ',.${d}f') + ')' : format(datum.value, ',.${d}f')`;

export function axisFormat(unit: SeriesUnit, digits: number): AxisFormat {
  if (unit === 'ratio') return { unit, digits: 1, excel: '0.0"%"', vega: { format: '.1f', labelExpr: "datum.label + '%'" } };
  const body = digits > 0 ? `#,##0.${'0'.repeat(digits)}` : '#,##0';
  return { unit, digits, excel: `${body};(${body})`, vega: { labelExpr: PARENS(digits) } };
}

/** The unit of the rows on one side: ratio when every row there is a percentage. */
function sideUnit(rows: ChartRow[]): SeriesUnit | undefined {
  if (!rows.length) return undefined;
  return rows.every((r) => r.pct) ? 'ratio' : 'amount';
}

/** The chart's axes: left (bars, or a line chart's lines) and right (a bar-line chart's lines). */
export function axesOf(binding: ChartBinding, rows: ChartRow[]): { left: AxisFormat; right?: AxisFormat } {
  const digits = digitsOf(binding);
  const drawn = rows.filter((r) => r.kind !== 'total' && r.kind !== 'base');
  const right = binding.kind === 'line' ? [] : drawn.filter((r) => r.axis === 'right');
  const left = drawn.filter((r) => !right.includes(r));
  const rightUnit = sideUnit(right);
  return { left: axisFormat(sideUnit(left) ?? 'amount', digits), ...(rightUnit ? { right: axisFormat(rightUnit, digits) } : {}) };
}
