// One message per cause. A figure printed two ways (a later document restating it, or one document
// printing two values) makes every check that uses it fail too; those checks are not new causes.
// They are listed under the figure's own problem ("it affects: …") instead of beside it.
import type { Known } from '../contract/analysis.js';
import { said, spoken, type Problem } from '../errors/problem.js';
import { formatProblem } from '../errors/problem.js';
import { around, overlaps } from './interval.js';

const NODE = /([a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+)@([A-Z]{2}\d{4}(?:-[A-Z0-9]+)?|\d{4}-\d{2}-\d{2})/g;

/** The nodes (item@period) a check names, with everything the derived ones were computed from. */
function nodesOf(p: Problem, known: Map<string, Known>): Set<string> {
  const out = new Set<string>();
  const add = (k: string) => {
    if (out.has(k)) return;
    out.add(k);
    for (const i of known.get(k)?.inputs ?? []) add(i);
  };
  if (p.item && p.period) add(`${p.item.replace(/^[a-z-]+:/, '')}@${p.period}`);
  const text = `${p.message} ${p.hint ?? ''}`;
  for (const m of text.matchAll(NODE)) add(`${m[1]}@${m[2]}`);
  // a ratio's formula names its inputs without a period: they are the problem's period's
  if (p.period) for (const m of text.matchAll(/(?<![\w.@-])([a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+)(?![\w.@-])/g)) add(`${m[1]}@${p.period}`);
  return out;
}

/** Nodes chosen from a later document against an earlier print they disagree with. */
function restatements(known: Map<string, Known>): Map<string, Problem> {
  const out = new Map<string, Problem>();
  for (const [key, k] of known) {
    const f = k.fact;
    if (k.kind !== 'reported' || !f) continue;
    const earlier = (k.others ?? []).find((o) => o.source.file !== f.source.file && !overlaps(around(o.value, o.precision), around(f.value, f.precision)));
    if (!earlier) continue;
    out.set(key, spoken({
      code: 'E_CHECK', file: f.source.dataFile, line: f.source.dataLine, item: f.key, period: f.period, field: f.key,
      message: said('restated', `${f.source.file}:${f.source.line}`, f.printed, f.tableUnit, `${earlier.source.file}:${earlier.source.line}`, earlier.printed, earlier.tableUnit),
      hint: said('restatedHint'),
    }));
  }
  return out;
}

/**
 * Fold the checks that use a disputed figure under that figure's problem. A restated figure gets a
 * problem of its own only when some check fails with it.
 */
export function foldByCause(problems: Problem[], known: Map<string, Known>): Problem[] {
  const causes = new Map<string, Problem>();
  for (const p of problems) {
    if (p.code === 'E_CHECK' && p.item && p.period && /prints two different values|rounded figure does not match/.test(p.message)) {
      const key = `${p.item.replace(/^[a-z-]+:/, '')}@${p.period}`;
      if (!causes.has(key)) causes.set(key, p);
    }
  }
  const restated = restatements(known);
  const affects = new Map<Problem, Problem[]>();
  const kept: Problem[] = [];
  for (const p of problems) {
    if (p.code !== 'E_CHECK' || [...causes.values()].includes(p)) { kept.push(p); continue; }
    const nodes = nodesOf(p, known);
    const key = [...causes.keys(), ...restated.keys()].find((k) => nodes.has(k));
    if (!key) { kept.push(p); continue; }
    const cause = causes.get(key) ?? restated.get(key)!;
    if (!affects.has(cause)) affects.set(cause, []);
    affects.get(cause)!.push(p);
  }
  for (const [cause, list] of affects) {
    const folded = { ...cause, affects: list.map(formatProblem), affected: list };
    const i = kept.indexOf(cause);
    if (i >= 0) kept[i] = folded; else kept.unshift(folded);
  }
  return kept;
}
