// Load-time analysis: resolve facts, derive what they determine, check everything.
import type { CompanyData } from '../contract/raw-data.js';
import type { Analysis, Known, Ledger } from '../contract/analysis.js';
import type { Problem } from '../errors/problem.js';
import { resolveFacts, restatements } from './resolve.js';
import { solve } from './solve.js';
import { makeLedger } from './ledger.js';
import { checkPrinted } from './checks.js';
import { foldByCause } from './fold.js';
import { checkItemLives } from './item-life.js';
import { checkSumEras } from './sum-eras.js';

/** The solve step: adds what the reported nodes determine to `known`, and the sums that do not foot to `problems`. */
export type Solver = (data: CompanyData, known: Map<string, Known>, problems: Problem[]) => void;
/** The check of the printed ratios and changes: adds what disagrees to `problems`, returns how many were checked. */
export type PrintCheck = (ledger: Ledger, problems: Problem[]) => number;

export function analyse(data: CompanyData): Analysis {
  return analyseWith(data, solve);
}

/** The analysis with a solve step and a print check of the caller's (calc/analyse-again.ts: only the parts and facts a save reaches). */
export function analyseWith(data: CompanyData, solver: Solver, check: PrintCheck = checkPrinted): Analysis {
  const problems: Problem[] = [];
  // eras: a figure outside its item's life, sums whose eras overlap
  checkItemLives(data, problems);
  checkSumEras(data.items.values(), problems);
  const hasFormula = (id: string) => data.items.get(id)?.formula !== undefined;
  const known: Map<string, Known> = resolveFacts(data.facts, problems, hasFormula);
  const reported = known.size;
  solver(data, known, problems);
  const ledger = makeLedger(data, known);
  // items with a formula (ratios, per share) are computed; where their inputs are missing (FY2009
  // EPS: no FY2009 share count in the data) the printed figure is the value
  const prints = resolveFacts(data.facts.filter((f) => hasFormula(f.item)), problems);
  for (const [key, k] of prints) if (!ledger.value(k.item, k.period)) known.set(key, k);
  const printedChecked = check(ledger, problems);
  return {
    ledger, problems: foldByCause(problems, known), restatements: restatements(known),
    stats: { facts: data.facts.length, reported, derived: known.size - reported, printedChecked, errata: data.excluded.length },
  };
}
