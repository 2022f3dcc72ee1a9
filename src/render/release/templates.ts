// The release's template files: templates/release/ (Handlebars, CSS, table layouts, release.yaml)
// and templates/charts/, looked up in the document's template folders (user overrides first).
// Table layouts are checked against a schema so a typo names its file and field.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { readOnce } from '../../template/template-cache.js';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTemplateYaml } from '../../load/read-yaml.js';
import { cachedParse } from '../../load/parsed-cache.js';
import { z } from 'zod';
import { QuarterDeckError } from '../../errors/problem.js';
import { findTemplate } from '../../config/template-paths.js';
import { periodRange } from '../deck/template.js';
import type { ColumnSpec, RowSpec, TableLayout } from './tables.js';
import type { EquityLayout } from './equity.js';
import type { TseLayout } from './tse.js';

/** The built-in templates folder (templates/ beside src/ and dist/). */
export const builtinTemplates = fileURLToPath(new URL('../../../templates', import.meta.url));

const scale = z.enum(['one', 'thousand', 'million', 'billion']);
const column: z.ZodType<ColumnSpec> = z.object({
  period: z.string(),
  show: z.enum(['value', 'usd', 'pct', 'yoy', 'qoq', 'yoy-diff', 'qoq-diff', 'ytd-diff', 'target']),
  unit: scale.optional(),
}).strict();
const row: z.ZodType<RowSpec> = z.lazy(() => z.object({
  item: z.string().optional(), heading: z.string().optional(), label: z.string().optional(),
  rows: z.array(row).optional(),
  oneOf: z.array(z.object({ when: z.array(z.string()).optional(), era: z.string().min(1).optional(), rows: z.array(row) }).strict()).optional(),
  bold: z.boolean().optional(), total: z.boolean().optional(), pct: z.boolean().optional(),
  unit: scale.optional(), decimals: z.number().int().min(0).max(4).optional(), showUnit: z.boolean().optional(),
  note: z.string().optional(), keepZero: z.boolean().optional(),
}).strict());
const tableLayout: z.ZodType<TableLayout> = z.object({
  unit: scale, header: z.enum(['long', 'short']).optional(), columns: z.union([z.string(), z.array(column)]),
  rows: z.array(row), noUnitRow: z.boolean().optional(), rounding: z.enum(['footing', 'plain']).optional(),
  title: z.string().optional(), statement: z.boolean().optional(),
}).strict();
const equityLayout: z.ZodType<EquityLayout> = z.object({
  columns: z.array(z.object({ item: z.string(), label: z.string().optional() }).strict()),
  movements: z.array(z.object({ label: z.string(), cells: z.record(z.string(), z.string()) }).strict()),
  title: z.string().optional(),
}).strict();
const tseLayout: z.ZodType<TseLayout> = z.object({
  style: z.enum(['table', 'lines', 'reference']).optional(), forecast: z.boolean().optional(), spans: z.array(z.string()).optional(),
  dash: z.boolean().optional(), perShareUnit: z.enum(['yen', 'dividend']).optional(),
  rows: z.array(z.object({ period: z.string(), scenario: z.literal('target').optional(), upcoming: z.boolean().optional() }).strict()).min(1),
  columns: z.array(z.object({
    key: z.string(), head: z.string().optional(), heads: z.array(z.object({ when: z.array(z.string()).optional(), head: z.string() }).strict()).optional(),
    change: z.string().optional(), spans: z.array(z.string()).optional(),
  }).strict()).min(1),
}).strict();
// a chart's periods: roles, a range ({ grain: year, from: first }) or both (render/chart/period-list.ts)
const chartUse = z.object({ spec: z.string(), periods: z.union([z.array(z.union([z.string(), periodRange])), periodRange]).optional() }).strict();
export const releaseConfig = z.object({
  /** the release's sections (partials of release/partials/) in order; an audience profile may choose others */
  sections: z.array(z.union([z.string(), z.object({ partial: z.string(), if: z.string().optional() }).strict()])).min(1),
  charts: z.record(z.string(), chartUse).default({}),
  print: z.object({
    margin: z.object({ top: z.string(), bottom: z.string(), left: z.string(), right: z.string() }).strict(),
  }).strict(),
}).strict();
export type ReleaseConfig = z.infer<typeof releaseConfig>;

