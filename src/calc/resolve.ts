// Printed facts → one reported value per (item, period): the finest figure consistent with the
// latest document. A print that agrees with it within its own rounding confirms it (the more
// precise, earlier value stands; both sources are kept). Only a print outside the latest
// document's rounding is restated: kept as superseded, and listed by `check`.
import type { Fact } from '../contract/raw-data.js';
import type { Known, Restatement } from '../contract/analysis.js';
import { said, spoken, type Problem } from '../errors/problem.js';
import { around, overlaps } from './interval.js';
import { roundTo } from '../format/round.js';

export const nodeKey = (item: string, period: string) => `${item}@${period}`;

/** The values a print allows: its rounding interval; a whole unit either way in a table rounded to foot. */
export const printedInterval = (f: Fact) => around(f.value, f.footing ? f.precision.times(2) : f.precision);

/** `isComputed(item)`: items with a formula (ratios, per-share) are computed; their prints are only checked. */
export function resolveFacts(facts: Fact[], problems: Problem[], isComputed: (item: string) => boolean = () => false): Map<string, Known> {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    if (f.measure || f.scenario !== 'actual' || isComputed(f.item)) continue;
    const k = nodeKey(f.item, f.period);
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(f);
  }
  const known = new Map<string, Known>();
  for (const [k, list] of groups) {
    const byRecency = [...list].sort((a, b) => b.source.date.localeCompare(a.source.date) || a.precision.cmp(b.precision));
    const anchor = byRecency[0];
    const anchorI = printedInterval(anchor);
    const consistent = list.filter((f) => overlaps(printedInterval(f), anchorI));
    // the finest print; among equally fine ones (declared amounts are all exact) the one printed with more
    // decimals, then the first published (a confirmation changes nothing)
    const chosen = [...consistent].sort((a, b) => a.precision.cmp(b.precision) || printedDecimals(b) - printedDecimals(a) || a.source.date.localeCompare(b.source.date))[0];
    for (const f of list) {
      if (f === chosen) continue;
      const agrees = overlaps(printedInterval(f), around(chosen.value, chosen.precision));
      if (!agrees && f.source.file === chosen.source.file) {
        problems.push(conflict(f, chosen, true));
      } else if (agrees && f.source.file === chosen.source.file && f.precision.gt(chosen.precision) && f.precision.gt(0)) {
        // a coarser print in the same document must be the finer figure rounded (in a table rounded
        // to foot: rounded up or down)
        const rounded = roundTo(chosen.value, f.precision.times(2));
        if (f.footing ? f.value.minus(chosen.value).abs().gte(f.precision.times(2)) : !rounded.eq(f.value)) problems.push(conflict(f, chosen, false, rounded));
      }
    }
    const others = list.filter((f) => f !== chosen);
    const agreeing = (f: Fact) => overlaps(printedInterval(f), around(chosen.value, chosen.precision));
    known.set(k, {
      item: chosen.item, period: chosen.period, scenario: 'actual', value: chosen.value, precision: chosen.precision, kind: 'reported', fact: chosen, others,
      confirmations: others.filter(agreeing), superseded: others.filter((f) => !agreeing(f) && f.source.file !== chosen.source.file),
    });
  }
  return known;
}

/** `twice`: the document prints two values; else its rounded figure disagrees with its own finer one */
function conflict(f: Fact, chosen: Fact, twice: boolean, expected?: import('decimal.js').Decimal): Problem {
  return spoken({
    code: 'E_CHECK', file: f.source.dataFile, line: f.source.dataLine, period: f.period, item: f.key, field: f.key,
    message: said('twoPrints', twice, chosen.tableUnit, `${f.source.file}:${f.source.line}`, chosen.source.line),
    expected: expected ? said('fromPrinted', expected.toFixed(), chosen.printed, chosen.tableUnit) : said('printedIn', chosen.printed, chosen.tableUnit),
    found: said('printedIn', f.printed, f.tableUnit),
    hint: said('addErratum'),
  });
}

export function restatements(known: Map<string, Known>): Restatement[] {
  const out: Restatement[] = [];
  for (const k of known.values()) {
    const fact = k.fact;
    if (fact && k.superseded?.length) out.push({ item: k.item, period: k.period, value: fact, superseded: k.superseded });
  }
  return out.sort((a, b) => a.item.localeCompare(b.item) || a.period.localeCompare(b.period));
}

/** The decimals a token was printed with ("1,000.00": 2, "2,250": 0). */
function printedDecimals(f: Fact): number {
  return /\.(\d+)/.exec(f.printed)?.[1].length ?? 0;
}
