// Audiences: who a package is for. A profile file says which documents, which sections and slides
// in which order, display units, language, theme, confidentiality marking and extra content.
// Config is merged in one place: defaults → audience profile → CLI flags.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readYaml } from '../load/read-yaml.js';
import { QuarterDeckError, didYouMean, type Problem } from '../errors/problem.js';

const list = z.array(z.string().min(1));

export const profileFile = z.object({
  description: z.string().min(1),
  documents: z.array(z.enum(['release', 'deck', 'data-pack'])).min(1),
  language: z.enum(['en', 'ja']).default('en'),
  /** JPY display unit of summary figures in the deck and tables */
  units: z.enum(['million', 'billion']).default('million'),
  theme: z.string().default('default'),
  /** printed on every page and slide, e.g. "Confidential" */
  marking: z.string().optional(),
  deck: z.object({
    /** slide ids in order; absent = every slide of the deck template */
    slides: list.optional(),
    /** slide ids appended after the deck */
    appendix: list.optional(),
  }).strict().default({}),
  release: z.object({ sections: list.optional() }).strict().default({}),
}).strict();

export type Profile = z.infer<typeof profileFile> & { name: string; file: string };

/** Audience names available in the template folders (user folders first). */
export function audienceNames(templateDirs: string[]): string[] {
  const names = new Set<string>();
  for (const d of templateDirs) {
    const dir = join(d, 'audiences');
    if (existsSync(dir)) for (const f of readdirSync(dir)) if (f.endsWith('.yaml')) names.add(f.replace(/\.yaml$/, ''));
  }
  return [...names].sort();
}

/** Read an audience profile: the first template folder that has it wins. */
export function loadProfile(name: string, templateDirs: string[]): Profile {
  const file = templateDirs.map((d) => join(d, 'audiences', `${name}.yaml`)).find((f) => existsSync(f));
  if (!file) {
    const known = audienceNames(templateDirs);
    throw new QuarterDeckError([{ code: 'E_NOT_FOUND', field: '--audience', message: `unknown audience "${name}"`, expected: known.join(', '), hint: didYouMean(name, known) }]);
  }
  const problems: Problem[] = [];
  const yf = readYaml(file, readFileSync(file, 'utf8'), problems);
  if (!yf) throw new QuarterDeckError(problems);
  const r = profileFile.safeParse(yf.data);
  if (!r.success) {
    throw new QuarterDeckError(r.error.issues.map((i) => {
      const p = i.path.filter((k): k is string | number => typeof k !== 'symbol');
      return { code: 'E_SCHEMA' as const, file, line: yf.lineOf(p), field: p.join('.') || '(file)', message: i.message };
    }));
  }
  return { ...r.data, name, file };
}
