// build(): the pipeline, one stage per folder of src/.
//
//   1. load/     data/<company>/*.yaml ──► CompanyData        (schema-checked, errata applied)
//   2. calc/     CompanyData ──► Ledger                       (resolve, derive, check; decimal.js)
//   3. model/    Ledger + period ──► figures.json             (every figure, with provenance)
//   4. render/   figures + templates ──► HTML / slide model   (Handlebars, Vega-Lite)
//   5. export/   ──► release.pdf, deck.pptx, deck.pdf,        (Chromium, pptxgenjs, exceljs)
//                    data-pack.xlsx
// What a package holds comes from the audience profile (templates/audiences/<name>.yaml).
//   6. preflight/ the documents read back (PDF text, PPTX parts): wrong signs, false precision,
//                 content of another period, notes to the author  (errors stop the build)
//   7. out/<company>/<period>/<audience>/                     (written atomically)
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { prepare } from './prepare.js';
import { locate } from './load/load-company.js';
import type { Analysis } from './contract/analysis.js';
import { figuresFor } from './model/figures-cache.js';
import { shownFigures } from './model/shown-figures.js';
import { QuarterDeckError, near, said, spoken } from './errors/problem.js';
import { parsePeriodArg, periodId } from './periods/period.js';
import { messagesFor } from './messages/index.js';
import { loadProfile, profileField } from './audience/profile.js';
import { CONFIG_FILE, lookFor, type Look } from './config/config.js';
import { defaultPeriod, latestFullYear as latestYear } from './model/default-period.js';
import { checkThemeName } from './template/theme.js';
import { loadTemplateSet } from './template/template-set.js';
import { narrativeSectionNames } from './load/narrative-sections.js';
import type { OutFile } from './export/write.js';
import { writePackage } from './export/package-writer.js';
import { lockPackage } from './export/package-lock.js';
import { packageInputsHash, packageContents } from './export/manifest.js';
import { failsStrict, omissionsError } from './export/omissions.js';
import type { BuildResult, Omission } from './contract/documents.js';
import { packageOmissions, type PackageDocuments } from './export/package-omissions.js';
import { audienceSections } from './export/audience-sections.js';
import type { SharedBrowser } from './batch/shared-browser.js';
import { makeInputs } from './render/inputs.js';
import type { DocumentInputs } from './contract/document-inputs.js';
import { fileURLToPath } from 'node:url';
import type { PreflightSetting } from './preflight/package.js';
import { trace } from './trace.js';
import { savePassedChecks } from './render/passed-checks.js';
import { savePack } from './render/compiled-templates.js';

/** The folder that holds the built-in templates/ (the package root). */
export const projectRoot = () => fileURLToPath(new URL('..', import.meta.url));

export interface BuildOptions {
  dataDir: string;
  outDir: string;
  company: string;
  period?: string;
  audience?: string;
  /** documents to build; default: figures.json and the audience's documents */
  formats?: string[];
  /** user template folders, searched before the built-ins */
  templates?: string[];
  /** the config file's look (theme), under the audience profile's */
  defaults?: Partial<Look>;
  /** command-line flags (--theme): over the audience profile's */
  look?: Partial<Look>;
  /** the preflight of the documents (src/preflight): strict = warnings fail the build too */
  preflight?: PreflightSetting;
  /** the config file's `period:`, used when `period` is not given (before company.yaml's `default_period`) */
  defaultPeriod?: string;
}

// Load and check a company's data (once per content of its files: in memory and on disk)
export { prepare } from './prepare.js';

/** The latest fiscal year whose total revenue is known (the fallback of the default period). */
export const latestFullYear = (analysis: Analysis): string | undefined => latestYear(analysis.ledger);

/**
 * Resolve a user's period argument (canonical or the company's labels) to a canonical id. Without
 * one: the config file's `period:` (`configured`), then company.yaml's `default_period:`, then the
 * latest full year (model/default-period.ts).
 */
export function resolvePeriod(arg: string | undefined, analysis: Analysis, configured?: string): string {
  if (arg === undefined) {
    const company = analysis.ledger.data.company;
    const r = defaultPeriod(analysis.ledger, [configured ? { value: configured, field: 'period', file: CONFIG_FILE } : undefined, company.defaultPeriod]);
    if (!r.period) throw new QuarterDeckError(locate(analysis.ledger.data.root, r.problems));
    return r.period;
  }
  const p = parsePeriodArg(arg);
  if (!p) throw new QuarterDeckError([spoken({ code: 'E_ARG', field: '--period', message: said('unknownPeriod'), expected: said('periodForms'), found: `"${arg}"` })]);
  const id = periodId(p);
  const rev = analysis.ledger.totals.revenue;
  if (rev && !analysis.ledger.value(rev, id)) {
    const have = [...analysis.ledger.known.values()].filter((k) => k.item === rev).map((k) => k.period).sort();
    throw new QuarterDeckError([spoken({ code: 'E_PERIOD', field: '--period', message: said('notCovered', id), expected: have.join(', '), found: id })]);
  }
  return id;
}

