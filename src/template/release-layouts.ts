// The shape of the release's template files: table layouts (templates/release/tables/*.yaml — a
// table's rows and columns, the statement of equity's matrix, the exchange's summary tse-*.yaml,
// the named column sets of columns.yaml), release.yaml (sections, charts, print margins), and the
// ReleaseTemplates the release renderer reads (render/release/). The files are read by release.ts.
import { z } from 'zod';
import { periodRange } from './slides-schema.js';

export type Scale = 'one' | 'thousand' | 'million' | 'billion';
export type Show = 'value' | 'usd' | 'pct' | 'yoy' | 'qoq' | 'yoy-diff' | 'qoq-diff' | 'ytd-diff' | 'target';

export interface ColumnSpec {
  /** period role; a template call may map it to another role (cur="q") */
  period: string;
  show: Show;
  unit?: Scale;
}

export interface RowSpec {
  /** an item id (the row's figures), or a heading (a label-only row with rows under it) */
  item?: string;
  heading?: string;
  /** the row's label; default: the item's label */
  label?: string;
  rows?: RowSpec[];
  /** alternatives (e.g. before and after a change of presentation): of those whose `era` (a
   *  presentation era of company.yaml) is in force in the document's fiscal year, the first whose
   *  `when` items are reported for every period of the table is used */
  oneOf?: { when?: string[]; era?: string; rows: RowSpec[] }[];
  bold?: boolean;
  /** a subtotal: a rule above the row */
  total?: boolean;
  /** show the % of total revenues / assets columns on this row */
  pct?: boolean;
  unit?: Scale;
  decimals?: number;
  /** append the item's unit (Gbps) to the values */
  showUnit?: boolean;
  /** a footnote on the label */
  note?: string;
  /** keep the row when all its values are zero (printed "-") */
  keepZero?: boolean;
}

export interface TableLayout {
  /** default unit of JPY values */
  unit: Scale;
  /** column headers: long ("Fiscal Year Ended March 31, 2009") or short ("FY2008", "4Q08") */
  header?: 'long' | 'short';
  /** a named column set of columns.yaml, or the columns */
  columns: string | ColumnSpec[];
  rows: RowSpec[];
  /** no unit header row (counts) */
  noUnitRow?: boolean;
  /** footing: rounded so that the printed parts add up to the printed totals; plain: every figure
   *  rounded on its own; by default, as the company rounded the table its figures come from (facts
   *  tables marked `rounding: footing`) */
  rounding?: 'footing' | 'plain';
  /** the table's title in reports of what the document leaves out (a `t:` key or text) */
  title?: string;
  /** a statement that must foot: printed whole or not at all (release/current-column.ts) */
  statement?: boolean;
}

export interface EquityLayout {
  /** components: a balance-sheet item each */
  columns: { item: string; label?: string }[];
  /** movements of a year: label, and the eq.* item of each component (by the component's item id) */
  movements: { label: string; cells: Record<string, string> }[];
  /** the statement's title in reports of what the document leaves out (a `t:` key or text) */
  title?: string;
}

export interface TseRow {
  /** period role ("cur", "prior", "end", "open", "nextFy" …) */
  period: string;
  /** a row of targets: its figures are the targets in force (`target:<key>`) */
  scenario?: 'target';
  /** a target row whose period has ended by the document's period end is left out */
  upcoming?: boolean;
}

export interface TseColumn {
  /** a figure key: an item id, or `target:<item>` */
  key: string;
  /** the column head: a key of the messages' `tse.head` (else the item's label) */
  head?: string;
  /** the first head whose `when` items are reported (printed, not derived) for every row's period */
  heads?: { when?: string[]; head: string }[];
  /** the change beside the value: `yoy:<item>`, `target-yoy:<item>` */
  change?: string;
  /** only for documents of these spans (FY: full years) */
  spans?: string[];
}

export interface TseLayout {
  /** table: one row per period; lines: "Head:" then "Period: amount" lines; reference: one line */
  style?: 'table' | 'lines' | 'reference';
  /** the table's rows are targets (labels: "Interim period ending …", 第2四半期連結累計期間, 通期) */
  forecast?: boolean;
  /** only for documents of these spans */
  spans?: string[];
  /** a missing cell of a printed row shows "-" (dividends not paid or not yet determined) */
  dash?: boolean;
  /** the unit row's word for per-share amounts: yen (JPY) or dividend (Yen) */
  perShareUnit?: 'yen' | 'dividend';
  rows: TseRow[];
  columns: TseColumn[];
}

const scale = z.enum(['one', 'thousand', 'million', 'billion']);

/** Every figure key a layout names (for the template check and for a figures request). */
export function tseKeys(layout: TseLayout): string[] {
  const keys = layout.columns.flatMap((c) => [c.key, c.change, ...(c.heads ?? []).flatMap((h) => h.when ?? [])]).filter((k): k is string => Boolean(k));
  if (layout.rows.some((r) => r.scenario === 'target')) keys.push(...layout.columns.filter((c) => !c.key.startsWith('target')).map((c) => `target:${c.key}`));
  return [...new Set(keys)];
}

export const column: z.ZodType<ColumnSpec> = z.object({
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
export const tableLayout: z.ZodType<TableLayout> = z.object({
  unit: scale, header: z.enum(['long', 'short']).optional(), columns: z.union([z.string(), z.array(column)]),
  rows: z.array(row), noUnitRow: z.boolean().optional(), rounding: z.enum(['footing', 'plain']).optional(),
  title: z.string().optional(), statement: z.boolean().optional(),
}).strict();
export const equityLayout: z.ZodType<EquityLayout> = z.object({
  columns: z.array(z.object({ item: z.string(), label: z.string().optional() }).strict()),
  movements: z.array(z.object({ label: z.string(), cells: z.record(z.string(), z.string()) }).strict()),
  title: z.string().optional(),
}).strict();
export const tseLayout: z.ZodType<TseLayout> = z.object({
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
