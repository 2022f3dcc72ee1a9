// The Vega-Lite spec of a chart, generated per kind from the contract: bars (stacked or side by side)
// with their labels and the totals above the stacks, a line on its own axis, a waterfall's floating
// steps; each axis formatted by its series' unit (axes.ts). A chart spec with a body of its own (a
// `layer`, `mark` …) is the user's override and is drawn as written, from the same rows.
import type { AxisFormat, ChartBinding, ChartData, ChartDocument } from '../../contract/chart.js';
import { groupedOf } from './binding.js';
import { axisFormat } from './axes.js';

/** The keys of a Vega-Lite spec that draw something: a spec with none is a binding only. */
const BODY = ['layer', 'mark', 'hconcat', 'vconcat', 'concat', 'facet', 'repeat', 'spec'];
export const hasBody = (spec: Record<string, unknown>) => BODY.some((k) => Object.hasOwn(spec, k));

const X = () => ({ field: 'period', type: 'nominal', sort: null, title: null, axis: { labelAngle: 0, labelPadding: 6, labelExpr: "split(datum.label, ' ')" } });
const X_OFFSET = () => ({ field: 'series', type: 'nominal', sort: null });
const COLOR = () => ({ field: 'series', type: 'nominal', sort: null, title: null });
const where = (test: string) => [{ filter: test }];

function bars(grouped: boolean, left: AxisFormat): Record<string, unknown>[] {
  const bar = {
    transform: where("datum.kind === 'bar'"), mark: { type: 'bar', width: { band: grouped ? 0.8 : 0.62 } },
    encoding: { x: X(), y: { field: 'y0', type: 'quantitative', title: null, axis: { tickCount: 5, ...left.vega } }, y2: { field: 'y1' }, color: COLOR(), ...(grouped ? { xOffset: X_OFFSET() } : {}) },
  };
  // labels inside stacked and single bars (in the label colour), above (below for a loss) grouped ones
  const inside = { transform: where("datum.kind === 'bar' && datum.label !== ''"), mark: { type: 'text', baseline: 'middle' }, encoding: { x: X(), y: { field: 'mid', type: 'quantitative' }, text: { field: 'label' }, color: { field: 'labelColor', type: 'nominal', scale: null } } };
  const outside = (up: boolean) => ({
    transform: where(`datum.kind === 'bar' && datum.label !== '' && datum.y1 ${up ? '>=' : '<'} 0`), mark: { type: 'text', baseline: up ? 'bottom' : 'top', dy: up ? -2 : 2 },
    encoding: { x: X(), xOffset: X_OFFSET(), y: { field: 'y1', type: 'quantitative' }, text: { field: 'label' }, color: { value: '$text' } },
  });
  const total = { transform: where("datum.kind === 'total'"), mark: { type: 'text', baseline: 'bottom', dy: -3, fontWeight: 'bold', color: '$text' }, encoding: { x: X(), y: { field: 'y1', type: 'quantitative' }, text: { field: 'label' } } };
  return [bar, ...(grouped ? [outside(true), outside(false)] : [inside]), total];
}

const LINE_LABELS = [
  { at: 'above', mark: { baseline: 'bottom', dy: -7 } },
  { at: 'below', mark: { baseline: 'top', dy: 7 } },
  { at: 'above-left', mark: { baseline: 'bottom', align: 'right', dx: -4, dy: -4 } },
  { at: 'above-right', mark: { baseline: 'bottom', align: 'left', dx: 4, dy: -4 } },
];

function line(axis: AxisFormat, right: boolean): Record<string, unknown> {
  const y = { field: 'value', type: 'quantitative', title: null, scale: { zero: true }, axis: right ? { orient: 'right', ...axis.vega, tickCount: 5 } : { tickCount: 5, ...axis.vega } };
  return {
    transform: where("datum.kind === 'line'"),
    layer: [
      { mark: { type: 'line', point: { size: 40 }, strokeWidth: 2 }, encoding: { x: X(), y, color: COLOR() } },
      // each label on the side of its point the line leaves free (chart/line-labels.ts)
      ...LINE_LABELS.map(({ at, mark }) => ({
        transform: where(at === 'above' ? "!datum.labelAt || datum.labelAt === 'above'" : `datum.labelAt === '${at}'`),
        mark: { type: 'text', fontWeight: 'bold', ...mark }, encoding: { x: X(), y: { field: 'value', type: 'quantitative' }, text: { field: 'label' }, color: COLOR() },
      })),
    ],
  };
}

