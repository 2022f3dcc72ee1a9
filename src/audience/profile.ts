// Audiences: who a package is for. A profile file says which documents, which sections and slides
// in which order, display units, language, theme, confidentiality marking and extra content.
// Config is merged in one place (config/config.ts `settingsFor`): defaults → config file →
// audience profile → CLI flags.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readYamlFile } from '../load/yaml-file.js';
import { QuarterDeckError, near, said, spoken, type Problem } from '../errors/problem.js';
import { checkName, findTemplate } from '../config/template-paths.js';

const list = z.array(z.string().min(1));

export const profileFile = z.object({
  description: z.string().min(1),
  documents: z.array(z.enum(['release', 'deck', 'data-pack'])).min(1),
  language: z.enum(['en', 'ja']).default('en'),
  /** JPY display unit of the deck's amounts where the template leaves the unit to the audience */
  units: z.enum(['million', 'billion']).optional(),
  /** a theme of templates/deck/themes/ (absent: the config file's, else the default theme) */
  theme: z.string().min(1).optional(),
  /** printed on every page and slide, e.g. "Confidential" */
  marking: z.string().min(1).optional(),
  deck: z.object({
    /** slide ids of templates/deck/slides.yaml in order; absent = every slide of the deck template */
    slides: list.optional(),
    /** slide ids of the deck template's appendix, appended after the deck */
    appendix: list.optional(),
  }).strict().default({}),
  release: z.object({
    /** sections (partials) of the release in order; absent = the template's own list */
    sections: list.optional(),
  }).strict().default({}),
}).strict();

export type Profile = z.infer<typeof profileFile> & {
  name: string;
  file: string;
  /** the line of a field of the profile file, for messages ("deck.slides.2") */
  lineOf: (path: (string | number)[]) => number | undefined;
};

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
  checkName(name, 'audience', { field: '--audience' });
  const file = !name.includes('/') ? findTemplate(templateDirs, join('audiences', `${name}.yaml`), 'audience', { field: '--audience' }) : undefined;
  if (!file) {
    const known = audienceNames(templateDirs);
    throw new QuarterDeckError([spoken({ code: 'E_NOT_FOUND', field: '--audience', message: said('unknownAudience', name), expected: known.join(', '), hint: near(name, known) })]);
  }
  const { data, yf } = readYamlFile(file, profileFile, 'audience profile');
  return { ...data, name, file, lineOf: yf.lineOf };
}

/** Where a field of a profile is written, for an error about its value. */
export function profileField(p: Profile, path: (string | number)[]): Pick<Problem, 'file' | 'line' | 'field'> {
  return { file: p.file, line: p.lineOf(path), field: path.join('.') };
}
