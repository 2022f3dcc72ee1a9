// The figure keys and period roles of a chart spec's binding checked against the company's items:
// a misspelled series key is a problem at the spec's line, never a chart left out for want of data.
import { existsSync, readFileSync } from 'node:fs';
import type { Problem } from '../errors/problem.js';
import type { FigureSet } from '../render/figure-set.js';
import { figureKeyProblem } from './figure-keys.js';

/**
 * The figure keys of a chart spec's binding (its series and its stack total) that name no item: each a
 * problem at the line of the spec that writes it. A misspelled key is a fault of the template, never
 * a chart left out for want of data.
 */
export function chartKeyProblems(binding: { series: { key: string; fallback?: { key: string }[] }[]; total?: { key: string } }, file: string, items: ReadonlyMap<string, unknown>, figures?: FigureSet): Problem[] {
  // a series with a `fallback` may name an item another company's taxonomy has: its fallback keys are checked instead
  const keys = [
    ...binding.series.flatMap((s, i) => (s.fallback?.length
      ? s.fallback.map((f, j) => ({ key: f.key, field: `usermeta.quarterdeck.series.${i}.fallback.${j}.key` }))
      : [{ key: s.key, field: `usermeta.quarterdeck.series.${i}.key` }])),
    ...(binding.total ? [{ key: binding.total.key, field: 'usermeta.quarterdeck.total.key' }] : []),
  ];
  const problems: Problem[] = [];
  let text: string | undefined;
  for (const { key, field } of keys) {
    const p = figureKeyProblem(key, items, figures);
    if (!p) continue;
    text ??= existsSync(file) ? readFileSync(file, 'utf8') : '';
    const at = text.search(new RegExp(`"key"\\s*:\\s*"${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
    problems.push({ ...p, file, line: at < 0 ? undefined : text.slice(0, at).split('\n').length, field });
  }
  return problems;
}
