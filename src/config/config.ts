// quarterdeck.config.yaml in the working directory: a user's defaults (template folders, company,
// audience, data and output folders, theme). Merged in one place: defaults → this file → the
// audience profile → command-line flags (`lookFor` for what the profile also says).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { readYamlFile } from '../load/yaml-file.js';
import { QuarterDeckError, said, spoken } from '../errors/problem.js';

export const CONFIG_FILE = 'quarterdeck.config.yaml';

const configFile = z.object({
  templates: z.union([z.string(), z.array(z.string())]).optional(),
  company: z.string().optional(),
  audience: z.string().optional(),
  data: z.string().optional(),
  out: z.string().optional(),
  /** a theme of templates/deck/themes/ for every package (an audience profile's own theme wins) */
  theme: z.string().min(1).optional(),
  /** the preflight of every build: strict (warnings fail the build, for scheduled builds) */
  preflight: z.enum(['strict', 'errors']).optional(),
  /** the period built when none is named: latest-full-year, latest-quarter or a period (over company.yaml's default_period) */
  period: z.string().min(1).optional(),
}).strict();

export interface Config { templates: string[]; company?: string; audience?: string; data?: string; out?: string; theme?: string; preflight?: 'strict' | 'errors'; period?: string }

/** How a package looks: the deck's theme, the unit of its amounts, the marking on every page. */
export interface Look { theme: string; units: 'million' | 'billion'; marking?: string }

export const DEFAULT_LOOK: Look = { theme: 'default', units: 'million' };

/** The one merge: defaults → config file → audience profile → command-line flags (later layers win where they say something). */
export function lookFor(...layers: (Partial<Look> | undefined)[]): Look {
  const out: Look = { ...DEFAULT_LOOK };
  for (const layer of layers) {
    if (layer?.theme !== undefined) out.theme = layer.theme;
    if (layer?.units !== undefined) out.units = layer.units;
    if (layer?.marking !== undefined) out.marking = layer.marking;
  }
  return out;
}

export function loadConfig(cwd = process.cwd()): Config {
  const file = join(cwd, CONFIG_FILE);
  if (!existsSync(file)) return { templates: [] };
  const { data } = readYamlFile(file, configFile, 'config file');
  const at = (p?: string) => (p ? resolve(dirname(file), p) : undefined);
  const templates = data.templates === undefined ? [] : Array.isArray(data.templates) ? data.templates : [data.templates];
  return { templates: templates.map((t) => at(t)!), company: data.company, audience: data.audience, data: at(data.data), out: at(data.out), theme: data.theme, preflight: data.preflight, period: data.period };
}

/** Template folders: --templates flags first, then the config file's. Each must exist. */
export function templateFolders(flags: string[] | undefined, config: Config): string[] {
  const dirs = [...(flags ?? []).map((d) => resolve(d)), ...config.templates];
  const missing = dirs.filter((d) => !existsSync(d));
  if (missing.length) throw new QuarterDeckError(missing.map((d) => spoken({ code: 'E_NOT_FOUND' as const, file: d, field: '--templates', message: said('templateFolderMissing') })));
  return dirs;
}