export interface ReleaseTemplates {
  main: string;
  partials: Record<string, string>;
  css: string;
  header: string;
  footer: string;
  tables: Record<string, TableLayout>;
  equity: Record<string, EquityLayout>;
  /** the exchange's summary: layouts tables/tse-*.yaml (render/release/tse.ts) */
  tse: Record<string, TseLayout>;
  columnSets: Record<string, ColumnSpec[]>;
  config: ReleaseConfig;
  /** file of each table and partial, for messages */
  files: Record<string, string>;
}

function fail(file: string, message: string, field?: string, expected?: string): never {
  throw new QuarterDeckError([{ code: 'E_TEMPLATE', file, field, message, expected }]);
}

function find(dirs: string[], rel: string): string {
  const f = findTemplate(dirs, rel, 'template');
  if (!f) throw new QuarterDeckError([{ code: 'E_NOT_FOUND', file: join('templates', rel), message: 'template file not found', expected: `one of ${dirs.map((d) => join(d, rel)).join(', ')}` }]);
  return f;
}

/** Files of a folder across the template folders, the first folder's file winning. */
function listing(dirs: string[], rel: string, ext: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of dirs) {
    const dir = join(d, rel);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith(ext) || out.has(name.slice(0, -ext.length))) continue;
      // a link to a file outside the template folder is refused
      const f = findTemplate([d], join(rel, name), 'template');
      if (f) out.set(name.slice(0, -ext.length), f);
    }
  }
  return out;
}

function yamlOf<T>(file: string, schema: z.ZodType<T>): T {
  // parsed and checked once per text of the file and program (load/parsed-cache.ts)
  const text = readFileSync(file, 'utf8');
  return cachedParse('release-yaml', [file, text], () => checkedYaml(file, text, schema));
}

function checkedYaml<T>(file: string, text: string, schema: z.ZodType<T>): T {
  const yf = readTemplateYaml(file, text);
  const r = schema.safeParse(yf.data);
  if (!r.success) {
    const i = r.error.issues[0];
    const path = i.path.filter((k): k is string | number => typeof k !== 'symbol');
    throw new QuarterDeckError([{ code: 'E_TEMPLATE', file, line: yf.lineOf(path), field: path.join('.') || '(file)', message: i.message }]);
  }
  return r.data;
}

/** Read the release's templates (the template stage does: template/template-set.ts; once until a file changes). */
export function loadReleaseTemplates(dirs: string[]): ReleaseTemplates {
  const partialFiles = listing(dirs, join('release', 'partials'), '.hbs');
  const tableFiles = listing(dirs, join('release', 'tables'), '.yaml');
  const named = ['release/release.hbs', 'release/release.css', 'release/header.hbs', 'release/footer.hbs', 'release/release.yaml'].map((r) => find(dirs, r));
  const all = [...named, ...partialFiles.values(), ...tableFiles.values()];
  return readOnce('release', dirs.join('|'), all, () => readRelease(named, partialFiles, tableFiles));
}

function readRelease(named: string[], partialFiles: Map<string, string>, tableFiles: Map<string, string>): ReleaseTemplates {
  const [main, css, header, footer, config] = named;
  const files: Record<string, string> = {};
  const partials: Record<string, string> = {};
  for (const [name, f] of partialFiles) { partials[name] = readFileSync(f, 'utf8'); files[`partial:${name}`] = f; }
  const tables: Record<string, TableLayout> = {};
  const equity: Record<string, EquityLayout> = {};
  const tse: Record<string, TseLayout> = {};
  let columnSets: Record<string, ColumnSpec[]> = {};
  for (const [name, f] of tableFiles) {
    files[`table:${name}`] = f;
    if (name === 'columns') columnSets = yamlOf(f, z.record(z.string(), z.array(column)));
    else if (name.startsWith('equity')) equity[name] = yamlOf(f, equityLayout);
    else if (name.startsWith('tse-')) tse[name] = yamlOf(f, tseLayout);
    else tables[name] = yamlOf(f, tableLayout);
  }
  const value: ReleaseTemplates = {
    main: readFileSync(main, 'utf8'), partials, css: readFileSync(css, 'utf8'),
    header: readFileSync(header, 'utf8'), footer: readFileSync(footer, 'utf8'),
    tables, equity, tse, columnSets, config: yamlOf(config, releaseConfig), files: { ...files, main, header, footer, config },
  };
  for (const [name, t] of Object.entries(tables)) {
    if (typeof t.columns === 'string' && !columnSets[t.columns]) fail(tableFiles.get(name)!, `unknown column set "${t.columns}"`, 'columns', Object.keys(columnSets).join(', '));
  }
  return value;
}
