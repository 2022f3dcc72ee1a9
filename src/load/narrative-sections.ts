// The narrative sections a company's data has, read before the data is loaded: the template stage
// checks the sections a template names against them (template/narrative-sections.ts) before any
// browser starts, while the data loads (load-company.ts) beside the browser's start. Only the
// section names are read, from the files of the document's language and English (as
// render/inputs.ts keeps them); a file that cannot be read has none here, and the loader reports it.
import { join, resolve } from 'node:path';
import { readCompanyFiles } from './files.js';
import { cachedYamlReader } from './yaml-cache.js';
import { cacheFolder } from '../cache/folder.js';

export function narrativeSectionNames(dataDir: string, company: string, lang: string): string[] {
  const read = cachedYamlReader(cacheFolder('yaml'));
  const names = new Set<string>();
  for (const f of readCompanyFiles(join(resolve(dataDir, company), 'narrative'))) {
    const fileLang = /\.([a-z]{2})\.ya?ml$/.exec(f.path)?.[1] ?? 'en';
    if (fileLang !== lang && fileLang !== 'en') continue;
    const sections = (read(f.path, f.text, [])?.data as { sections?: unknown } | undefined)?.sections;
    if (sections && typeof sections === 'object' && !Array.isArray(sections)) for (const k of Object.keys(sections)) names.add(k);
  }
  return [...names];
}
