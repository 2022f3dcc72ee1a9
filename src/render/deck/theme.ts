// The deck theme (templates/deck/theme.yaml): colours, fonts, logo, footer and the layouts of the
// slide master. Layered in one function: built-in theme → the chosen theme of deck/themes/<name>.yaml
// (an audience profile's `theme`, the config file's, or --theme) → each override folder's theme.yaml.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readOnce } from '../../template/template-cache.js';
import { dirname, join } from 'node:path';
import { readTemplateYaml } from '../../load/read-yaml.js';
import { z } from 'zod';
import { QuarterDeckError, didYouMean, type Problem } from '../../errors/problem.js';
import { checkName, findTemplate, templateFiles, type NameSource } from '../../config/template-paths.js';

const box = z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number() }).strict();
const hex = z.string().regex(/^[0-9A-Fa-f]{6}$/, 'a hex colour like 12306B');

export const themeSchema = z.object({
  name: z.string(),
  slide: z.object({ width: z.number(), height: z.number() }).strict(),
  fonts: z.object({ latin: z.string(), eastAsian: z.string(), fallback: z.array(z.string()) }).strict(),
  colors: z.object({
    primary: hex, primaryText: hex, accent: hex, text: hex, muted: hex, rule: hex, tableStripe: hex, tableTotal: hex, background: hex, up: hex, down: hex,
    /** the audience's marking ("Confidential") on content slides; on cover and dividers it is primaryText */
    marking: hex,
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
    /** where the audience's marking sits on every slide */
    marking: box,
    regions: z.record(z.string(), z.tuple([z.number(), z.number(), z.number(), z.number()])),
  }).strict(),
}).strict();

export type Theme = z.infer<typeof themeSchema>;
export type Box = z.infer<typeof box>;

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function merge(a: unknown, b: unknown): unknown {
  if (b === undefined) return a;
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
    for (const [k, v] of Object.entries(b as Record<string, unknown>)) if (!UNSAFE_KEYS.has(k)) out[k] = merge(out[k], v);
    return out;
  }
  return b;
}

/** Themes a profile can choose: templates/deck/themes/<name>.yaml in any template folder, and "default" (the base theme). */
export function themeNames(templateDirs: string[]): string[] {
  const names = new Set<string>(['default']);
  for (const d of templateDirs) {
    const dir = join(d, 'deck', 'themes');
    if (existsSync(dir)) for (const f of readdirSync(dir)) if (f.endsWith('.yaml')) names.add(f.slice(0, -5));
  }
  return [...names].sort();
}

/** The file of a named theme; undefined for "default" without a file of its own. */
function themeFile(templateDirs: string[], name: string, at: NameSource = {}): string | undefined {
  checkName(name, 'theme', at);
  const file = name.includes('/') ? undefined : findTemplate(templateDirs, join('deck', 'themes', `${name}.yaml`), 'theme', at);
  if (file || name === 'default') return file;
  const known = themeNames(templateDirs);
  throw new QuarterDeckError([{ code: 'E_NOT_FOUND', ...at, message: `unknown theme "${name}"`, expected: known.join(', '), hint: didYouMean(name, known) }]);
}

/** Refuse a theme name that no template folder has (before any document is built). */
export function checkThemeName(templateDirs: string[], name: string, at: NameSource = {}): void {
  themeFile(templateDirs, name, at);
}

export interface LoadedTheme {
  theme: Theme;
  /** the folder the logo files are in */
  dir: string;
  /** the last file layered (for messages) */
  file: string;
}

/** The theme: built-in theme.yaml, the named theme over it, then each override folder's theme.yaml (the template stage reads it: template/template-set.ts). */
export function loadTheme(templateDirs: string[], name = 'default'): LoadedTheme {
  const bases = templateFiles(templateDirs, join('deck', 'theme.yaml'), 'theme').reverse();
  if (!bases.length) throw new QuarterDeckError([{ code: 'E_NOT_FOUND', file: templateDirs.map((d) => join(d, 'deck', 'theme.yaml')).join(', '), message: 'no deck theme found' }]);
  const named = themeFile(templateDirs, name);
  const files = [bases[0], ...(named ? [named] : []), ...bases.slice(1)];
  // read once per process while the files are unchanged
  return readOnce('theme', files.join('|'), files, () => readTheme(files));
}

interface ThemeFile { file: string; data: Record<string, unknown>; lineOf: (path: (string | number)[]) => number | undefined }

function parseThemeFile(file: string): ThemeFile {
  const yf = readTemplateYaml(file, readFileSync(file, 'utf8'));
  const data = yf.data;
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) throw new QuarterDeckError([{ code: 'E_TEMPLATE', file, line: 1, message: 'a theme is a mapping of keys (colors, fonts, logo …)' }]);
  return { file, data: (data ?? {}) as Record<string, unknown>, lineOf: yf.lineAt };
}

function readTheme(files: string[]): LoadedTheme {
  const layers = files.map(parseThemeFile);
  let merged: unknown = {};
  for (const l of layers) merged = merge(merged, l.data);
  /** the last layer that sets a field: where an error about it points */
  const source = (path: (string | number)[]): Pick<Problem, 'file' | 'line'> => {
    for (const l of [...layers].reverse()) { const line = l.lineOf(path); if (line) return { file: l.file, line }; }
    return { file: layers.at(-1)!.file };
  };
  const r = themeSchema.safeParse(merged);
  if (!r.success) {
    throw new QuarterDeckError(r.error.issues.map((i) => {
      const path = i.path.filter((k): k is string | number => typeof k !== 'symbol');
      return { code: 'E_TEMPLATE' as const, ...source(path), field: path.join('.'), message: i.message };
    }));
  }
  // the logo is looked up in the folder of the last theme that names one, and stays in that folder
  const owner = [...layers].reverse().find((l) => l.data.logo) ?? layers[0];
  const dir = dirname(owner.file);
  for (const field of ['file', 'png'] as const) {
    const at = { ...source(['logo', field]), field: `logo.${field}` };
    if (!findTemplate([dir], r.data.logo[field], 'logo', at)) throw new QuarterDeckError([{ code: 'E_NOT_FOUND', ...at, message: `logo file "${r.data.logo[field]}" not found beside ${owner.file}` }]);
  }
  return { theme: r.data, dir, file: layers.at(-1)!.file };
}

/** A region of the content body ("left", "right-top" …) in inches. */
export function region(theme: Theme, name: string): Box {
  const body = theme.layouts.content.body;
  const r = Object.hasOwn(theme.layouts.regions, name) ? theme.layouts.regions[name] : undefined;
  if (!r) throw new QuarterDeckError([{ code: 'E_TEMPLATE', field: 'area', message: `unknown region "${name}"`, expected: Object.keys(theme.layouts.regions).join(', ') }]);
  return { x: body.x + r[0] * body.w, y: body.y + r[1] * body.h, w: r[2] * body.w, h: r[3] * body.h };
}
