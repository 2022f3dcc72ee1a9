// The catalogs of every language the built-in templates have (templates/i18n/<lang>.yaml), each
// with the user folders' entries over the built-in ones; read once per set of folders until a file changes.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { QuarterDeckError, type Problem } from '../errors/problem.js';
import { compareCatalogs, loadCatalog, type Catalog } from './catalog.js';
import { readOnce } from './template-cache.js';

/** Languages of the catalogs in the last (built-in) folder, English first. */
export function catalogLanguages(dirs: string[]): string[] {
  const dir = join(dirs.at(-1) ?? '.', 'i18n');
  if (!existsSync(dir)) return [];
  const langs = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5)).sort();
  return [...langs.filter((l) => l === 'en'), ...langs.filter((l) => l !== 'en')];
}

/** Every language's catalog; throws a TemplateFault-like error when a file is malformed or a language lacks a key of English. */
export function loadCatalogs(dirs: string[]): Catalog[] {
  const langs = catalogLanguages(dirs);
  const files = dirs.flatMap((d) => langs.map((l) => join(d, 'i18n', `${l}.yaml`))).filter((f) => existsSync(f));
  // by the files read, not the folders: folders without catalogs of their own share the built-in ones (and the chart specs localized with them)
  return readOnce('catalogs', `${langs.join(',')}|${files.join('|')}`, files, () => {
    const problems: Problem[] = [];
    const value = langs.map((l) => loadCatalog(dirs, l, problems));
    for (const c of value.slice(1)) problems.push(...compareCatalogs(value[0], c));
    if (problems.length) throw new QuarterDeckError(problems);
    return value;
  });
}
