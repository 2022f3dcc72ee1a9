// Derive what the printed figures determine exactly, and check that everything foots.
//
// Relations are linear identities over (item, period) nodes:
//   1. taxonomy sums       parent = Σ ± child                (every period)
//   2. period algebra      FY = H1 + H2, H1 = Q1 + Q2, H2 = Q3 + Q4, 9M = H1 + Q3, FY = 9M + Q4
//   3. balance links       cash at end of period (cash flow) = cash on the balance sheet
// A relation with one unknown node derives it (marked derived, with its formula); a relation
// with none is a check: its residual must lie within the rounding of its terms.
import { Decimal } from 'decimal.js';
import type { CompanyData, TaxonomyItem } from '../contract/raw-data.js';
import type { Known } from '../contract/analysis.js';
import { said, spoken, type Problem } from '../errors/problem.js';
import { endDate, fiscalYearOf, openingDate, parsePeriod, periodIdentities, periodId, allSpans, type Duration, type FiscalYear } from '../periods/period.js';
import { nodeKey, printedInterval } from './resolve.js';
import { around, overlaps } from './interval.js';
import { tableUnit } from './token.js';
import { footingProblem } from './footing-problem.js';
import { footingSlack } from './exact.js';
import { eraName, sumsInForce } from './sum-eras.js';

interface Term { key: string; item: string; period: string; coef: 1 | -1 }
export interface Relation { terms: Term[]; why: string; file?: string; line?: number }

const term = (item: string, period: string, coef: 1 | -1): Term => ({ key: nodeKey(item, period), item, period, coef });

/** Items whose values add up over time: flows in money. */
export function isAdditive(item: TaxonomyItem): boolean {
  // a balance reported in a flow statement (cash at the end of the period) does not add up over time
  return !item.balance && item.time === 'duration' && item.unit !== 'ratio' && ['JPY', 'USD'].includes(tableUnit(item.unit).base);
}

/** The fiscal years and dates the relations are built over, in the order the facts first name them. */
export function relationPeriods(data: Pick<CompanyData, 'facts'>): { fys: Set<number>; instants: Set<string> } {
  const fys = new Set<number>();
  const instants = new Set<string>();
  for (const f of data.facts) {
    const p = parsePeriod(f.period);
    if (p?.kind === 'duration') fys.add(p.fy);
    else if (p) instants.add(p.date);
  }
  return { fys, instants };
}

export function buildRelations(data: CompanyData): Relation[] {
  const fiscal: FiscalYear = data.company.fiscalYear;
  const { fys, instants } = relationPeriods(data);
  const durations = [...fys].flatMap((fy) => allSpans().map((span) => periodId({ kind: 'duration', fy, span })));
  const relations: Relation[] = [];
  for (const item of data.items.values()) {
    if (item.sum?.length) {
      const periods = item.time === 'instant' ? [...instants] : durations;
      // the rule in force for each period's fiscal year (calc/sum-eras.ts)
      for (const p of periods) {
        for (const rule of sumsInForce(item, fiscalYearOf(parsePeriod(p)!, fiscal))) {
          relations.push({
            terms: [term(item.id, p, 1), ...rule.terms.map((c) => term(c.item, p, (c.sign === 1 ? -1 : 1) as 1 | -1))],
            why: `${item.id} = ${rule.terms.map((c) => `${c.sign < 0 ? '− ' : '+ '}${c.item}`).join(' ').replace(/^\+ /, '')}${rule.era ? `, the sum in force for ${eraName(rule.era)} (${item.dataFile}:${rule.line})` : ''}`,
            file: item.dataFile, line: rule.line,
          });
        }
      }
    }
    if (isAdditive(item)) {
      for (const fy of fys) {
        for (const [parent, children] of periodIdentities(fy)) {
          relations.push({ terms: [term(item.id, parent, 1), ...children.map((c) => term(item.id, c, -1))], why: `${parent} = ${children.join(' + ')}` });
        }
      }
    }
    if (item.balance) {
      for (const p of durations) {
        const d = parsePeriod(p) as Duration;
        const date = item.balance.at === 'end' ? endDate(d, fiscal) : openingDate(d, fiscal);
        relations.push({ terms: [term(item.id, p, 1), term(item.balance.item, date, -1)], why: `${item.id} ${p} = ${item.balance.item} at ${date}`, file: item.dataFile, line: item.dataLine });
      }
    }
  }
  return relations;
}

/** When a solve first set a node or a replaced print: [pass, relation index, order in the visit]. */
export type Stamp = [number, number, number];
export const byStamp = (a: Stamp, b: Stamp) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/**
 * What a solve of some relations did: every node it derived (its last value, the relation that gave
 * it and when it was first derived), every print it replaced, and its problems in the order the
 * solve reports them (`at`: the replaced prints by stamp first, then the footing checks by relation).
 * The relations of one connected part touch no node of another, so the record of a solve over some
 * parts is the record of a solve over all of them restricted to those parts (calc/analyse-again.ts).
 */
export interface SolveOutcome {
  derived: Map<string, { known: Known; by: number; first: Stamp }>;
  replaced: Map<string, { print: Known; first: Stamp }>;
  problems: { at: [0 | 1, ...Stamp] | [0 | 1, number]; problem: Problem }[];
}

/** Solve to a fixed point. Adds derived nodes to `known`; reports relations that do not foot. */
export function solve(data: CompanyData, known: Map<string, Known>, problems: Problem[]): void {
  const relations = buildRelations(data);
  const outcome = solveRelations(relations, relations.map((_, i) => i), known);
  for (const p of outcome.problems) problems.push(p.problem);
}

