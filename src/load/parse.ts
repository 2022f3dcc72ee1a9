// Turn a company folder's texts into checked raw data. Pure: no fs. Every problem is collected,
// each with its file, line and field.
import { typedPeriodsInCompany, typedPeriodsInTranslations } from './typed-periods.js';
import { z } from 'zod';
import type { Company, CompanyData, Erratum, Fact, Narrative, TaxonomyItem } from '../contract/raw-data.js';
import type { Problem, Said } from '../errors/problem.js';
import { near, nearest, said, spoken } from '../errors/problem.js';
import { schemaSaid } from '../errors/schema-issue.js';
import { readYaml, type YamlFile } from './read-yaml.js';
import { schemas } from './schema.js';
import type { TextFile } from './files.js';
import { parseFacts } from './facts.js';

function validate<T>(yf: YamlFile, schema: z.ZodType<T>, problems: Problem[]): T | undefined {
  const r = schema.safeParse(yf.data);
  if (r.success) return r.data;
  for (const issue of r.error.issues) {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    const field = path.join('.') || '(file)';
    let hint: Said | undefined;
    let found: string | undefined;
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, path);
      const close = issue.keys.map((k) => nearest(k, known)).filter((k) => k !== undefined);
      hint = close.length ? said('didYouMeanEach', ...close) : undefined;
      found = issue.keys.join(', ');
    }
    problems.push(spoken({ code: 'E_SCHEMA', file: yf.file, line: yf.lineOf(path), field, message: schemaSaid(issue), found, hint }));
  }
  return undefined;
}

/** The keys an object schema allows at a path (for "did you mean"). */
function knownKeys(schema: z.ZodType, path: (string | number)[]): string[] {
  let s: any = schema;
  for (const k of path) {
    while (s?.def?.innerType) s = s.def.innerType;
    if (s?.def?.type === 'array') s = s.def.element;
    else if (s?.def?.type === 'object') s = s.def.shape[k];
    else if (s?.def?.type === 'record') s = s.def.valueType;
  }
  while (s?.def?.innerType) s = s.def.innerType;
  if (s?.def?.type === 'array') s = s.def.element;
  return s?.def?.type === 'object' ? Object.keys(s.def.shape) : [];
}

function parseTaxonomy(yf: YamlFile, problems: Problem[], items: Map<string, TaxonomyItem>): void {
  const data = validate(yf, schemas.taxonomy, problems);
  if (!data) return;
  data.items.forEach((raw, i) => {
    const line = yf.lineOf(['items', i, 'id']);
    if (items.has(raw.id)) {
      const first = items.get(raw.id)!;
      problems.push(spoken({ code: 'E_DUPLICATE', file: yf.file, line, field: `items.${i}.id`, message: said('itemTwice', raw.id), found: said('firstDefinition', `${first.dataFile}:${first.dataLine}`) }));
      return;
    }
    items.set(raw.id, {
      id: raw.id, en: raw.en, ja: raw.ja, statement: data.statement, unit: raw.unit, time: raw.time,
      ...sumOf(raw.sum, (j) => yf.lineOf(['items', i, 'sum', j])),
      formula: raw.formula, spans: raw.spans, balance: raw.balance, class: raw.class, ...(raw.exact === 'true' ? { exact: true } : {}), since: raw.since, until: raw.until, note: raw.note, sign: raw.sign, labels: raw.labels,
      dataFile: yf.file, dataLine: line,
    });
  });
}

const term = (s: string) => (s.startsWith('-') ? { item: s.slice(1), sign: -1 as const } : { item: s.replace(/^\+/, ''), sign: 1 as const });
type RawSum = string[] | { since?: string; until?: string; restates?: string; of: string[]; restated?: { en: string; ja?: string } }[] | undefined;

/** A taxonomy `sum`: one list of children, or eras of them (the current era's children are `sum`). */
function sumOf(raw: RawSum, lineOf: (era: number) => number): Pick<TaxonomyItem, 'sum' | 'sumEras'> {
  if (!raw?.length) return {};
  if (typeof raw[0] === 'string') return { sum: (raw as string[]).map(term) };
  const eras = (raw as Exclude<RawSum, string[] | undefined>).map((e, j) => ({ since: e.since, until: e.until, restates: e.restates, terms: e.of.map(term), restated: e.restated, dataLine: lineOf(j) }));
  return { sum: eras.at(-1)!.terms, sumEras: eras };
}

/** Check references between items once all taxonomy files are read. */
function checkTaxonomy(items: Map<string, TaxonomyItem>, problems: Problem[]): void {
  for (const item of items.values()) {
    const refs = [...(item.sumEras ?? [{ terms: item.sum ?? [] }]).flatMap((e) => e.terms.map((s) => s.item)), ...(item.balance ? [item.balance.item] : []), ...formulaIds(item.formula)];
    for (const ref of refs) {
      if (!items.has(ref)) {
        problems.push(spoken({ code: 'E_UNKNOWN_ITEM', file: item.dataFile, line: item.dataLine, field: `${item.id}`, message: said('refersToUnknown', ref), hint: near(ref, items.keys()) }));
      }
    }
  }
}

