// `quarterdeck import`: an entry workbook → data/<company>/facts/<source>/*.yaml. The new files are
// checked together with the rest of the data before anything is written (every problem at once,
// each naming the workbook's sheet and cell); then the source's folder is replaced with one rename.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { QuarterDeckError, said, spoken, type Problem } from '../errors/problem.js';
import { loadCompany, locate } from '../load/load-company.js';
import { readCompanyFiles } from '../load/files.js';
import { parseCompanyData } from '../load/parse.js';
import { analyse } from '../calc/analyse.js';
import { readEntryWorkbook } from './read-workbook.js';
import { factsTexts, type FactsText } from './facts-yaml.js';
import { say } from './messages.js';
import type { Entry } from './entry.js';
import type { CompanyData } from '../contract/raw-data.js';
import { announcedOf } from '../calc/targets.js';

export interface ImportOptions { dataDir: string; company: string; file: string; source?: string; document?: string; date: string; period?: string }
export interface ImportResult {
  source: string; folder: string; files: string[]; values: number; period: string;
  /** per target period the workbook revises: the items it leaves as an earlier announcement had them */
  keptTargets: { period: string; items: string[]; announced: string }[];
}

/** The targets an announcement leaves as before: a revised net income beside last quarter's per-share target. */
function keptTargets(data: CompanyData, entries: Entry[]): ImportResult['keptTargets'] {
  const out: ImportResult['keptTargets'] = [];
  const periods = new Map<string, { announced: string; items: Set<string> }>();
  for (const e of entries) if (e.target) (periods.get(e.period) ?? periods.set(e.period, { announced: e.target.announced, items: new Set() }).get(e.period)!).items.add(e.item.id);
  for (const [period, { announced, items }] of periods) {
    const earlier = new Map<string, string>();
    for (const f of data.facts) {
      if (f.scenario !== 'target' || f.measure || f.period !== period || items.has(f.item) || announcedOf(f) >= announced) continue;
      if ((earlier.get(f.item) ?? '') < announcedOf(f)) earlier.set(f.item, announcedOf(f));
    }
    const byDate = new Map<string, string[]>();
    for (const [item, date] of earlier) byDate.set(date, [...(byDate.get(date) ?? []), item]);
    for (const [date, list] of [...byDate].sort()) out.push({ period, items: list.sort(), announced: date });
  }
  return out;
}

/** Problems in the generated files name the workbook's cell; others keep their data file. */
function toCells(problems: Problem[], texts: FactsText[], workbook: string, root: string): Problem[] {
  const byPath = new Map(texts.map((t) => [t.path, t]));
  return problems.map((p) => {
    const t = p.file ? byPath.get(p.file) : undefined;
    if (!t) return locate(root, [p])[0];
    const cell = p.line !== undefined ? t.cells.get(p.line) : undefined;
    return { ...p, file: workbook, line: undefined, field: cell ?? p.field };
  }).concat();
}

/** Check the data with the workbook's files in place of the source's current ones. */
function checkWith(root: string, source: string, texts: FactsText[], workbook: string): Problem[] {
  const kept = readCompanyFiles(root).filter((f) => !f.path.startsWith(join('facts', source) + '/'));
  const { data, problems } = parseCompanyData(root, [...kept, ...texts.map(({ path, text }) => ({ path, text }))]);
  const all = [...problems, ...(data && !problems.length ? analyse(data).problems : [])];
  return toCells(all, texts, workbook, root);
}

function replaceFolder(root: string, source: string, texts: FactsText[]): string {
  const folder = join(root, 'facts', source);
  const stamp = `${process.pid}-${Date.now()}`;
  const tmp = join(root, '..', `.${basename(root)}-${source}.import-${stamp}`);
  const old = join(root, '..', `.${basename(root)}-${source}.old-${stamp}`);
  try {
    mkdirSync(tmp, { recursive: true });
    for (const t of texts) writeFileSync(join(tmp, basename(t.path)), t.text);
    mkdirSync(join(root, 'facts'), { recursive: true });
    if (existsSync(folder)) renameSync(folder, old);
    renameSync(tmp, folder);
    rmSync(old, { recursive: true, force: true });
  } catch (e) {
    if (!existsSync(folder) && existsSync(old)) renameSync(old, folder);
    rmSync(tmp, { recursive: true, force: true });
    throw new QuarterDeckError([spoken({ code: 'E_WRITE', file: folder, message: said('sheetCannotWriteFolder', (e as Error).message) })]);
  }
  return folder;
}

export async function importWorkbook(o: ImportOptions): Promise<ImportResult> {
  const { data } = loadCompany(o.dataDir, o.company);
  const path = resolve(o.file);
  if (!existsSync(path)) throw new QuarterDeckError([spoken({ code: 'E_NOT_FOUND', file: o.file, message: said('sheetNotFound') })]);
  const workbook = basename(path);
  const read = await readEntryWorkbook(readFileSync(path), workbook, data, o.company, o.date);
  const problems = [...read.problems];
  if (o.period && read.period && o.period !== read.period) problems.push(spoken({ code: 'E_PERIOD', file: workbook, field: 'About!B3', message: said('sheetOtherPeriod'), expected: `"${o.period}"`, found: `"${read.period}"` }));
  if (!problems.length && !read.entries.length && read.period) problems.push(spoken({ code: 'E_FILE', file: workbook, message: said('sheetNoValue'), expected: said('sheetNoValueExpected') }));
  // the workbook's own company and period: without them its cells mean nothing
  if (!read.period || problems.some((p) => p.field?.startsWith('About!'))) throw new QuarterDeckError(problems);
  const source = o.source ?? `workbook-${read.period.toLowerCase()}`;
  if (!/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/.test(source)) throw new QuarterDeckError([spoken({ code: 'E_ARG', field: '--source', message: said('sheetSourceName'), expected: said('sheetSourceNameExpected'), found: `"${source}"` })]);
  const texts = factsTexts(read.entries, source, { file: workbook, document: o.document ?? say.defaultDocument(data.company.name.en, read.period), date: o.date });
  // the cells that are valid are checked with the data even when others are not: every problem at once
  if (read.entries.length) problems.push(...checkWith(data.root, source, texts, workbook));
  if (problems.length) throw new QuarterDeckError(problems);
  const folder = replaceFolder(data.root, source, texts);
  return { source, folder, files: texts.map((t) => t.path), values: read.entries.length, period: read.period, keptTargets: keptTargets(data, read.entries) };
}
