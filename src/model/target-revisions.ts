// A revised target beside the one it replaced: "720 (previous: 700)", and the change.
import type { Fact, TaxonomyItem } from '../contract/raw-data.js';
import type { Figure } from '../contract/figures.js';
import type { Ledger } from '../contract/analysis.js';
import type { Messages } from '../messages/en.js';
import { previousTarget, announcedOf } from '../calc/targets.js';
import { around, div, exact, sub } from '../calc/interval.js';
import { nodeKey } from '../calc/resolve.js';
import { decimalsOfPrecision, showNumber, showPercent } from '../format/display.js';
import { tableUnit } from '../calc/token.js';

type Push = (f: Omit<Figure, 'periodLabel' | 'label'> & { label?: string }, item: TaxonomyItem) => void;
type Display = (item: TaxonomyItem, f: Fact) => string;

/** target-prev: the announcement the target in force revised; target-revision(-pct): the change. */
export function pushRevision(ledger: Ledger, item: TaxonomyItem, period: string, current: Fact, m: Messages, name: string, display: Display, push: Push): void {
  const prev = previousTarget(ledger.targetHistory(item.id, period), current);
  if (!prev) return;
  const id = nodeKey(item.id, period);
  push({
    id: `target-prev:${id}`, item: item.id, measure: 'target-prev', period, scenario: 'target', value: prev.value.toFixed(),
    display: display(item, prev), unit: item.unit, kind: 'reported', precision: prev.precision.toFixed(),
    label: m.figureLabel(name, 'target-prev', m.date(announcedOf(prev))) ?? `${name} — previous target (announced ${announcedOf(prev)})`,
    sources: [prev.source], printed: prev.printed, announced: announcedOf(prev),
  }, item);
  const d = sub(around(current.value, current.precision), around(prev.value, prev.precision));
  const inputs = [`target:${id}`, `target-prev:${id}`];
  // the change in the unit the targets were printed in (billions stay billions), to the coarser print's digits
  const coarse = current.precision.gt(prev.precision) ? current : prev;
  const scale = tableUnit(coarse.tableUnit).scale;
  const decimals = Math.min(2, decimalsOfPrecision(coarse.precision, scale));
  push({
    id: `target-revision:${id}`, item: item.id, measure: 'target-revision', period, scenario: 'target', value: d.mid.toFixed(),
    display: showNumber(d, { scale: scale.toNumber(), decimals, plus: true }).text, unit: item.unit, kind: 'computed',
    precision: current.precision.plus(prev.precision).toFixed(), formula: 'target − previous target', inputs, sources: [current.source, prev.source],
    label: m.figureLabel(name, 'target-revision') ?? `${name} — target revision`,
  }, item);
  const q = prev.value.gt(0) ? div(around(current.value, current.precision), around(prev.value, prev.precision)) : undefined;
  if (!q) return;
  const r = sub(q, exact(1));
  const shown = showPercent(r, m);
  push({
    id: `target-revision-pct:${id}`, item: item.id, measure: 'target-revision-pct', period, scenario: 'target', value: r.mid.toFixed(),
    display: shown.text, unit: 'percent', kind: 'computed', formula: 'target / previous target − 1', inputs, sources: [current.source, prev.source],
    ambiguous: shown.ambiguous || undefined, label: m.figureLabel(name, 'target-revision-pct') ?? `${name} — target revision (%)`,
  }, item);
}
