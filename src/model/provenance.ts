// Where a reported figure comes from: the print that gives its value, the later prints that confirm
// it, and the earlier prints a later document restated.
import { Decimal } from 'decimal.js';
import type { Fact, Source } from '../contract/raw-data.js';
import type { Figure } from '../contract/figures.js';
import type { Known } from '../contract/analysis.js';

/** The value's print first, then every print that confirms it (a later annual report, a coarser summary). */
export function reportedSources(k: Known): Source[] {
  return [k.fact!.source, ...(k.confirmations ?? []).map((f) => f.source)];
}

/** Earlier prints restated by a later document: what they printed and where (undefined when none). */
export function supersededPrints(k: Known | undefined): Figure['superseded'] {
  if (!k?.superseded?.length) return undefined;
  return k.superseded.map((f) => ({ file: f.source.file, line: f.source.line, document: f.source.document, date: f.source.date, printed: f.printed }));
}

/** The coarsest rounding among the printed figures a derived value comes from (memoised per call). */
export function grainFinder(known: Map<string, Known>): (key: string) => Decimal {
  const memo = new Map<string, Decimal>();
  const grain = (key: string, depth = 0): Decimal => {
    const hit = memo.get(key);
    if (hit) return hit;
    const k = known.get(key);
    let g = new Decimal(0);
    if (k?.kind === 'reported' || !k?.inputs || depth > 50) g = k?.precision ?? g;
    else for (const i of k.inputs) g = Decimal.max(g, grain(i, depth + 1));
    memo.set(key, g);
    return g;
  };
  return (key) => grain(key);
}

/** Did the company print this value in a table it rounded to foot (facts table `rounding: footing`)? */
export function printedFooting(k: Known | undefined): true | undefined {
  return k?.fact?.footing || k?.others?.some((f) => f.footing) ? true : undefined;
}

/**
 * The print a figure shows where its computation is ambiguous: the finest one, and among equally fine
 * ones the first published — a later, coarser print ("25,100") never replaces a finer one (25,099.83).
 */
export function preferredPrints(facts: Fact[]): Map<string, Fact> {
  const out = new Map<string, Fact>();
  for (const f of facts) {
    if (f.scenario !== 'actual') continue;
    const k = `${f.key}@${f.period}`;
    const cur = out.get(k);
    if (!cur || f.precision.lt(cur.precision) || (f.precision.eq(cur.precision) && f.source.date < cur.source.date)) out.set(k, f);
  }
  return out;
}