function waterfall(left: AxisFormat): Record<string, unknown> {
  const x = { field: 'period', type: 'nominal', sort: null, title: null, axis: { labelAngle: 0, labelPadding: 6 } };
  return {
    config: { text: { lineBreak: '\n' } },
    layer: [
      {
        mark: { type: 'bar', width: { band: 0.6 } },
        encoding: {
          x: { ...x, axis: { labels: false, ticks: false } }, y: { field: 'y0', type: 'quantitative', title: null, axis: { tickCount: 5, ...left.vega } }, y2: { field: 'y1' },
          color: { field: 'kind', type: 'nominal', legend: null, scale: { domain: ['base', 'increase', 'decrease', 'sum'], range: ['transparent', '$increase', '$decrease', '$total'] } },
        },
      },
      // the zero line, when a bar goes below it (as the PowerPoint chart's category axis)
      { transform: [{ calculate: 'min(0, datum.y0, datum.y1)', as: 'low' }, { filter: 'datum.low < 0' }, { window: [{ op: 'row_number', as: 'n' }] }, { filter: 'datum.n === 1' }], mark: { type: 'rule', color: '$muted', strokeWidth: 1 }, encoding: { y: { datum: 0 } } },
      // a step's change above its bar; the step names under the lowest bar (zero, or the deepest loss)
      { transform: [...where("datum.kind !== 'base'"), { calculate: 'max(datum.y0, datum.y1)', as: 'top' }], mark: { type: 'text', baseline: 'bottom', dy: -3, fontWeight: 'bold', color: '$text' }, encoding: { x, y: { field: 'top', type: 'quantitative' }, text: { field: 'label' } } },
      {
        transform: [{ calculate: 'min(0, datum.y0, datum.y1)', as: 'low' }, { joinaggregate: [{ op: 'min', field: 'low', as: 'floor' }] }, ...where("datum.kind !== 'base'")],
        mark: { type: 'text', baseline: 'top', dy: 6, color: '$text', lineBreak: '\n' }, encoding: { x, y: { field: 'floor', type: 'quantitative' }, text: { field: 'wrapped' } },
      },
    ],
  };
}

/** The generated body of a chart of this kind, its axes as given. */
export function chartBody(binding: ChartBinding, axes: ChartData['axes']): Record<string, unknown> {
  if (binding.kind === 'waterfall') return waterfall(axes.left);
  if (binding.kind === 'line') return { layer: [line(axes.left, false)] };
  const barLayers = bars(groupedOf(binding), axes.left);
  if (binding.kind === 'bar-line') return { layer: [{ layer: barLayers }, line(axes.right ?? axisFormat('ratio', 1), true)], resolve: { scale: { y: 'independent' } } };
  return { layer: barLayers };
}

/** Keys of a spec that only make sense with its own body (its size and look): left out when the body is generated. */
const LOOK = ['width', 'height', 'padding', 'config', 'encoding', 'resolve', 'autosize', 'background', 'transform', 'data', 'params', 'projection', 'selection'];

/** Does `doc` draw the spec's own body? Every document does, unless the binding's `bodyFor` names others. */
export function drawsOwnBody(spec: Record<string, unknown>, doc?: ChartDocument): boolean {
  if (!hasBody(spec)) return false;
  const only = (spec.usermeta as { quarterdeck?: ChartBinding } | undefined)?.quarterdeck?.bodyFor;
  return !doc || !only || only.includes(doc);
}

/**
 * The Vega-Lite spec that draws `data` in document `doc`: the spec as written when it has a body
 * the document draws (an override), else the spec's own keys (title …) with the body generated for
 * its kind and axes (a body meant for another document is left out with its size and look).
 */
export function vegaLiteSpec(spec: Record<string, unknown>, data: Pick<ChartData, 'binding' | 'axes'>, doc?: ChartDocument): Record<string, unknown> {
  if (drawsOwnBody(spec, doc)) return spec;
  const own = hasBody(spec) ? Object.fromEntries(Object.entries(spec).filter(([k]) => !BODY.includes(k) && !LOOK.includes(k))) : spec;
  return { ...own, ...chartBody(data.binding, data.axes) };
}
