// The inputs of a package's documents (the contract: contract/document-inputs.ts), made from the
// data, the figures and the template set.
import type { CompanyData, Narrative, NarrativeEntry } from '../contract/raw-data.js';
import type { FiguresFile } from '../contract/figures.js';
import type { DocumentInputs, Untranslated } from '../contract/document-inputs.js';
import { FigureSet } from './figure-set.js';
import type { Messages } from '../messages/en.js';
import type { Profile } from '../audience/profile.js';
import { fiscalYearOf, parsePeriod } from '../periods/period.js';
import { labelInForce } from './labels-in-force.js';
import { documentDate } from '../model/document-date.js';
import { loadTemplateSet, type TemplateSet } from '../template/template-set.js';
import { checkTemplates } from '../template/check-templates.js';
import { identityCache } from '../cache/registry.js';

/** The items as documents see them: one map per taxonomy (what checks of templates remember passing for). */
const itemViews = identityCache<CompanyData['items'], DocumentInputs['items']>({ name: 'items as documents see them', keyedBy: 'the taxonomy (identity)' });
function itemsOf(data: CompanyData): DocumentInputs['items'] {
  let items = itemViews.get(data.items);
  if (!items) {
    items = new Map();
    for (const it of data.items.values()) items.set(it.id, { id: it.id, statement: it.statement, class: it.class, unit: it.unit, time: it.time, en: it.en, ja: it.ja, sum: it.sum });
    itemViews.set(data.items, items);
  }
  return items;
}

/**
 * The inputs of a package's documents. `templates` is the template stage's set (build() reads it
 * before the browser starts), checked here against the company's data, before anything renders;
 * without one, it is read from `templateDirs` and checked when a renderer first asks.
 */
export function makeInputs(data: CompanyData, file: FiguresFile, m: Messages, templateDirs: string[], audience: string, profile?: Profile, templates?: TemplateSet): DocumentInputs {
  const labels = new Map<string, string>();
  const items = itemsOf(data);
  // the wording in force for the document's fiscal year (labels-in-force.ts)
  const p = parsePeriod(file.period);
  const fy = p ? fiscalYearOf(p, data.company.fiscalYear) : Number.NaN;
  for (const it of data.items.values()) labels.set(it.id, labelInForce(it, fy, m.lang));
  const narrative = data.narrative.filter((n) => n.lang === m.lang || n.lang === 'en');
  const figures = new FigureSet(file, data.company.fiscalYear);
  const checked = (t: TemplateSet) => checkTemplates(t, { items, figures, sections: narrativeSections(narrative) });
  let set = templates && checked(templates);
  // a period with no narrative file is dated by the first document that reports it (its facts' source),
  // never left undated: targets announced with it are in force in it (model/document-date.ts)
  const date = p && !data.narrative.some((n) => n.period === file.period) ? documentDate(data, p, p.kind === 'instant' ? data.company.extra.totals?.assets : data.company.extra.totals?.revenue) : undefined;
  return {
    company: data.company, figures, labels, items, ...(date ? { date } : {}),
    narrative, lists: data.lists, m, fiscal: data.company.fiscalYear, templateDirs, audience, profile,
    get templates() {
      return (set ??= checked(loadTemplateSet({ dirs: templateDirs, profile, language: m.lang, documents: ['release', 'deck'] })));
    },
  };
}

/** The sections the narrative files of a document's language (and English) have. */
export const narrativeSections = (narrative: Narrative[]): string[] => [...new Set(narrative.flatMap((n) => Object.keys(n.sections)))];

const sameEntry = (a: NarrativeEntry, b: NarrativeEntry) =>
  a.line === b.line && a.item === b.item && a.label === b.label && a.period === b.period && a.kind === b.kind;

/**
 * The narrative of a period in the document's language, and never another language's: an entry with
 * no translation is left out of the document and listed (`untranslated`) for the build's omitted list.
 * `source` is the narrative the text was written in (its document and date).
 */
export function narrativeFor(inputs: Pick<DocumentInputs, 'narrative' | 'm'>, period: string): { narrative?: Narrative; source?: Narrative; untranslated: Untranslated[] } {
  const lang = inputs.m.lang;
  const narrative = inputs.narrative.find((n) => n.period === period && n.lang === lang);
  const from = narrative?.translation?.from ?? 'en';
  const source = from === lang ? narrative : inputs.narrative.find((n) => n.period === period && n.lang === from);
  const untranslated: Untranslated[] = [];
  if (source && source !== narrative) {
    for (const [section, list] of Object.entries(source.sections)) {
      const have = narrative?.sections[section] ?? [];
      for (const entry of list) if (!have.some((e) => sameEntry(e, entry))) untranslated.push({ section, entry, from });
    }
  }
  return { narrative, source: source ?? narrative, untranslated };
}
