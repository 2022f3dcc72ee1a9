// One preview render: the package's release and deck as HTML, by the same stages as `build`
// (src/build.ts) up to the renderers, and no further (no Chromium, no PDF, no PPTX). Every printed
// figure carries data-figure (render/figure-mark.ts). The loaded data is kept warm between renders
// and made again only as far as a save requires (live-data.ts); the figures of a period once per
// analysis and language.
import { join } from 'node:path';
import { projectRoot, localeDirs, resolvePeriod } from '../build.js';
import { liveData, type LiveData } from './live-data.js';
import type { Analysis } from '../contract/analysis.js';
import { loadProfile, profileField, type Profile } from '../audience/profile.js';
import { lookFor, type Look } from '../config/config.js';
import { checkThemeName } from '../template/theme.js';
import { messagesFor } from '../messages/index.js';
import { buildFigures } from '../model/figures.js';
import { figuresAgain } from './figures-again.js';
import { makeInputs } from '../render/inputs.js';
import type { DocumentInputs } from '../contract/document-inputs.js';
import { markFigures, marksToHtml } from '../render/figure-mark.js';
import type { CompanyData } from '../contract/raw-data.js';
import type { FiguresFile } from '../contract/figures.js';
import type { ReleaseHtml } from '../render/release/index.js';
import type { DeckModel } from '../contract/deck.js';
import { packageOmissions } from '../export/package-omissions.js';
import type { Omission } from '../contract/documents.js';
import { identityCache } from '../cache/registry.js';

export interface PreviewConfig {
  dataDir: string;
  outDir: string;
  company: string;
  /** user template folders (before the built-ins) */
  templates: string[];
  /** the config file's look, under the audience profile's */
  defaults?: Partial<Look>;
}

/** What the page shows: chosen in its switcher. Empty fields: the audience's (or the data's latest year). */
export interface Selection { period?: string; audience: string; lang?: string; theme?: string }

export interface DocumentHtml { html: string }

export interface Rendered {
  period: string;
  lang: string;
  theme: string;
  profile: Profile;
  data: CompanyData;
  inputs: DocumentInputs;
  /** absent when the audience has no such document */
  release?: DocumentHtml & { margin: { top: string; bottom: string; left: string; right: string }; left?: Pick<ReleaseHtml, 'unused' | 'untranslated' | 'leftOut'> };
  deck?: DocumentHtml & { width: number; height: number; left?: Pick<DeckModel, 'omitted' | 'narrated'> };
}

/** What the documents shown leave out, as `build` lists it (export/package-omissions.ts). */
export const omittedOf = (r: Rendered): Omission[] =>
  packageOmissions(r.inputs, { release: r.release?.left, deck: r.deck?.left });

export const builtinTemplates = () => join(projectRoot(), 'templates');
export const templateDirsOf = (c: PreviewConfig) => [...c.templates, builtinTemplates()];

/** The audience profile with the look merged as `build` merges it (the switcher's theme is build's --theme). */
export function buildProfile(c: PreviewConfig, sel: Selection): Profile {
  const loaded = loadProfile(sel.audience, templateDirsOf(c));
  return { ...loaded, ...lookFor(c.defaults, loaded, { theme: sel.theme || undefined }) };
}

/** The profile as `build` merges it, and the switcher's language over it. */
export function profileFor(c: PreviewConfig, sel: Selection): Profile {
  const dirs = templateDirsOf(c);
  const loaded = loadProfile(sel.audience, dirs);
  const look = lookFor(c.defaults, loaded, { theme: sel.theme || undefined });
  checkThemeName(dirs, look.theme, sel.theme ? { field: 'theme' } : loaded.theme !== undefined ? profileField(loaded, ['theme']) : { field: 'theme' });
  const language = sel.lang === 'en' || sel.lang === 'ja' ? sel.lang : loaded.language;
  return { ...loaded, ...look, language };
}

const figuresKept = identityCache<Analysis, Map<string, FiguresFile>>({ name: "the preview's marked figures", keyedBy: 'the analysis (identity), then the period and language' });

/** The period's figures (documents' measures computed when asked), marked for data-figure; once per analysis. */
export function figuresFor(analysis: Analysis, period: string, lang: string): FiguresFile {
  let byKey = figuresKept.get(analysis);
  if (!byKey) { byKey = new Map(); figuresKept.set(analysis, byKey); }
  const key = `${period}\0${lang}`;
  let file = byKey.get(key);
  if (!file) {
    // after a facts save: the items it did not change keep their figures (figures-again.ts)
    const m = messagesFor(lang);
    file = figuresAgain(analysis, period, m, { measures: 'asked' }, (from) => figuresKept.get(from)?.get(key)) ?? buildFigures(analysis.ledger, period, m, { measures: 'asked' });
    markFigures(file);
    byKey.set(key, file);
  }
  return file;
}

/** The inputs every document of the selection is rendered from (throws QuarterDeckError for bad data). */
export function inputsFor(c: PreviewConfig, sel: Selection, file?: FiguresFile, live: LiveData = liveData(c.dataDir, c.company)): { inputs: DocumentInputs; data: CompanyData; profile: Profile; period: string } {
  const profile = profileFor(c, sel);
  const { data, analysis } = live.prepared();
  const period = resolvePeriod(sel.period || undefined, analysis);
  const figures = file ?? figuresFor(analysis, period, profile.language);
  const m = messagesFor(profile.language);
  const inputs = makeInputs(data, figures, m, localeDirs(templateDirsOf(c), profile.language), sel.audience, profile);
  return { inputs, data, profile, period };
}

export async function releaseHtml(inputs: DocumentInputs): Promise<Rendered['release']> {
  const { renderReleaseHtml } = await import('../render/release/index.js');
  const r = await renderReleaseHtml(inputs);
  return { html: marksToHtml(r.html), margin: r.print.margin, left: { unused: r.unused, untranslated: r.untranslated, leftOut: r.leftOut } };
}

export async function deckHtmlOf(inputs: DocumentInputs): Promise<Rendered['deck']> {
  const [{ deckModel }, { deckHtml }] = await Promise.all([import('../render/deck/build-model.js'), import('../export/deck-pdf.js')]);
  const model = deckModel(inputs);
  return { html: marksToHtml(await deckHtml(model)), width: model.theme.slide.width, height: model.theme.slide.height, left: { omitted: model.omitted, narrated: model.narrated } };
}

export type DocumentName = 'release' | 'deck';
export const DOCUMENTS: DocumentName[] = ['release', 'deck'];

/** One document of the selection (or both); a fault is thrown (the caller keeps the last good render). `live`: the data (a new LiveData renders as if the preview had just started). */
export async function renderSelection(c: PreviewConfig, sel: Selection, only?: DocumentName, live?: LiveData): Promise<Rendered> {
  const { inputs, data, profile, period } = inputsFor(c, sel, undefined, live);
  const want = (d: DocumentName) => profile.documents.includes(d) && (!only || only === d);
  // one after the other: rendering is CPU-bound, and the page asks for the document it shows first
  const release = want('release') ? await releaseHtml(inputs) : undefined;
  const deck = want('deck') ? await deckHtmlOf(inputs) : undefined;
  return { period, lang: profile.language, theme: profile.theme ?? 'default', profile, data, inputs, release, deck };
}
