// A save of facts files analysed again (the preview): the relations split into connected parts (no
// relation of one part names a node of another), and only the parts that a changed fact reaches are
// solved again; every other part keeps what the last solve derived, checked and reported. Everything
// else of the analysis (resolve, item lives, folding) runs as `analyse` runs it, and the printed
// ratios and changes are checked again for the items the save reached (checkAgain), so
// the result is what `analyse` of the same data gives: the same values, formulas, problems, and the
// same order of nodes (figures.json lists periods in that order). Pure: no fs.
// Not for this path (undefined: the caller analyses the whole): other items or company settings, a
// changed set of periods (the relations themselves change), a fact of an item that had none.
import type { CompanyData, Fact } from '../contract/raw-data.js';
import type { Analysis, Ledger } from '../contract/analysis.js';
import type { Problem } from '../errors/problem.js';
import { checkPrinted } from './checks.js';
import { analyseWith } from './analyse.js';
import { buildRelations, byStamp, relationPeriods, solveRelations, type Relation, type SolveOutcome } from './solve.js';
import { nodeKey } from './resolve.js';

/** A solved analysis with what its solve did, by part: what a later save is solved against. */
export interface Solved {
  data: CompanyData;
  analysis: Analysis;
  relations: Relation[];
  periods: string;
  /** node key → its part; relation index → its part; a part's relations in order */
  partOf: Map<string, number>;
  partOfRelation: number[];
  relationsOf: number[][];
  /** a part's nodes */
  nodesOf: string[][];
  outcome: SolveOutcome;
  /** the facts whose printed ratio or change was checked */
  checked: Set<Fact>;
  /** the items whose nodes or facts may differ from the analysis this one was made from (all of them: a whole analysis) */
  changedItems?: Set<string>;
}

const periodsKey = (data: CompanyData) => { const { fys, instants } = relationPeriods(data); return `${[...fys].join(',')}|${[...instants].join(',')}`; };

/** The connected parts of the relations (union–find over their nodes). */
function partsOf(relations: Relation[]): Pick<Solved, 'partOf' | 'partOfRelation' | 'relationsOf' | 'nodesOf'> {
  const parent = new Map<string, string>();
  const find = (k: string): string => { let r = k; while (parent.get(r) !== r) r = parent.get(r) ?? (parent.set(r, r), r); while (k !== r) { const n = parent.get(k)!; parent.set(k, r); k = n; } return r; };
  for (const r of relations) { const a = find(r.terms[0].key); for (const t of r.terms.slice(1)) { const b = find(t.key); if (a !== b) parent.set(b, a); } }
  const ids = new Map<string, number>();
  const partOf = new Map<string, number>();
  for (const k of parent.keys()) { const root = find(k); if (!ids.has(root)) ids.set(root, ids.size); partOf.set(k, ids.get(root)!); }
  const partOfRelation = relations.map((r) => partOf.get(r.terms[0].key)!);
  const relationsOf: number[][] = [...ids.keys()].map(() => []);
  partOfRelation.forEach((p, ri) => relationsOf[p].push(ri));
  const nodesOf: string[][] = [...ids.keys()].map(() => []);
  for (const [k, p] of partOf) nodesOf[p].push(k);
  return { partOf, partOfRelation, relationsOf, nodesOf };
}

/** The whole analysis, with what its solve did kept for the saves after it. */
export function analyseSolved(data: CompanyData): Solved {
  const relations = buildRelations(data);
  let outcome!: SolveOutcome;
  const checked = new Set<Fact>();
  const analysis = analyseWith(data, (_d, known, problems) => {
    outcome = solveRelations(relations, relations.map((_, i) => i), known);
    for (const p of outcome.problems) problems.push(p.problem);
  }, (ledger, problems) => checkPrinted(ledger, problems, ledger.data.facts, checked));
  return { data, analysis, relations, periods: periodsKey(data), ...partsOf(relations), outcome, checked };
}