export function formulaIds(formula: string | undefined): string[] {
  if (!formula) return [];
  return [...formula.matchAll(/[a-z][a-z0-9]*(?:[.-][a-z0-9]+)+/g)].map((m) => m[0]);
}

function parseErrata(yf: YamlFile, problems: Problem[], out: Erratum[]): void {
  const data = validate(yf, schemas.errata, problems);
  if (!data) return;
  data.forEach((e, i) => out.push({ ...e, line: Number(e.line), dataFile: yf.file, dataLine: yf.lineOf([i, 'id']) }));
}

function parseNarrative(yf: YamlFile, problems: Problem[], out: Narrative[]): void {
  const data = validate(yf, schemas.narrative, problems);
  if (!data) return;
  const lang = /\.([a-z]{2})\.ya?ml$/.exec(yf.file)?.[1] ?? 'en';
  const sections: Narrative['sections'] = {};
  for (const [k, list] of Object.entries(data.sections)) sections[k] = list.map((e, i) => ({ ...e, line: e.line ? Number(e.line) : undefined, dataLine: yf.lineOf(['sections', k, i, 'text']) }));
  out.push({ period: data.period, lang, source: data.source, ...(data.translation ? { translation: data.translation } : {}), sections, dataFile: yf.file });
}

function parseCompany(yf: YamlFile, problems: Problem[]): Company | undefined {
  const data = validate(yf, schemas.company, problems);
  if (!data) return undefined;
  const { id, names, fiscal_year, currency, usd_rates, default_period, ...extra } = data;
  return {
    ...(default_period ? { defaultPeriod: { value: default_period, field: 'default_period', file: yf.file, line: yf.lineOf(['default_period']) } } : {}),
    id, name: { en: names.en, ja: names.ja }, shortName: { en: names.short, ja: names.short_ja }, currency,
    fiscalYear: { endMonth: Number(fiscal_year.end_month), naming: fiscal_year.naming },
    usdRates: usd_rates.map((r) => ({ date: r.date, rate: r.rate, source: typeof r.source === 'string' ? r.source : undefined })),
    extra,
  };
}

