// The narrative and the lists of a company folder, parsed and checked on their own: what a save of
// one of their files changes (the analysis reads none of them). The problems are those a whole load
// (load/parse.ts parseCompanyData) finds in these files, in its order: YAML faults in the folder's
// order, then the narrative's schema and its typed period labels. Throws QuarterDeckError.
import { parseTexts } from './parse.js';
import { readYaml, type YamlFile } from './read-yaml.js';
import { typedPeriodsInTranslations } from './typed-periods.js';
import { locate } from './load-company.js';
import { TEXT_FILE } from './prepared-cache.js';
import type { TextFile } from './files.js';
import type { Texts } from './analysis-cache.js';
import { QuarterDeckError, type Problem } from '../errors/problem.js';

/** Parse the narrative and list files of `files` (a company folder's, read by load/files.ts). */
export function loadTexts(root: string, files: TextFile[], read: typeof readYaml = readYaml): Texts {
  const problems: Problem[] = [];
  const yamls = new Map<string, YamlFile>();
  for (const f of files) {
    if (!TEXT_FILE.test(f.path)) continue;
    const yf = read(f.path, f.text, problems);
    if (yf) yamls.set(f.path, yf);
  }
  const textOf = (path: string) => files.find((f) => f.path === path)?.text ?? '';
  // company.yaml loaded without problems when its analysis was made: only its data is read here
  const company = files.find((f) => f.path === 'company.yaml');
  const companyData = company && read(company.path, company.text, [])?.data;
  const under = (dir: string) => [...yamls.values()].filter((y) => y.file.startsWith(`${dir}/`));
  const texts = parseTexts(under('narrative'), under('lists'), problems, (yf) => typedPeriodsInTranslations(yf, textOf(yf.file), companyData));
  if (problems.length) throw new QuarterDeckError(locate(root, problems));
  return texts;
}
