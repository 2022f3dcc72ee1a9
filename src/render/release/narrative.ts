// Narrative of the release: prose from data/<company>/narrative/<period>.<lang>.yaml that no
// calculation can produce (quotes, reasons). Its text may hold Handlebars placeholders
// ({{money "is.revenue.total"}}); it is compiled with the document's helpers, so every figure in
// it comes from figures.json and the default period is the document's.
import type { Narrative, NarrativeEntry } from '../../contract/raw-data.js';
import { QuarterDeckError } from '../../errors/problem.js';
import { escapeText as esc } from '../../format/escape.js';


/** Escape the prose, keep the placeholders, and turn *word* into emphasis. */
export function prepare(text: string): string {
  return text.split(/(\{\{[\s\S]*?\}\})/).map((part, i) => (i % 2 ? part : esc(part).replace(/\*([^*\n]+)\*/g, '<em>$1</em>'))).join('');
}

export interface Entry extends NarrativeEntry { section: string; index: number }

export class NarrativeText {
  readonly entries: Entry[];
  private used = new Set<Entry>();
  private cache = new Map<Entry, string>();

  constructor(private render: (src: string) => string, narrative: Narrative | undefined, private where: string) {
    this.entries = narrative ? Object.entries(narrative.sections).flatMap(([section, list]) => list.map((e, index) => ({ ...e, section, index }))) : [];
  }

  /** Entries of a section, optionally only those about an item (by id or by the document's caption) and period. */
  find(section: string, opts: { key?: string; labels?: string[]; period?: string; docPeriod?: string } = {}): Entry[] {
    const norm = (l: string) => l.toLowerCase().replace(/s$/, '');
    const labels = (opts.labels ?? []).map(norm);
    return this.entries.filter((e) => e.section === section
      && (opts.key === undefined || e.item === opts.key || (e.label !== undefined && labels.includes(norm(e.label))))
      && (opts.period === undefined ? (e.period === undefined || e.period === opts.docPeriod) : e.period === opts.period));
  }

  /** The entry's text as HTML, its placeholders filled in. */
  html(e: Entry): string {
    this.used.add(e);
    let out = this.cache.get(e);
    if (out === undefined) {
      try {
        out = this.render(prepare(e.text.trim()));
      } catch (err) {
        // a placeholder that names no figure: say which narrative entry it is in
        // the line is the entry's in the narrative file (the seed line, where it has one, goes in the hint)
        const where = { file: this.where, line: e.dataLine, field: `sections.${e.section}.${e.index}`, hint: e.line ? `seed line ${e.line}` : undefined };
        if (err instanceof QuarterDeckError) throw new QuarterDeckError(err.problems.map((p) => ({ ...p, ...where, line: e.dataLine !== undefined && p.line ? e.dataLine + p.line - 1 : where.line, hint: [p.hint, where.hint].filter(Boolean).join('; ') || undefined })));
        throw new QuarterDeckError([{ code: 'E_TEMPLATE', ...where, message: err instanceof Error ? err.message : String(err) }]);
      }
      this.cache.set(e, out);
    }
    return out;
  }

  /** Count an entry as printed (a text the caller fills in itself). */
  use(e: Entry): void { this.used.add(e); }

  /** Entries the document did not print (for a warning: a section or key the templates do not know). */
  unused(): Entry[] {
    return this.entries.filter((e) => !this.used.has(e));
  }
}