/** The narrative and lists of a company (files in the folder's order): all a save of a text file changes. */
export function parseTexts(narrativeFiles: YamlFile[], listFiles: YamlFile[], problems: Problem[], check?: (yf: YamlFile) => Problem[]): Pick<CompanyData, 'narrative' | 'lists'> {
  const narrative: Narrative[] = [];
  for (const yf of narrativeFiles) { parseNarrative(yf, problems, narrative); if (check) problems.push(...check(yf)); }
  const lists: Record<string, unknown> = {};
  for (const yf of listFiles) lists[yf.file.replace(/^lists\//, '').replace(/\.ya?ml$/, '')] = yf.data;
  return { narrative, lists };
}

/**
 * The facts of each facts file parsed before without problems, by path and text, while company.yaml,
 * the taxonomy and the errata (all a facts file's parse reads besides its own text) stay the same:
 * a save of one facts file parses that file again (the preview).
 */
export interface FactsMemo { context?: string; files: Map<string, { text: string; facts: Fact[]; excluded: CompanyData['excluded'] }> }

/** Parse every file of a company folder. Returns the data (possibly partial) and all problems. */
export function parseCompanyData(root: string, files: TextFile[], read: typeof readYaml = readYaml, memo?: FactsMemo): { data?: CompanyData; problems: Problem[] } {
  const problems: Problem[] = [];
  const yamls = new Map<string, YamlFile>();
  for (const f of files) {
    const yf = read(f.path, f.text, problems);
    if (yf) yamls.set(f.path, yf);
  }
  const under = (dir: string) => [...yamls.values()].filter((y) => y.file.startsWith(`${dir}/`));

  const companyYaml = yamls.get('company.yaml');
  if (!companyYaml) {
    if (!files.some((f) => f.path === 'company.yaml')) problems.push(spoken({ code: 'E_NOT_FOUND', file: `${root}/company.yaml`, message: said('companyYamlMissing') }));
    return { problems };
  }
  const company = parseCompany(companyYaml, problems);
  // no period label typed into reusable text (load/typed-periods.ts)
  const textOf = (path: string) => files.find((f) => f.path === path)?.text ?? '';
  problems.push(...typedPeriodsInCompany(companyYaml, textOf('company.yaml')));

  const items = new Map<string, TaxonomyItem>();
  for (const yf of under('taxonomy')) parseTaxonomy(yf, problems, items);
  checkTaxonomy(items, problems);

  const errata: Erratum[] = [];
  for (const yf of under('errata')) parseErrata(yf, problems, errata);

  const { narrative, lists } = parseTexts(under('narrative'), under('lists'), problems, (yf) => typedPeriodsInTranslations(yf, textOf(yf.file), companyYaml.data));

  if (!company) return { problems };
  const facts: Fact[] = [];
  const excluded: CompanyData['excluded'] = [];
  const context = files.filter((f) => f.path === 'company.yaml' || /^(taxonomy|errata)\//.test(f.path)).map((f) => `${f.path}\0${f.text}`).join('\0');
  if (memo && memo.context !== context) { memo.files.clear(); memo.context = context; }
  for (const yf of under('facts')) {
    const text = textOf(yf.file);
    const kept = memo?.files.get(yf.file);
    if (kept?.text === text) { facts.push(...kept.facts); excluded.push(...kept.excluded); continue; }
    const before = { problems: problems.length, facts: facts.length, excluded: excluded.length };
    const data = validate(yf, schemas.facts, problems);
    if (data) parseFacts(yf, data, { items, company, errata }, problems, facts, excluded);
    if (memo && data && problems.length === before.problems) memo.files.set(yf.file, { text, facts: facts.slice(before.facts), excluded: excluded.slice(before.excluded) });
  }
  staleErrata(errata, facts, excluded, problems);
  return { data: { root, company, items, facts, errata, excluded, narrative, lists }, problems };
}

/**
 * `data` with the facts files `changed` parsed again from `files` (the rest of the facts from `memo`,
 * company.yaml, the taxonomy, the errata, the narrative and lists kept): what `parseCompanyData`
 * gives for a save of facts files only (the preview). Undefined when that is not sure (a file that
 * is not a facts file, or not one the memo has, a problem of any kind): the caller loads the whole.
 * `parsed`: the files parsed again (the changed ones, and any whose text the memo holds is another's).
 */
export function parseFactsAgain(data: CompanyData, files: TextFile[], changed: string[], read: typeof readYaml, memo: FactsMemo): { data: CompanyData; parsed: Set<string> } | undefined {
  const context = files.filter((f) => f.path === 'company.yaml' || /^(taxonomy|errata)\//.test(f.path)).map((f) => `${f.path}\0${f.text}`).join('\0');
  if (memo.context !== context || !changed.every((p) => p.startsWith('facts/') && memo.files.has(p))) return undefined;
  const problems: Problem[] = [];
  const facts: Fact[] = [];
  const excluded: CompanyData['excluded'] = [];
  const again = new Map<string, { text: string; facts: Fact[]; excluded: CompanyData['excluded'] }>();
  for (const f of files) {
    if (!f.path.startsWith('facts/')) continue;
    let kept = memo.files.get(f.path);
    if (kept?.text !== f.text) {
      const yf = read(f.path, f.text, problems);
      const parsed = yf && validate(yf, schemas.facts, problems);
      if (!yf || !parsed) return undefined;
      kept = { text: f.text, facts: [], excluded: [] };
      parseFacts(yf, parsed, { items: data.items, company: data.company, errata: data.errata }, problems, kept.facts, kept.excluded);
      if (problems.length) return undefined;
      again.set(f.path, kept);
    }
    facts.push(...kept.facts); excluded.push(...kept.excluded);
  }
  staleErrata(data.errata, facts, excluded, problems);
  if (problems.length) return undefined;
  for (const [path, kept] of again) memo.files.set(path, kept);
  return { data: { ...data, facts, excluded }, parsed: new Set(again.keys()) };
}

/**
 * An erratum that names a figure (it has an item) either sets a printed fact aside (the fact's
 * token is the erratum's `printed`) or documents a misprint whose correction was transcribed in its
 * place (the token is the erratum's `correct`, at its line or the line it cites). One that matches no fact at its seed line corrects
 * nothing any more (the fact was re-entered, the line or token changed): it is stale.
 */
function staleErrata(errata: Erratum[], facts: Fact[], excluded: CompanyData['excluded'], problems: Problem[]): void {
  const all = [...facts, ...excluded.map((x) => x.fact)];
  // the set-aside print is at the erratum's line; a transcribed correction may cite a nearby line
  const matches = (e: Erratum, f: Fact) => f.source.file === e.file && f.key === e.item && (!e.period || f.period === e.period)
    && ((f.source.line === e.line && e.printed.trim() === f.printed.trim()) || (e.correct !== undefined && e.correct.trim() === f.printed.trim()));
  for (const e of errata) {
    if (!e.item || all.some((f) => matches(e, f))) continue;
    problems.push(spoken({
      code: 'E_ERRATUM', file: e.dataFile, line: e.dataLine, field: e.id,
      message: said('staleErratum', e.id, e.item, e.period ?? '', e.printed, e.correct ?? '', `${e.file}:${e.line}`),
      hint: said('fixErratum'),
    }));
  }
}
