// The deck theme (templates/deck/theme.yaml): colours, fonts, logo, footer and the layouts of the
// slide master. Layered in one function: built-in theme → each override folder's theme.yaml.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { QuarterDeckError } from '../../errors/problem.js';

const box = z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number() }).strict();
const hex = z.string().regex(/^[0-9A-Fa-f]{6}$/, 'a hex colour like 12306B');

export const themeSchema = z.object({
  name: z.string(),
  slide: z.object({ width: z.number(), height: z.number() }).strict(),
  fonts: z.object({ latin: z.string(), eastAsian: z.string(), fallback: z.array(z.string()) }).strict(),
  colors: z.object({
    primary: hex, primaryText: hex, accent: hex, text: hex, muted: hex, rule: hex, tableStripe: hex, tableTotal: hex, background: hex, up: hex, down: hex,
  }).strict(),
  chart: z.object({ palette: z.array(hex).min(1), line: hex, increase: hex, decrease: hex, total: hex, fontSize: z.number(), labelFontSize: z.number() }).strict(),
  sizes: z.object({
    title: z.number(), heading: z.number(), body: z.number(), bullet: z.array(z.number()).min(1), table: z.number(), tableDense: z.number(),
    unit: z.number(), footnote: z.number(), footer: z.number(), coverTitle: z.number(), coverSubtitle: z.number(), sectionTitle: z.number(),
  }).strict(),
  logo: z.object({ file: z.string(), png: z.string(), width: z.number(), height: z.number() }).strict(),
  footer: z.object({ text: z.string() }).strict(),
  layouts: z.object({
    cover: z.object({ background: z.string(), band: box, period: box, title: box, company: box, date: box, tagline: box, logo: box }).strict(),
    section: z.object({ background: z.string(), title: box }).strict(),
    content: z.object({ titleBar: box, title: box, logo: box, unit: box, body: box, footnotes: box, footer: box, number: box, rule: box }).strict(),
    regions: z.record(z.string(), z.tuple([z.number(), z.number(), z.number(), z.number()])),
  }).strict(),
}).strict();

export type Theme = z.infer<typeof themeSchema>;
export type Box = z.infer<typeof box>;

function merge(a: unknown, b: unknown): unknown {
  if (b === undefined) return a;
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
    for (const [k, v] of Object.entries(b as Record<string, unknown>)) out[k] = merge(out[k], v);
    return out;
  }
  return b;
}

/** The theme: every templates/deck/theme.yaml found, the built-in one first, overrides merged over it. */
const loaded = new Map<string, { theme: Theme; dir: string; file: string }>();

export function loadTheme(templateDirs: string[]): { theme: Theme; dir: string; file: string } {
  const files = templateDirs.map((d) => join(d, 'deck', 'theme.yaml')).filter((f) => existsSync(f)).reverse();
  if (!files.length) throw new QuarterDeckError([{ code: 'E_NOT_FOUND', file: templateDirs.map((d) => join(d, 'deck', 'theme.yaml')).join(', '), message: 'no deck theme found' }]);
  // read once per process while the files are unchanged
  const key = files.map((f) => `${f}@${statSync(f).mtimeMs}`).join('|');
  const hit = loaded.get(key);
  if (hit) return hit;
  const out = readTheme(files);
  loaded.set(key, out);
  return out;
}

function readTheme(files: string[]): { theme: Theme; dir: string; file: string } {
  let merged: unknown = {};
  for (const f of files) merged = merge(merged, parseDocument(readFileSync(f, 'utf8')).toJS());
  const r = themeSchema.safeParse(merged);
  if (!r.success) {
    throw new QuarterDeckError(r.error.issues.map((i) => ({ code: 'E_TEMPLATE' as const, file: files.at(-1), field: i.path.join('.'), message: i.message })));
  }
  // the logo is looked up in the folder of the last theme that names one
  const logoDir = files.filter((f) => (parseDocument(readFileSync(f, 'utf8')).toJS() as { logo?: unknown })?.logo).map(dirname).at(-1) ?? dirname(files[0]);
  return { theme: r.data, dir: logoDir, file: files.at(-1)! };
}

/** A region of the content body ("left", "right-top" …) in inches. */
export function region(theme: Theme, name: string): Box {
  const body = theme.layouts.content.body;
  const r = theme.layouts.regions[name];
  if (!r) throw new QuarterDeckError([{ code: 'E_TEMPLATE', field: 'area', message: `unknown region "${name}"`, expected: Object.keys(theme.layouts.regions).join(', ') }]);
  return { x: body.x + r[0] * body.w, y: body.y + r[1] * body.h, w: r[2] * body.w, h: r[3] * body.h };
}