/**
 * What several builds in one process share: one browser (opened on first use, reopened after a
 * crash) and the loaded, checked data of each company.
 */
export interface BuildSession {
  browser?: SharedBrowser;
  /** the loaded, checked data by data folder and company: for folders that never change (a queue worker's snapshots); a live folder is prepare()'s, by content */
  prepared?: Map<string, ReturnType<typeof prepare>>;
}

/** Formats a package can hold; an audience profile names its documents. */
export const FORMATS = ['figures', 'release', 'deck', 'data-pack'] as const;

export async function build(opts: BuildOptions, session: BuildSession = {}): Promise<BuildResult> {
  // configuration, merged in one place: defaults → config file → audience profile → command-line flags
  const templateDirs = [...(opts.templates ?? []), join(projectRoot(), 'templates')];
  const audience = opts.audience ?? 'investors';
  const loaded = loadProfile(audience, templateDirs);
  const look = lookFor(opts.defaults, loaded, opts.look);
  const profile = { ...loaded, ...look };
  const themeAt = opts.look?.theme !== undefined ? { field: '--theme' } : loaded.theme !== undefined ? profileField(loaded, ['theme']) : { field: 'theme' };
  const formats = opts.formats ?? ['figures', ...profile.documents];
  for (const f of formats) {
    if (!(FORMATS as readonly string[]).includes(f)) {
      throw new QuarterDeckError([spoken({ code: 'E_ARG', field: '--formats', message: said('unknownFormat', f), expected: FORMATS.join(', '), hint: near(f, FORMATS) })]);
    }
  }
  const m = messagesFor(profile.language);
  const documents = formats.filter((f) => f === 'release' || f === 'deck');
  // the template stage (template/template-set.ts): every template of the package read and checked
  // now, before the browser starts — the profile's slides, catalogs, layouts, theme, chart specs, {{t}}s,
  // the narrative sections the slides name — and what the renderers read (the data pack: the TSE layouts)
  trace('build: options');
  const templates = documents.length || formats.includes('data-pack')
    ? loadTemplateSet({ dirs: localeDirs(templateDirs, profile.language), profile, documents: formats.includes('data-pack') ? [...documents, 'data-pack'] : documents, themeAt, narrativeSections: narrativeSectionNames(opts.dataDir, opts.company, profile.language) })
    : undefined;
  if (!documents.length) checkThemeName(templateDirs, look.theme, themeAt);
  // documents need the browser: start it now, so that Chromium boots while the data loads
  const browser = documents.length ? session.browser ?? new (await import('./batch/shared-browser.js')).SharedBrowser() : undefined;
  if (browser) { browser.warm(); await new Promise((r) => setTimeout(r, 10)); }
  try {
    const key = `${opts.dataDir}\0${opts.company}`;
    const prepared = session.prepared?.get(key) ?? prepare(opts.dataDir, opts.company);
    session.prepared?.set(key, prepared);
    const { data, analysis } = prepared;
    trace('build: data');
    const period = resolvePeriod(opts.period, analysis, opts.defaultPeriod);
    // with documents (and no data pack, which lists every figure), a computed measure is computed
    // when a document asks for it, and figures.json holds what the documents show (model/shown-figures.ts)
    const asked = documents.length > 0 && !formats.includes('data-pack');
    const all = figuresFor(analysis.ledger, period, m, asked ? { measures: 'asked' } : {}); // kept per analysis, language and period (model/figures-cache.ts)
    trace('build: figures');
    const dir = join(opts.outDir, opts.company, period, audience);
    const unlock = lockPackage(dir, opts.outDir);
    try {
      const inputs = makeInputs(data, all, m, localeDirs(templateDirs, profile.language), audience, profile, templates);
      // a browser that crashes under a document is restarted, and the documents rendered once more
      const { files: docs, omitted } = browser ? await (await import('./batch/shared-browser.js')).withRestart(browser, () => renderDocuments(documents, inputs, browser, dir)) : { files: [], omitted: [] };
      // what the documents left out: listed in the manifest, printed by the CLI; a strict build fails on it
      // (a template's own condition, `needs:`, that the data does not meet is listed but fails nothing)
      const failing = omitted.filter(failsStrict);
      if (failing.length && opts.preflight?.strict) throw omissionsError(failing, dir);
      const figures = asked ? shownFigures(all, inputs.figures.asked) : all;
      const files: OutFile[] = [{ path: join(dir, 'figures.json'), data: `${JSON.stringify(figures, null, 1)}\n` }, ...docs];
      if (formats.includes('data-pack')) files.push({ path: join(dir, 'data-pack.xlsx'), data: await (await import('./export/xlsx.js')).dataPack(figures, inputs) });
      // 7. preflight: read the documents back; errors stop the build before anything is written
      trace('build: documents');
      const findings = browser ? await (await import('./preflight/package.js')).preflightPackage(files, data, figures, inputs, dir, opts.preflight) : [];
      const hash = packageInputsHash(data.root, localeDirs(templateDirs, profile.language), { company: opts.company, period, audience, profile });
      const pkg = packageContents(dir, new Map(files.map((f) => [basename(f.path), f.data])), hash, new Date(), omitted);
      trace('build: preflight');
      writePackage(dir, pkg.files);
      savePassedChecks(); savePack();
      trace('build: written');
      return { outputs: files.map((f) => f.path), period, figures, kept: pkg.kept, removed: pkg.removed, findings, omitted };
    } finally { unlock(); }
  } finally {
    if (browser && !session.browser) await browser.close();
  }
}

