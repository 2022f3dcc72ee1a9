// What the deck's builders share while one deck is built (build-model.ts makes one per deck): the
// templates, the theme, the text renderer, what was left out, and the slide being built — whose
// template file a fault names and whose speaker notes record what it used.
import type { OmissionSaid } from '../../messages/omissions-en.js';
import { leftOutOf } from '../release/current-column.js';
import type { DocumentInputs } from '../../contract/document-inputs.js';
import type { Figure, NotComparable } from '../../contract/figures.js';
import type { Narrative, NarrativeEntry } from '../../contract/raw-data.js';
import { QuarterDeckError } from '../../errors/problem.js';
import { TemplateFault } from '../template-check.js';
import type { DeckModel } from '../../contract/deck.js';
import type { SlidesTemplate } from '../../template/slides-schema.js';
import type { Theme } from '../../template/theme-schema.js';
import type { DeckText, Where } from './text.js';
import type { TextSource } from './notes.js';

/** A slide being built: what it used, for its notes. */
export interface Build {
  figures: Map<string, Figure>; texts: TextSource[]; untranslated?: NarrativeEntry[]; narrated?: boolean;
  /** the narrative entries the slide prints (for what the package leaves out: export/package-omissions.ts) */
  entries?: NarrativeEntry[];
  /** the changes its tables or charts have no comparable figure for (listed in the speaker notes too) */
  comparisons?: NotComparable[];
}

export interface DeckSetting {
  inputs: DocumentInputs; tpl: SlidesTemplate; theme: Theme; text: DeckText;
  /** the deck's period and publication date */
  period: string; date?: string;
  /** what every template sees: company, date, year, units */
  base: Record<string, unknown>;
  narrative?: Narrative;
}

export class DeckEnv {
  readonly omitted: DeckModel['omitted'] = [];
  /** the slide being built (its id: which template file; its build: what it used) */
  slideId?: string;
  current?: Build;
  /** a first quarter's deck names its quarter once ("1Q09: …") */
  readonly quarterLabel?: string;

  constructor(readonly s: DeckSetting) {
    const f = s.text.figures;
    this.quarterLabel = f.period('cur') === f.period('q') ? this.render('{{period "q" "compact"}}', this.at()) : undefined;
  }

  get inputs(): DocumentInputs { return this.s.inputs; }
  get text(): DeckText { return this.s.text; }

  render(t: string, where: Where, ctx: Record<string, unknown> = {}): string {
    return this.s.text.render(t, { ...this.s.base, ...ctx }, where);
  }

  /** Render, or record why not and return undefined: the data lacks a figure (left out and listed); a fault of the template is never left out. */
  attempt(slideId: string, what: string, f: () => string): string | undefined {
    try { return f(); } catch (e) {
      if (e instanceof QuarterDeckError && !(e instanceof TemplateFault)) { this.leftOut(slideId, what, e.problems.map((p) => p.message + (p.hint ? ` (${p.hint})` : '')).join('; ')); return undefined; }
      throw e;
    }
  }

  /** `entry`: the narrative entry left out (an entry with no translation), so the package lists it once;
   *  `conditional`: the template's own condition (`needs:`) is not met — listed, but no strict build fails on it */
  leftOut(slide: string, what: string | OmissionSaid, reason: string | OmissionSaid, more: { entry?: NarrativeEntry; conditional?: boolean } = {}): void {
    this.omitted.push({ slide, ...leftOutOf(what, reason), ...(more.entry ? { entry: more.entry } : {}), ...(more.conditional ? { conditional: true } : {}) });
  }

  /** the template file of a slide: an override folder's deck/slides/<id>.yaml, or slides.yaml */
  fileOf(id?: string): string { return (id && this.s.tpl.files.get(id)) || this.s.tpl.file; }
  at(line?: number, field?: string): Where { return { file: this.fileOf(this.slideId), line, field }; }

  /** every figure `key@role` exists (a key no item has is the template's fault) */
  needsMet(keys: string[]): boolean {
    return keys.every((k) => {
      const [key, role] = k.split('@');
      try { return this.s.text.figures.find(key, role) !== undefined; } catch (e) { if (e instanceof TemplateFault) throw e; return false; }
    });
  }
}
