import { join, relative, resolve } from 'node:path';
import { existsSync, readdirSync } from 'node:fs';
import { readCompanyFiles } from './files.js';
import { parseCompanyData, type FactsMemo } from './parse.js';
import type { readYaml } from './read-yaml.js';
import { cachedYamlReader } from './yaml-cache.js';
import { cacheFolder } from '../cache/folder.js';
import { QuarterDeckError, near, said, spoken } from '../errors/problem.js';
import type { CompanyData } from '../contract/raw-data.js';
import type { Problem } from '../errors/problem.js';

/** Read and parse data/<company>/. Throws one QuarterDeckError with every problem found. */
export function loadCompany(dataDir: string, company: string, kept: { read?: typeof readYaml; facts?: FactsMemo } = {}): { data: CompanyData; problems: Problem[] } {
  const root = resolve(dataDir, company);
  if (!existsSync(root)) {
    const known = existsSync(dataDir) ? readdirSync(dataDir, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'schema').map((d) => d.name) : [];
    throw new QuarterDeckError([spoken({ code: 'E_NOT_FOUND', file: join(dataDir, company), message: said('noCompanyData', company), expected: known.join(', ') || said('aFolderUnderData'), hint: near(company, known) })]);
  }
  const fileProblems: Problem[] = [];
  const files = readCompanyFiles(root, fileProblems);
  // a file that cannot be read leaves its items and facts out: what follows from that is no new cause
  if (fileProblems.length) throw new QuarterDeckError(locate(root, fileProblems));
  const { data, problems } = parseCompanyData(root, files, kept.read ?? cachedYamlReader(cacheFolder('yaml')), kept.facts);
  if (!data || problems.length) throw new QuarterDeckError(locate(root, problems));
  return { data, problems: [] };
}

/** Problems name files relative to the working directory (data/iij/facts/…), as a user would type them. */
export function locate(root: string, problems: Problem[]): Problem[] {
  return problems.map((p) => {
    if (!p.file || p.file.startsWith('/')) return p;
    const abs = join(root, p.file);
    const rel = relative(process.cwd(), abs);
    return { ...p, file: rel.startsWith('..') ? abs : rel };
  });
}
