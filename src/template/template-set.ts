// The template stage: the templates of one package read, looked up (user folders first, the
// language's copies before them, safety of every path: config/template-paths.ts), parsed and
// checked in one place, before any browser starts — the audience profile, the message catalogs,
// the release's partials and layouts, the deck's slides, theme and chart specs, every {{t}} of
// the slides against the catalogs, and the narrative sections the slides name against the
// company's. Every fault found is reported at once (file, line, "did you mean"), as one
// TemplateFault; what passes is one typed TemplateSet, and the renderers read that and nothing else
// (DocumentInputs.templates): no renderer reads a template file of its own.
import type { Problem } from '../errors/problem.js';
import { QuarterDeckError, said, spoken } from '../errors/problem.js';
import { TemplateFault } from '../errors/template-fault.js';
import { profileField, type Profile } from '../audience/profile.js';
import type { NameSource } from '../config/template-paths.js';
import { templateLine } from './template-line.js';
import { loadCatalogs } from './catalogs.js';
import type { Catalog } from './catalog.js';
import { loadSlides } from './slides.js';
import { type SlidesTemplate } from './slides-schema.js';
import { selectSections, type Section } from '../render/deck/select.js';
import { checkThemeName, loadTheme, type LoadedTheme } from './theme.js';
import type { Theme } from './theme-schema.js';
import { builtinTemplates } from './builtin.js';
import { loadReleaseTemplates } from './release.js';
import { type ReleaseTemplates } from './release-layouts.js';
import { loadSpec, type ChartSpecFile } from './chart-spec.js';
import { narrativeSectionProblems } from './narrative-sections.js';
import { slideMessageProblems } from './slide-messages.js';
import { cachedTemplateSet } from './set-cache.js';
import { codeVersion } from '../load/code-version.js';

export interface TemplateSet {
  /** the template folders in lookup order: the language's copies, user folders, the built-ins (last) */
  dirs: string[];
  language: string;
  profile?: Profile;
  /** the documents it was read for: release, deck, data-pack (whose exchange's summary sheet reads the release's TSE layouts) */
  documents: string[];
  /** every language's catalog (English first), and the document language's */
  catalogs: Catalog[];
  catalog: Catalog;
  release?: ReleaseTemplates;
  deck?: { slides: SlidesTemplate; sections: Section[]; theme: LoadedTheme };
  /** the theme whose colours a chart with a generated body is drawn in, in the release as in the deck */
  chartTheme?: Theme;
  /** every chart spec the documents name (release.yaml's `charts:`, the slides' chart blocks), in the document's language */
  charts: Map<string, ChartSpecFile>;
}

export interface TemplateSetRequest {
  dirs: string[];
  /** the audience profile (its language, theme, slides); without one: every slide, the default theme */
  profile?: Profile;
  /** the document language (default: the profile's) */
  language?: string;
  /** the documents of the package: release, deck, data-pack (the release's TSE layouts) */
  documents: string[];
  /** the sections the company's narrative files have, when known (a template naming another is a misspelling) */
  narrativeSections?: Iterable<string>;
  /** where the theme's name was given (--theme, the profile's line, the config file) */
  themeAt?: NameSource;
}

/** Run one part of the stage; its faults are kept (all parts run), anything else is thrown. */
function part<T>(problems: Problem[], f: () => T): T | undefined {
  try { return f(); } catch (e) {
    if (e instanceof QuarterDeckError) { problems.push(...e.problems); return undefined; }
    throw e;
  }
}

/** The chart specs the deck's slides name, read and checked. */
function deckCharts(problems: Problem[], dirs: string[], slides: SlidesTemplate, catalog: Catalog | undefined, out: Map<string, ChartSpecFile>): void {
  for (const slide of [...slides.sections, ...(slides.appendix ? [slides.appendix] : [])].flatMap((s) => s.slides)) {
    for (const b of slide.blocks) {
      if (!('chart' in b) || out.has(b.chart.spec)) continue;
      const file = slides.files.get(slide.id) ?? slides.file;
      const at = { file, line: templateLine(file, slides.lines.get(slide.id), `spec: ${b.chart.spec}`), field: `${slide.id}: chart.spec` };
      const r = part(problems, () => loadSpec(dirs, b.chart.spec, at, catalog));
      if (r) out.set(b.chart.spec, r);
    }
  }
}

