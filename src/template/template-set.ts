// The template stage: the templates of one package read, looked up (user folders first, the
// language's copies before them, safety of every path: config/template-paths.ts), parsed and
// checked in one place, before any browser starts — the audience profile, the message catalogs,
// the release's partials and layouts, the deck's slides, theme and chart specs, and every {{t}} of
// the slides against the catalogs. Every fault found is reported at once (file, line, "did you
// mean"), as one TemplateFault; what passes is one typed TemplateSet the renderers read from.
import type { Problem } from '../errors/problem.js';
import { QuarterDeckError } from '../errors/problem.js';
import { TemplateFault } from '../errors/template-fault.js';
import { profileField, type Profile } from '../audience/profile.js';
import type { NameSource } from '../config/template-paths.js';
import { templateLine } from '../render/deck/template-line.js';
import { loadCatalogs } from './catalogs.js';
import type { Catalog } from './catalog.js';
import { loadSlides, type SlidesTemplate } from '../render/deck/template.js';
import { selectSections, type Section } from '../render/deck/select.js';
import { checkThemeName, loadTheme, type LoadedTheme } from '../render/deck/theme.js';
import { loadSpec } from '../render/deck/charts.js';
import { loadReleaseTemplates, type ReleaseTemplates } from '../render/release/templates.js';
import { narrativeSectionProblems } from './narrative-sections.js';
import { slideMessageProblems } from './slide-messages.js';

export interface TemplateSet {
  /** the template folders in lookup order: the language's copies, user folders, the built-ins */
  dirs: string[];
  language: string;
  profile: Profile;
  /** every language's catalog (English first), and the document language's */
  catalogs: Catalog[];
  catalog: Catalog;
  release?: ReleaseTemplates;
  deck?: { slides: SlidesTemplate; sections: Section[]; theme: LoadedTheme; charts: Map<string, string> };
}

export interface TemplateSetRequest {
  dirs: string[];
  profile: Profile;
  /** the documents of the package: release, deck */
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

/** The chart specs the deck's slides name, read and checked: spec name → file. */
function deckCharts(problems: Problem[], dirs: string[], slides: SlidesTemplate, lang: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const slide of [...slides.sections, ...(slides.appendix ? [slides.appendix] : [])].flatMap((s) => s.slides)) {
    for (const b of slide.blocks) {
      if (!('chart' in b) || out.has(b.chart.spec)) continue;
      const file = slides.files.get(slide.id) ?? slides.file;
      const at = { file, line: templateLine(file, slides.lines.get(slide.id), `spec: ${b.chart.spec}`), field: `${slide.id}: chart.spec` };
      const r = part(problems, () => loadSpec(dirs, b.chart.spec, at, lang));
      if (r) out.set(b.chart.spec, r.file);
    }
  }
  return out;
}

function deckPart(problems: Problem[], r: TemplateSetRequest, catalogs: Catalog[]): TemplateSet['deck'] {
  const slides = part(problems, () => loadSlides(r.dirs));
  const theme = part(problems, () => { checkThemeName(r.dirs, r.profile.theme ?? 'default', r.themeAt ?? profileField(r.profile, ['theme'])); return loadTheme(r.dirs, r.profile.theme); });
  if (!slides) return undefined;
  const sections = part(problems, () => selectSections(slides, r.profile));
  const charts = deckCharts(problems, r.dirs, slides, r.profile.language);
  if (catalogs.length) problems.push(...slideMessageProblems(slides, catalogs));
  if (r.narrativeSections) problems.push(...narrativeSectionProblems(slides, r.narrativeSections));
  return sections && theme ? { slides, sections, theme, charts } : undefined;
}

/** The checked templates of one package; a TemplateFault with every problem found otherwise. */
export function loadTemplateSet(r: TemplateSetRequest): TemplateSet {
  const problems: Problem[] = [];
  const catalogs = part(problems, () => loadCatalogs(r.dirs)) ?? [];
  const catalog = catalogs.find((c) => c.lang === r.profile.language) ?? catalogs[0];
  const release = r.documents.includes('release') ? part(problems, () => loadReleaseTemplates(r.dirs)) : undefined;
  const deck = r.documents.includes('deck') ? deckPart(problems, r, catalogs) : undefined;
  if (problems.length || !catalog) throw new TemplateFault(problems.length ? problems : [{ code: 'E_TEMPLATE', file: r.dirs.at(-1), message: 'no message catalog (i18n/<lang>.yaml) in the template folders' }]);
  return { dirs: r.dirs, language: r.profile.language, profile: r.profile, catalogs, catalog, release, deck };
}
