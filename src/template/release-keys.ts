// What the release's templates name of the data, checked against the company's items: the figure
// keys and period roles of every partial ({{money "is.revenue.total" "prior"}}), the items and roles
// of the table layouts (rows, `when:` alternatives, column sets), the statement of equity's items and
// the exchange's summary's keys and rows — each a problem at its file and line.
import { readFileSync } from 'node:fs';
import type { Problem } from '../errors/problem.js';
import { checkTemplate } from '../render/template-check.js';
import { includes } from '../render/partial-cycles.js';
import type { Profile } from '../audience/profile.js';
import type { FigureSet } from '../render/figure-set.js';
import { figureKeyProblem, roleProblem } from './figure-keys.js';
import { RELEASE_FIGURE_HELPERS } from './figure-helpers.js';
import { tseKeys, type ColumnSpec, type ReleaseTemplates, type RowSpec } from './release-layouts.js';

/** The line of the first `needle` in a file (layouts keep no lines once parsed). */
function lineIn(file: string, needle: string): number | undefined {
  let text: string;
  try { text = readFileSync(file, 'utf8'); } catch { return undefined; }
  const i = text.search(new RegExp(`(?<![\\w.:-])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w.-])`));
  return i < 0 ? undefined : text.slice(0, i).split('\n').length;
}

/** The item ids a table layout's rows name (its `oneOf` alternatives and their `when:` too). */
function rowKeys(rows: RowSpec[], path: string): { key: string; field: string }[] {
  return rows.flatMap((r, i) => [
    ...(r.item ? [{ key: r.item, field: `${path}.${i}.item` }] : []),
    ...rowKeys(r.rows ?? [], `${path}.${i}.rows`),
    ...(r.oneOf ?? []).flatMap((o, j) => [
      ...(o.when ?? []).map((w, k) => ({ key: w, field: `${path}.${i}.oneOf.${j}.when.${k}` })),
      ...rowKeys(o.rows, `${path}.${i}.oneOf.${j}.rows`),
    ]),
  ]);
}

/**
 * The table and equity layouts the release prints: those its main template, header, footer and
 * sections (the profile's, else release.yaml's) name literally ({{#table "income-statement"}}),
 * following the partials they include. A layout no section names is never printed: another
 * company's layout of the built-in folder names that company's items.
 */
function layoutsNamed(t: ReleaseTemplates, profile?: Profile): Set<string> {
  const roots = profile?.release.sections ?? t.config.sections.map((x) => (typeof x === 'string' ? x : x.partial));
  const seen = new Set<string>();
  const names = new Set<string>();
  const visit = (src: string) => {
    for (const m of src.matchAll(/(?:\{\{\{?#?|\()\s*(?:table|equity)\s+"([^"]+)"/g)) names.add(m[1]);
    for (const inc of includes(src)) if (!seen.has(inc.name) && Object.hasOwn(t.partials, inc.name)) { seen.add(inc.name); visit(t.partials[inc.name]); }
  };
  for (const r of roots) if (!seen.has(r) && Object.hasOwn(t.partials, r)) { seen.add(r); visit(t.partials[r]); }
  for (const src of [t.main, t.header, t.footer]) visit(src);
  return names;
}

const columnRoles = (cols: ColumnSpec[], path: string) => cols.map((c, i) => ({ role: c.period, field: `${path}.${i}.period` }));

/** Nothing unless the release is printed (`printed`): the data pack's summary sheet reads the TSE layouts too, and prints what the data has of them. */
export function releaseKeyProblems(t: ReleaseTemplates, items: ReadonlyMap<string, unknown>, figures: FigureSet | undefined, { profile, printed: release }: { profile?: Profile; printed: boolean }): Problem[] {
  const figureKey = (k: string) => figureKeyProblem(k, items, figures);
  const rules = { figureHelpers: RELEASE_FIGURE_HELPERS, figureKey, role: roleProblem };
  if (!release) return [];
  const problems: Problem[] = [
    ...checkTemplate(t.main, t.files.main, rules), ...checkTemplate(t.header, t.files.header, rules), ...checkTemplate(t.footer, t.files.footer, rules),
    ...Object.entries(t.partials).flatMap(([name, src]) => checkTemplate(src, t.files[`partial:${name}`], rules)),
  ];
  const key = (file: string, k: string, field: string) => {
    const p = figureKey(k);
    if (p) problems.push({ ...p, file, line: lineIn(file, k), field });
  };
  const role = (file: string, r: string, field: string) => {
    const p = roleProblem(r);
    if (p) problems.push({ ...p, file, line: lineIn(file, `period: ${r}`) ?? lineIn(file, r), field });
  };
  const fileOf = (name: string) => t.files[`table:${name}`];
  const printed = layoutsNamed(t, profile);
  for (const [name, layout] of Object.entries(t.tables)) {
    if (!printed.has(name)) continue;
    for (const k of rowKeys(layout.rows, 'rows')) key(fileOf(name), k.key, k.field);
    if (Array.isArray(layout.columns)) for (const c of columnRoles(layout.columns, 'columns')) role(fileOf(name), c.role, c.field);
  }
  for (const [set, cols] of Object.entries(t.columnSets)) for (const c of columnRoles(cols, set)) role(fileOf('columns'), c.role, c.field);
  for (const [name, layout] of Object.entries(t.equity)) {
    if (!printed.has(name)) continue;
    layout.columns.forEach((c, i) => key(fileOf(name), c.item, `columns.${i}.item`));
    layout.movements.forEach((mv, i) => { for (const [col, k] of Object.entries(mv.cells)) key(fileOf(name), k, `movements.${i}.cells.${col}`); });
  }
  for (const [name, layout] of Object.entries(t.tse)) {
    for (const k of tseKeys(layout)) key(fileOf(name), k, 'columns');
    layout.rows.forEach((r, i) => role(fileOf(name), r.period, `rows.${i}.period`));
  }
  return problems;
}