/** The chart specs of release.yaml's `charts:`, read and checked. */
function releaseCharts(problems: Problem[], dirs: string[], t: ReleaseTemplates, catalog: Catalog | undefined, out: Map<string, ChartSpecFile>): void {
  for (const [name, use] of Object.entries(t.config.charts)) {
    if (out.has(use.spec)) continue;
    const r = part(problems, () => loadSpec(dirs, use.spec, { file: t.files.config, field: `charts.${name}.spec` }, catalog));
    if (r) out.set(use.spec, r);
  }
}

function deckPart(problems: Problem[], r: TemplateSetRequest, dirs: string[], catalogs: Catalog[], catalog: Catalog | undefined, charts: Map<string, ChartSpecFile>): TemplateSet['deck'] {
  const slides = part(problems, () => loadSlides(dirs));
  const theme = part(problems, () => {
    checkThemeName(dirs, r.profile?.theme ?? 'default', r.themeAt ?? (r.profile ? profileField(r.profile, ['theme']) : { field: 'theme' }));
    return loadTheme(dirs, r.profile?.theme);
  });
  if (!slides) return undefined;
  const sections = part(problems, () => selectSections(slides, r.profile));
  deckCharts(problems, dirs, slides, catalog, charts);
  if (catalogs.length) problems.push(...slideMessageProblems(slides, catalogs));
  if (r.narrativeSections) problems.push(...narrativeSectionProblems(slides, r.narrativeSections));
  return sections && theme ? { slides, sections, theme } : undefined;
}

/**
 * The checked templates of one package; a TemplateFault with every problem found otherwise. A set
 * read before from the same files for the same request comes from the cache (template/set-cache.ts).
 */
export function loadTemplateSet(r: TemplateSetRequest): TemplateSet {
  // the built-in templates are always the last folder (a user's set falls back to them)
  const dirs = [...r.dirs, builtinTemplates].filter((d, i, a) => a.indexOf(d) === i);
  return cachedTemplateSet(r, dirs, codeVersion(), () => readTemplateSet(r, dirs));
}

/** The stage itself, without the cache: every file read and checked (`dirs`: the request's folders and the built-ins, in lookup order). */
export function readTemplateSet(r: TemplateSetRequest, dirs: string[]): TemplateSet {
  const problems: Problem[] = [];
  const language = r.language ?? r.profile?.language ?? 'en';
  const catalogs = part(problems, () => loadCatalogs(dirs)) ?? [];
  const catalog = catalogs.find((c) => c.lang === language) ?? catalogs[0];
  const charts = new Map<string, ChartSpecFile>();
  const release = r.documents.includes('release') || r.documents.includes('data-pack') ? part(problems, () => loadReleaseTemplates(dirs)) : undefined;
  if (release) releaseCharts(problems, dirs, release, catalog, charts);
  const deck = r.documents.includes('deck') ? deckPart(problems, r, dirs, catalogs, catalog, charts) : undefined;
  if (problems.length || !catalog) throw new TemplateFault(problems.length ? problems : [spoken({ code: 'E_TEMPLATE' as const, file: dirs.at(-1), message: said('noCatalog') })]);
  const chartTheme = deck?.theme.theme ?? (release ? part(problems, () => loadTheme(dirs, r.profile?.theme))?.theme : undefined);
  if (problems.length) throw new TemplateFault(problems);
  return { dirs, language, profile: r.profile, documents: r.documents, catalogs, catalog, release, deck, charts, chartTheme };
}

/** A part of the set a renderer needs; a set loaded without it is a fault of the caller, said plainly. */
export function needPart<K extends 'release' | 'deck'>(set: TemplateSet, part: K): NonNullable<TemplateSet[K]> {
  const got = set[part];
  if (!got) throw new TemplateFault([spoken({ code: 'E_TEMPLATE', file: set.dirs.at(-1), message: said('readWithout', part) })]);
  return got as NonNullable<TemplateSet[K]>;
}

/** A chart spec of the set by name; one the set lacks is a TemplateFault at `at`. */
export function chartSpecOf(set: TemplateSet, name: string, at: NameSource = {}): ChartSpecFile {
  const got = set.charts.get(name);
  if (!got) throw new TemplateFault([spoken({ code: 'E_NOT_FOUND' as const, ...at, message: said('noChartSpecInPackage', name), expected: [...set.charts.keys()].join(', ') })]);
  return got;
}
