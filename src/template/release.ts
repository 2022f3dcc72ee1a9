// The release's template files read from the document's template folders (user overrides first):
// templates/release/ (Handlebars, CSS, table layouts, release.yaml). Table layouts and release.yaml
// are checked against their schemas (release-layouts.ts) so a typo names its file, line and field.
// Read once until a file changes (template-cache.ts).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readOnce } from './template-cache.js';
import { readTemplateYaml } from '../load/read-yaml.js';
import { cachedParse } from '../load/parsed-cache.js';
import { QuarterDeckError, said, spoken, type Said } from '../errors/problem.js';
import { schemaSaid } from '../errors/schema-issue.js';
import { findTemplate } from '../config/template-paths.js';
import { column, equityLayout, releaseConfig, tableLayout, tseLayout, type ColumnSpec, type EquityLayout, type ReleaseTemplates, type TableLayout, type TseLayout } from './release-layouts.js';

function fail(file: string, message: Said, field?: string, expected?: string): never {
  throw new QuarterDeckError([spoken({ code: 'E_TEMPLATE', file, field, message, expected })]);
}

function find(dirs: string[], rel: string): string {
  const f = findTemplate(dirs, rel, 'template');
  if (!f) throw new QuarterDeckError([spoken({ code: 'E_NOT_FOUND', file: join('templates', rel), message: said('templateNotFound'), expected: said('oneOf', dirs.map((d) => join(d, rel)).join(', ')) })]);
  return f;
}

/** Files of a folder across the template folders, the first folder's file winning. */
function listing(dirs: string[], rel: string, ext: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of dirs) {
    const dir = join(d, rel);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith(ext) || out.has(name.slice(0, -ext.length))) continue;
      // a link to a file outside the template folder is refused
      const f = findTemplate([d], join(rel, name), 'template');
      if (f) out.set(name.slice(0, -ext.length), f);
    }
  }
  return out;
}

function yamlOf<T>(file: string, schema: z.ZodType<T>): T {
  // parsed and checked once per text of the file and program (load/parsed-cache.ts)
  const text = readFileSync(file, 'utf8');
  return cachedParse('release-yaml', [file, text], () => checkedYaml(file, text, schema));
}

function checkedYaml<T>(file: string, text: string, schema: z.ZodType<T>): T {
  const yf = readTemplateYaml(file, text);
  const r = schema.safeParse(yf.data);
  if (!r.success) {
    const i = r.error.issues[0];
    const path = i.path.filter((k): k is string | number => typeof k !== 'symbol');
    throw new QuarterDeckError([spoken({ code: 'E_TEMPLATE', file, line: yf.lineOf(path), field: path.join('.') || '(file)', message: schemaSaid(i) })]);
  }
  return r.data;
}

/** Read the release's templates (the template stage does: template/template-set.ts; once until a file changes). */
export function loadReleaseTemplates(dirs: string[]): ReleaseTemplates {
  const partialFiles = listing(dirs, join('release', 'partials'), '.hbs');
  const tableFiles = listing(dirs, join('release', 'tables'), '.yaml');
  const named = ['release/release.hbs', 'release/release.css', 'release/header.hbs', 'release/footer.hbs', 'release/release.yaml'].map((r) => find(dirs, r));
  const all = [...named, ...partialFiles.values(), ...tableFiles.values()];
  return readOnce('release', dirs.join('|'), all, () => readRelease(named, partialFiles, tableFiles));
}

function readRelease(named: string[], partialFiles: Map<string, string>, tableFiles: Map<string, string>): ReleaseTemplates {
  const [main, css, header, footer, config] = named;
  const files: Record<string, string> = {};
  const partials: Record<string, string> = {};
  for (const [name, f] of partialFiles) { partials[name] = readFileSync(f, 'utf8'); files[`partial:${name}`] = f; }
  const tables: Record<string, TableLayout> = {};
  const equity: Record<string, EquityLayout> = {};
  const tse: Record<string, TseLayout> = {};
  let columnSets: Record<string, ColumnSpec[]> = {};
  for (const [name, f] of tableFiles) {
    files[`table:${name}`] = f;
    if (name === 'columns') columnSets = yamlOf(f, z.record(z.string(), z.array(column)));
    else if (name.startsWith('equity')) equity[name] = yamlOf(f, equityLayout);
    else if (name.startsWith('tse-')) tse[name] = yamlOf(f, tseLayout);
    else tables[name] = yamlOf(f, tableLayout);
  }
  const value: ReleaseTemplates = {
    main: readFileSync(main, 'utf8'), partials, css: readFileSync(css, 'utf8'),
    header: readFileSync(header, 'utf8'), footer: readFileSync(footer, 'utf8'),
    tables, equity, tse, columnSets, config: yamlOf(config, releaseConfig), files: { ...files, main, header, footer, config },
  };
  for (const [name, t] of Object.entries(tables)) {
    if (typeof t.columns === 'string' && !columnSets[t.columns]) fail(tableFiles.get(name)!, said('unknownColumnSet', t.columns), 'columns', Object.keys(columnSets).join(', '));
  }
  return value;
}
