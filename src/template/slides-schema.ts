// The shape of templates/deck/slides.yaml (and of a deck/slides/<id>.yaml override): which slides,
// in which order, bound to which figures (key + period role), with their text as Handlebars. The
// types the deck renderers read (render/deck/); the file is read by slides.ts.
import { z } from 'zod';

const grain = z.enum(['quarter', 'half', 'year']);
/** A run of periods relative to the document: every `grain` from the fiscal year of `from` to `to`.
 *  `from: first`: from the first fiscal year the data holds; `last: N`: only the last N periods of
 *  the run (then `from` defaults to `first`). Such a long-term range keeps a period with no figure
 *  as a gap (deck/periods.ts). */
export const periodRange = z.object({
  grain,
  from: z.string().default('first'),
  to: z.string().default('cur'),
  last: z.number().int().min(1).max(40).optional(),
  /** coarser grains to use when the data lacks a period of this one */
  fallback: z.array(grain).default([]),
}).strict();
export type PeriodRange = z.infer<typeof periodRange>;

const needs = z.array(z.string()).optional();
const area = z.string().default('full');
/** the area to use when the block is the only one left on its slide (the data lacks the others) */
const solo = z.string().optional();

const bulletItem = z.union([
  z.object({ text: z.string(), level: z.number().int().min(0).max(3).default(0), style: z.enum(['heading', 'bullet', 'plain', 'note']).default('bullet'), needs }).strict(),
  z.object({
    narrative: z.string(),
    /** entries that explain one of these item ids (or carry one of these labels); omit for all */
    item: z.union([z.string(), z.array(z.string())]).optional(),
    label: z.union([z.string(), z.array(z.string())]).optional(),
    kind: z.union([z.string(), z.array(z.string())]).optional(),
    /** "period": only entries about a quarter; "year": only entries without a period; default both */
    scope: z.enum(['period', 'year', 'any']).default('any'),
    level: z.number().int().min(0).max(3).default(1),
    style: z.enum(['heading', 'bullet', 'plain', 'note']).default('bullet'),
    /** Handlebars around each entry's text: {{text}}, {{name}} (its label) */
    format: z.string().optional(),
    /** heading/bullet by the entry's kind (topics: heading, bullet, example) */
    byKind: z.boolean().default(false),
    /** the first entry as a heading one level up (a topic and its details) */
    firstAsHeading: z.boolean().default(false),
  }).strict(),
]);
export type BulletItem = z.infer<typeof bulletItem>;

const column = z.object({
  header: z.string().default(''),
  /** Handlebars with {{row.…}} (and {{col.…}} for period columns) */
  cell: z.string(),
  align: z.enum(['left', 'right', 'center']).default('right'),
  width: z.number().default(1),
  /** a second header row above this column (merged over equal neighbours) */
  group: z.string().optional(),
}).strict();

const tableRow = z.object({
  key: z.string().optional(),
  label: z.string().optional(),
  style: z.enum(['total', 'sub', 'group']).optional(),
  needs,
  /** free fields for the cell templates */
  data: z.record(z.string(), z.string()).optional(),
  /** comment lines (Handlebars) for the comments column */
  comment: z.array(z.string()).optional(),
  /** more item ids or labels whose narrative explains this row */
  explain: z.array(z.string()).optional(),
}).strict();

const tableBlock = z.object({
  area,
  solo,
  caption: z.string().optional(),
  dense: z.boolean().default(false),
  stub: z.object({ header: z.string().default(''), width: z.number().default(2.2) }).strict().optional(),
  columns: z.array(column).default([]),
  periods: periodRange.extend({ header: z.string().default('{{col.label}}'), cell: z.string(), width: z.number().default(1), group: z.string().optional() }).optional(),
  rows: z.array(tableRow).optional(),
  /** rows from data/<company>/lists/<list>.yaml: path to the array; each element is {{row.…}} */
  list: z.object({ name: z.string(), path: z.string(), groupBy: z.string().optional(), groupLabel: z.string().optional() }).strict().optional(),
  /** a last column of comments from the narrative, matched by the row's key or label */
  comments: z.object({ header: z.string().default(''), narrative: z.string(), width: z.number().default(3), scope: z.enum(['period', 'year', 'any']).default('year') }).strict().optional(),
}).strict();

const chartBlock = z.object({
  area,
  solo,
  /** templates/charts/<spec>.vl.json */
  spec: z.string(),
  caption: z.string().optional(),
  /** override the spec's periods with a run of periods */
  periods: periodRange.optional(),
  labels: z.enum(['all', 'total', 'none']).default('all'),
  format: z.string().optional(),
}).strict();

const textBlock = z.object({ area, solo, paragraphs: z.array(z.string()), size: z.enum(['body', 'small']).default('body') }).strict();

const block = z.union([
  z.object({ bullets: z.object({ area, solo, items: z.array(bulletItem), size: z.enum(['body', 'small']).default('body') }).strict() }).strict(),
  z.object({ table: tableBlock }).strict(),
  z.object({ chart: chartBlock }).strict(),
  z.object({ text: textBlock }).strict(),
]);
export type BlockSpec = z.infer<typeof block>;
export type TableSpec = z.infer<typeof tableBlock>;
export type ChartSpec = z.infer<typeof chartBlock>;

const footnote = z.union([z.object({ yoy: z.string() }).strict(), z.object({ qoq: z.string() }).strict(), z.object({ text: z.string() }).strict()]);

export const slide = z.object({
  id: z.string(),
  title: z.string(),
  /** consecutive slides of one group share a number and are titled "<group> (1) <title>", "<group> (2) …" */
  group: z.string().optional(),
  unit: z.string().optional(),
  needs,
  /** only in the deck of a second, third or fourth quarter: the quarter's own slide beside the cumulative period's */
  quarter: z.boolean().optional(),
  footnotes: z.array(footnote).default([]),
  blocks: z.array(block).default([]),
}).strict();
export type SlideSpec = z.infer<typeof slide> & { line?: number };

const section = z.object({
  /** the agenda line and the divider's title */
  agenda: z.string(),
  /** a divider slide before the section */
  divider: z.boolean().default(false),
  /** numbered sections get roman numerals (I., II-3.); unnumbered ones (closing pages) do not */
  numbered: z.boolean().default(true),
  /** hide the section from the agenda */
  inAgenda: z.boolean().default(true),
  slides: z.array(slide),
}).strict();

export const slidesSchema = z.object({
  cover: z.object({ period: z.string(), title: z.string(), company: z.string(), date: z.string(), tagline: z.string() }).strict(),
  agenda: z.object({ title: z.string() }).strict(),
  sections: z.array(section),
  /** slides an audience profile may append after the deck (`deck.appendix`); never shown otherwise */
  appendix: section.optional(),
}).strict();

export type SlidesTemplate = z.infer<typeof slidesSchema> & {
  file: string;
  /** slide id → the line of its definition */
  lines: Map<string, number>;
  /** slide id → its file, where an override folder's deck/slides/<id>.yaml replaced it */
  files: Map<string, string>;
};
