// Document inputs: what a document renderer receives (render/inputs.ts makeInputs) — figures (the
// only numbers), labels, narrative, lists, company details and the template stage's TemplateSet.
// No facts, no ledger: a renderer lays figures out and never computes them.
import type { Company, Narrative, NarrativeEntry, TaxonomyItem } from './raw-data.js';
import type { FigureSet } from '../render/figure-set.js';
import type { Messages } from '../messages/en.js';
import type { FiscalYear } from '../periods/period.js';
import type { Profile } from '../audience/profile.js';
import type { TemplateSet } from '../template/template-set.js';

export interface DocumentInputs {
  company: Company;
  figures: FigureSet;
  /** item id → label in the document's language */
  labels: Map<string, string>;
  /** item id → statement, class, unit (no values) */
  items: Map<string, Pick<TaxonomyItem, 'id' | 'statement' | 'class' | 'unit' | 'time' | 'en' | 'ja' | 'sum'>>;
  narrative: Narrative[];
  lists: Record<string, unknown>;
  m: Messages;
  fiscal: FiscalYear;
  /** template folders, searched in order (user overrides first, built-ins last) */
  templateDirs: string[];
  /** the package's templates, read and checked by the template stage (template/template-set.ts), and
   *  checked against the company's items and narrative (template/check-templates.ts): what the renderers read */
  templates: TemplateSet;
  audience: string;
  /** the audience profile: documents, slides, units, language, theme, marking */
  profile?: Profile;
  /** publication date of the document (ISO), when the data knows it */
  date?: string;
}

/** A narrative entry of another language that the document's language has no translation of. */
export interface Untranslated { section: string; entry: NarrativeEntry; from: string }