/** Solve the relations at `indices` (in that order) to a fixed point over `known` (which gains the derived nodes). */
export function solveRelations(relations: Relation[], indices: number[], known: Map<string, Known>): SolveOutcome {
  const derived: SolveOutcome['derived'] = new Map();
  const derivedBy = new Map<string, number>();
  /** prints replaced by a tighter exact derivation */
  const replaced = new Map<string, Known>();
  const replacedAt = new Map<string, Stamp>();
  // A relation derives its one unknown node; a derived node is derived again when another
  // relation gives it a tighter interval (a path through thousands beats one through millions).
  // A relation whose last visit changed nothing (and skipped no node for its inputs, which may
  // change further away) changes nothing until one of its terms changes: it is not visited again
  // until then. The order of the derivations, and so every value and formula, is what visiting it
  // would give.
  let clock = 0;
  const changedAt = new Map<string, number>();
  const settledAt: (number | undefined)[] = [];
  let changed = true;
  for (let pass = 0; changed && pass < 100; pass++) {
    changed = false;
    for (const ri of indices) {
      const r = relations[ri];
      const settled = settledAt[ri];
      if (settled !== undefined && r.terms.every((t) => (changedAt.get(t.key) ?? 0) <= settled)) continue;
      settledAt[ri] = clock;
      const unknown = r.terms.filter((t) => !known.has(t.key));
      if (unknown.length > 1) continue;
      // an unknown node; else a derived node (or a coarse print, e.g. JPY billions) that this
      // relation may pin down more tightly
      const targets = unknown.length === 1 ? unknown : r.terms.filter((t) => {
        const k = known.get(t.key)!;
        return derivedBy.get(t.key) !== ri && (k.kind === 'derived' || k.precision.gt(0));
      });
      let order = 0;
      for (const x of targets) {
        const others = r.terms.filter((t) => t !== x);
        // the tests before the value (each skips the node; cheapest first): a derivation must be
        // tighter than what is known, and never from figures that were themselves derived from it
        let precision = new Decimal(0);
        for (const t of others) precision = precision.plus(known.get(t.key)!.precision);
        const current = known.get(x.key);
        if (current && !precision.lt(current.precision)) continue;
        if (others.some((t) => known.get(t.key)!.kind === 'derived' && inputsOf(known, t.key).has(x.key))) { settledAt[ri] = undefined; continue; }
        let value = new Decimal(0);
        for (const t of others) value = value.minus(known.get(t.key)!.value.times(t.coef));
        value = value.div(x.coef);
        const stamp: Stamp = [pass, ri, order++];
        if (current?.kind === 'reported') {
          // a print is replaced only by an exact value it agrees with (else the check reports it)
          if (!overlaps(around(value, precision), current.fact ? printedInterval(current.fact) : around(current.value, current.precision))) continue;
          replaced.set(x.key, current);
          if (!replacedAt.has(x.key)) replacedAt.set(x.key, stamp);
        }
        const k: Known = {
          item: x.item, period: x.period, scenario: 'actual', value, precision, kind: 'derived',
          formula: `${x.key} = ${others.map((t, i) => `${(t.coef * -x.coef) < 0 ? '− ' : i ? '+ ' : ''}${t.key}`).join(' ')}`,
          inputs: others.map((t) => t.key),
          fact: replaced.get(x.key)?.fact, others: replaced.get(x.key) ? [replaced.get(x.key)!.fact!, ...(replaced.get(x.key)!.others ?? [])] : undefined,
          superseded: replaced.get(x.key)?.superseded,
        };
        known.set(x.key, k);
        derived.set(x.key, { known: k, by: ri, first: derived.get(x.key)?.first ?? stamp });
        derivedBy.set(x.key, ri);
        changedAt.set(x.key, ++clock);
        settledAt[ri] = undefined;
        changed = true;
      }
    }
  }
  const problems: SolveOutcome['problems'] = [];
  // a replaced print must still agree with the final value
  for (const [key, print] of replaced) {
    const k = known.get(key)!;
    if (!overlaps(around(k.value, k.precision), print.fact ? printedInterval(print.fact) : around(print.value, print.precision))) {
      const f = print.fact!;
      problems.push({ at: [0, ...replacedAt.get(key)!], problem: spoken({ code: 'E_CHECK', file: f.source.dataFile, line: f.source.dataLine, item: f.key, period: f.period, field: f.key,
        message: said('derivationDisagrees', k.formula ?? ''), expected: k.value.toFixed(), found: said('printedIn', f.printed, f.tableUnit) }) });
    }
  }
  const slack = new Map<string, Decimal>();
  for (const ri of indices) {
    const r = relations[ri];
    if (!r.terms.every((t) => known.has(t.key))) continue;
    if (r.terms.every((t) => known.get(t.key)!.kind === 'derived')) continue;
    if (r.terms.some((t) => derivedBy.get(t.key) === ri)) continue;
    let residual = new Decimal(0);
    let tolerance = new Decimal(0);
    for (const t of r.terms) {
      const k = known.get(t.key)!;
      residual = residual.plus(k.value.times(t.coef));
      // exact terms (statements in thousands) foot exactly; only rounded terms bring their rounding
      // (a whole unit for a print of a table rounded to foot)
      tolerance = tolerance.plus(footingSlack(known, t.key, slack));
    }
    if (residual.abs().gt(tolerance)) problems.push({ at: [1, ri], problem: footingProblem(r, known, residual) });
  }
  return { derived, replaced: new Map([...replaced].map(([key, print]) => [key, { print, first: replacedAt.get(key)! }])), problems };
}

/** Every node a derived node was computed from, transitively. */
function inputsOf(known: Map<string, Known>, key: string, seen = new Set<string>()): Set<string> {
  const k = known.get(key);
  for (const i of k?.inputs ?? []) {
    if (seen.has(i)) continue;
    seen.add(i);
    inputsOf(known, i, seen);
  }
  return seen;
}
