// Every printed ratio and change is checked against the figures it is computed from.
import { said, spoken, type Problem } from '../errors/problem.js';
import { around, overlaps } from './interval.js';
import type { Ledger } from '../contract/analysis.js';
import type { Fact } from '../contract/raw-data.js';
import type { Measure } from './measures.js';
import { roundPlaces } from '../format/round.js';
import { groupDigits } from '../format/display.js';
import { tableUnit } from './token.js';
import type { Decimal } from 'decimal.js';

/** Check the printed ratios and changes among `facts` (default: all); each fact checked is added to `checked`. Returns how many were checked. */
export function checkPrinted(ledger: Ledger, problems: Problem[], facts: Fact[] = ledger.data.facts, checkedFacts?: Set<Fact>): number {
  let checked = 0;
  for (const f of facts) {
    if (f.scenario !== 'actual') continue;
    const isComputed = !f.measure && ledger.data.items.get(f.item)?.formula !== undefined;
    if (!f.measure && !isComputed) continue;
    const c = f.measure ? ledger.measure(f.measure as Measure, f.item, f.period) : ledger.value(f.item, f.period);
    if (!c) continue;
    checked++;
    checkedFacts?.add(f);
    if (overlaps(c.interval, around(f.value, f.precision))) continue;
    const pct = f.tableUnit === 'percent' || f.tableUnit === 'points';
    // an amount in the unit the figure was printed in, as printed ("(1,423.725) … (1,423.723) JPY million")
    const unit = tableUnit(f.tableUnit);
    const amount = (v: Decimal) => { const x = v.div(unit.scale); const t = groupDigits(x, Math.min(x.decimalPlaces(), 6)); return x.isNegative() ? `(${t})` : t; };
    const show = (v: Decimal) => pct ? `${roundPlaces(v.times(100), 2).toFixed()}%` : amount(v);
    const range = `${show(c.interval.lo)} … ${show(c.interval.hi)}${pct || unit.scale.eq(1) ? '' : ` ${f.tableUnit}`}`;
    problems.push(spoken({
      code: 'E_CHECK', file: f.source.dataFile, line: f.source.dataLine, item: f.key, period: f.period, field: f.key,
      message: said('printedDisagrees', `${f.source.file}:${f.source.line}`, c.formula),
      expected: range, found: `"${f.printed}"`,
      hint: said('addErratum'),
    }));
  }
  return checked;
}
