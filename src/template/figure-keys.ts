// What a template may name of the data: a figure key (an item id of the company's taxonomy, with a
// measure: `yoy:is.revenue.total`) and a period role ("cur", "prior", "q" …). A key no item has, a
// measure no figure carries or a role no document has is a misspelling in the template — a problem
// with "did you mean", never a part of a document left out for want of data.
import { near, said, spoken, type Problem } from '../errors/problem.js';
import { MEASURES, splitKey } from '../calc/measures.js';
import { parsePeriod } from '../periods/period.js';
import { periodRoles } from '../render/figure-set.js';
import type { FigureSet } from '../render/figure-set.js';

/** Measures a figure key may carry besides those of calc/measures.ts (model/figures.ts). */
const MEASURE_NAMES = new Set([...Object.keys(MEASURES), 'target', 'target-yoy', 'target-yoy-diff', 'target-prev', 'target-revision', 'target-revision-pct', 'usd']);

/**
 * The problem with a figure key that names no item of the taxonomy (or no known measure); undefined
 * when it is fine. With the document's figures, "did you mean" names the closest figure key too.
 */
export function figureKeyProblem(key: string, items: ReadonlyMap<string, unknown>, figures?: FigureSet): Problem | undefined {
  const { measure, item } = splitKey(key);
  if (items.has(item) && (measure === undefined || MEASURE_NAMES.has(measure))) return undefined;
  const keys = new Set<string>();
  for (const id of figures?.byId.keys() ?? []) keys.add(id.slice(0, id.lastIndexOf('@')));
  return spoken({
    code: 'E_TEMPLATE', message: figures ? said('noFigureAnyPeriod', key, figures.file.period) : said('noFigureAnyDocument', key), item: key,
    hint: near(key, keys) ?? near(item, items.keys()) ?? said('noSuchItem'),
  });
}

/** Every role a document of some period has (a quarter's, a half's, a year's). */
export const ROLE_NAMES: ReadonlySet<string> = new Set((['Q1', 'Q2', 'Q3', 'Q4', 'H1', '9M', 'FY'] as const)
  .flatMap((span) => Object.keys(periodRoles({ kind: 'duration', fy: 2000, span }, { endMonth: 3, naming: 'start' }))));

/** The problem with a period role no document has (a canonical period id passes: render/figure-set.ts); undefined when it is fine. */
export function roleProblem(role: string): Problem | undefined {
  if (ROLE_NAMES.has(role) || parsePeriod(role)) return undefined;
  return spoken({ code: 'E_TEMPLATE', message: said('unknownRole', role), expected: [...ROLE_NAMES].join(', '), found: role, hint: near(role, ROLE_NAMES) });
}