/** The part a solve outcome's problem belongs to. */
const relationOfProblem = (at: SolveOutcome['problems'][number]['at']) => at[0] === 0 ? at[2]! : at[1];

/**
 * `data` (the last solved data with the facts of `changedFiles` parsed again) analysed by solving
 * again only the parts those files' facts reach, before and after. Undefined when this path does not apply.
 */
export function analyseAgain(last: Solved, data: CompanyData, changedFiles: Set<string>): Solved | undefined {
  if (data.items !== last.data.items || data.company !== last.data.company || data.errata !== last.data.errata) return undefined;
  if (periodsKey(data) !== last.periods) return undefined;
  const touched = (facts: Fact[]) => facts.filter((f) => changedFiles.has(f.source.dataFile));
  const before = touched(last.data.facts); const after = touched(data.facts);
  const hadFacts = new Set(last.data.facts.map((f) => f.item));
  if (after.some((f) => !hadFacts.has(f.item))) return undefined;
  const parts = new Set<number>();
  for (const f of [...before, ...after]) { const p = last.partOf.get(nodeKey(f.item, f.period)); if (p !== undefined) parts.add(p); }
  const again = (p: number) => parts.has(p);
  const indices = [...parts].flatMap((p) => last.relationsOf[p]).sort((a, b) => a - b);
  const changedItems = new Set([...before, ...after].map((f) => f.item));
  for (const p of parts) for (const k of last.nodesOf[p]) changedItems.add(k.slice(0, k.lastIndexOf('@')));
  let outcome!: SolveOutcome;
  const checked = new Set<Fact>();
  const analysis = analyseWith(data, (_d, known, problems) => {
    const fresh = solveRelations(last.relations, indices, new Map(known));
    outcome = merged(last, fresh, again);
    // the derived nodes in the order a whole solve first sets them (a print it replaces keeps its place)
    for (const [key, d] of [...outcome.derived].sort((a, b) => byStamp(a[1].first, b[1].first))) known.set(key, d.known);
    for (const p of outcome.problems) problems.push(p.problem);
  }, (ledger, problems) => checkAgain(last, ledger, problems, changedItems, checked));
  return { ...last, data, analysis, outcome, checked, changedItems };
}

/**
 * The printed ratios and changes checked again where a save may change them: a fact of an item the
 * save reached, of an item with a formula (it reads other items), all when a total changed (shares
 * of revenue or assets read it). Every other fact is checked as the last analysis checked it: it
 * passed (the last analysis had no problem), and was counted or not. A fact of a changed file is of an item the save reached.
 */
function checkAgain(last: Solved, ledger: Ledger, problems: Problem[], items: Set<string>, checked: Set<Fact>): number {
  const { totals } = ledger;
  const all = [totals.revenue, totals.assets].some((t) => t && items.has(t));
  const again = (f: Fact) => all || items.has(f.item) || ledger.data.items.get(f.item)?.formula !== undefined;
  const dirty: Fact[] = [];
  let count = 0;
  for (const f of ledger.data.facts) {
    if (again(f)) dirty.push(f);
    else if (last.checked.has(f)) { checked.add(f); count++; }
  }
  return count + checkPrinted(ledger, problems, dirty, checked);
}

/** The last outcome outside the parts solved again, and the new one inside them, each in a whole solve's order. */
function merged(last: Solved, fresh: SolveOutcome, again: (part: number) => boolean): SolveOutcome {
  const keep = <T>(m: Map<string, T>) => [...m].filter(([key]) => !again(last.partOf.get(key)!));
  const derived = new Map([...keep(last.outcome.derived), ...fresh.derived]);
  const replaced = new Map([...keep(last.outcome.replaced), ...fresh.replaced]);
  const problems = [...last.outcome.problems.filter((p) => !again(last.partOfRelation[relationOfProblem(p.at)])), ...fresh.problems]
    .sort((a, b) => compareAt(a.at, b.at));
  return { derived, replaced, problems };
}

function compareAt(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}
