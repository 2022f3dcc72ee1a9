// A chart spec (templates/charts/<name>.vl.json) as the template stage reads it: from the first
// template folder that has it (user overrides first), checked (render/template-check.ts
// readChartSpec), its words ("t:<key>") in the document's language from the catalogs of the same
// folders. Read once until the spec or a catalog changes (template-cache.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { near, said, spoken } from '../errors/problem.js';
import { TemplateFault } from '../errors/template-fault.js';
import { checkName, findTemplate, type NameSource } from '../config/template-paths.js';
import { readChartSpec } from '../render/template-check.js';
import type { Catalog } from './catalog.js';
import { localizeSpec } from './localize.js';
import { readOnce } from './template-cache.js';

export interface ChartSpecFile { spec: Record<string, unknown>; file: string }

/** The spec `name`; a missing or malformed one is a TemplateFault at `at` (where a template names it). */
export function loadSpec(templateDirs: string[], name: string, at: NameSource = {}, catalog?: Catalog): ChartSpecFile {
  checkName(name, 'chart spec', at);
  const file = findTemplate(templateDirs, join('charts', `${name}.vl.json`), 'chart spec', at);
  if (!file) {
    const known = templateDirs.flatMap((d) => (existsSync(join(d, 'charts')) ? readdirSync(join(d, 'charts')) : [])).filter((f) => f.endsWith('.vl.json')).map((f) => f.slice(0, -8));
    throw new TemplateFault([spoken({ code: 'E_NOT_FOUND' as const, ...at, message: said('noChartSpec', name), expected: said('chartSpecIn', name, templateDirs.join(', ')), hint: near(name, known) })]);
  }
  const spec = readOnce('chart-spec', `${file}\0${catalog?.lang ?? ''}\0${catalog?.files.join('|') ?? ''}`, [file, ...(catalog?.files ?? [])], () => {
    const text = readFileSync(file, 'utf8');
    const read = readChartSpec(file, text);
    const local = catalog ? localizeSpec(read, catalog, file, text) : { spec: read, problems: [] };
    if (local.problems.length) throw new TemplateFault(local.problems);
    return local.spec;
  });
  return { spec, file };
}