/**
 * The template folders of a document in a language other than English. Most templates are one set
 * for every language (their words come from templates/i18n/<lang>.yaml), so a user's file replaces
 * the built-in one in every language. The files not yet in that set have a copy per language
 * (templates/locales/<lang>/: table layouts, chart specs, slides): every folder's language copy
 * comes first (the user's, then the built-in one), so that a user's English file never replaces the
 * built-in translation of it; then the folders themselves, user folders first.
 */
export function localeDirs(templateDirs: string[], language: string): string[] {
  if (language === 'en') return templateDirs;
  const builtin = join(projectRoot(), 'templates');
  const folders = templateDirs.includes(builtin) ? templateDirs : [...templateDirs, builtin];
  const locales = folders.map((d) => join(d, 'locales', language)).filter((d) => existsSync(d));
  return [...locales, ...templateDirs];
}

/** The documents of a package, rendered at once (two pages of the shared browser), in a fixed order, with what each left out. */
async function renderDocuments(formats: string[], inputs: DocumentInputs, browser: SharedBrowser, dir: string): Promise<{ files: OutFile[]; omitted: Omission[] }> {
  const printer = () => { const p = browser.get(); p.catch(() => undefined); return p; };
  // the heavy exporters load only when a package asks for their documents; each renders its
  // templates before it waits for the browser, so that a template fault never waits for Chromium;
  // the release and the deck print at once, on two pages of the one browser
  // what each document printed and left out, counted per package (export/package-omissions.ts)
  const printed: PackageDocuments = {};
  // the release's HTML first: Chromium prints it (the longer print) while this thread makes the deck
  const releaseHtml = formats.includes('release') ? (async () => {
    const { renderReleaseHtml } = await import('./render/release/index.js');
    return renderReleaseHtml(inputs);
  })() : undefined;
  const release = async (): Promise<OutFile[]> => {
    const [{ releasePdf }, html] = await Promise.all([import('./export/release-pdf.js'), releaseHtml!]);
    trace('release: html');
    printed.release = html;
    return [{ path: join(dir, 'release.pdf'), data: await releasePdf(inputs, printer(), html) }];
  };
  const deck = async (): Promise<OutFile[]> => {
    const [{ deckFiles }, { deckModel }] = await Promise.all([import('./export/deck.js'), import('./render/deck/build-model.js')]);
    await releaseHtml?.catch(() => undefined);
    // the slide model (and every template fault) comes before the browser is awaited
    const model = deckModel(inputs);
    const d = await deckFiles(model, printer());
    printed.deck = model;
    return [{ path: join(dir, 'deck.pptx'), data: d.pptx }, { path: join(dir, 'deck.pdf'), data: d.pdf }];
  };
  const parts = await Promise.all([formats.includes('release') ? release() : [], formats.includes('deck') ? deck() : []]);
  printed.sections = audienceSections(inputs, formats);
  return { files: parts.flat(), omitted: packageOmissions(inputs, printed) };
}
