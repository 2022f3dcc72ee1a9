// The deck theme, read and layered in one function: built-in deck/theme.yaml → the chosen theme of
// deck/themes/<name>.yaml (an audience profile's `theme`, the config file's, or --theme) → each
// override folder's theme.yaml; checked against the schema (theme-schema.ts), its logo files found
// beside the theme that names them. Read once until a file changes (template-cache.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readOnce } from './template-cache.js';
import { readTemplateYaml } from '../load/read-yaml.js';
import { QuarterDeckError, near, said, spoken, type Problem } from '../errors/problem.js';
import { schemaSaid } from '../errors/schema-issue.js';
import { checkName, findTemplate, templateFiles, type NameSource } from '../config/template-paths.js';
import { themeSchema, type Theme } from './theme-schema.js';

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
  throw new QuarterDeckError([spoken({ code: 'E_NOT_FOUND' as const, ...at, message: said('unknownTheme', name), expected: known.join(', '), hint: near(name, known) })]);
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
  if (!bases.length) throw new QuarterDeckError([spoken({ code: 'E_NOT_FOUND', file: templateDirs.map((d) => join(d, 'deck', 'theme.yaml')).join(', '), message: said('noTheme') })]);
  const named = themeFile(templateDirs, name);
  const files = [bases[0], ...(named ? [named] : []), ...bases.slice(1)];
  // read once per process while the files are unchanged
  return readOnce('theme', files.join('|'), files, () => readTheme(files));
}

interface ThemeFile { file: string; data: Record<string, unknown>; lineOf: (path: (string | number)[]) => number | undefined }

function parseThemeFile(file: string): ThemeFile {
  const yf = readTemplateYaml(file, readFileSync(file, 'utf8'));
  const data = yf.data;
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) throw new QuarterDeckError([spoken({ code: 'E_TEMPLATE', file, line: 1, message: said('themeMapping') })]);
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
      return spoken({ code: 'E_TEMPLATE' as const, ...source(path), field: path.join('.'), message: schemaSaid(i) });
    }));
  }
  // the logo is looked up in the folder of the last theme that names one, and stays in that folder
  const owner = [...layers].reverse().find((l) => l.data.logo) ?? layers[0];
  const dir = dirname(owner.file);
  for (const field of ['file', 'png'] as const) {
    const at = { ...source(['logo', field]), field: `logo.${field}` };
    if (!findTemplate([dir], r.data.logo[field], 'logo', at)) throw new QuarterDeckError([spoken({ code: 'E_NOT_FOUND' as const, ...at, message: said('noLogo', r.data.logo[field], owner.file) })]);
  }
  return { theme: r.data, dir, file: layers.at(-1)!.file };
}
