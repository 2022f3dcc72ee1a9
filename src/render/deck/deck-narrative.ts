// The deck's narrative: entries of a section chosen by item, label, kind and scope, in the deck's
// language only (an entry with no translation is recorded on the slide being built), and their text
// rendered with the deck's helpers. Registers {{note "reasons" "…"}}: an entry inside a sentence.
import type { Narrative, NarrativeEntry } from '../../contract/raw-data.js';
import type { Build, DeckEnv } from './deck-env.js';

type Entry = NarrativeEntry;
export type Selection = { item?: string | string[]; label?: string | string[]; kind?: string | string[]; scope?: 'period' | 'year' | 'any' };

const matches = (v: string | undefined, want: string | string[] | undefined) => {
  if (want === undefined) return true;
  const list = Array.isArray(want) ? want : [want];
  return list.includes(v ?? 'none');
};

export function select(list: Entry[], sel: Selection): Entry[] {
  return list.filter((e) => {
    // item and label: either matches; "none" and "none": entries that explain no item and carry no label
    if (sel.item === 'none' && sel.label === 'none') { if (e.item || e.label) return false; }
    else if (sel.item !== undefined && sel.label !== undefined) { if (!matches(e.item, sel.item) && !matches(e.label, sel.label)) return false; }
    else if (!matches(e.item, sel.item) || !matches(e.label, sel.label)) return false;
    if (!matches(e.kind, sel.kind)) return false;
    if (sel.scope === 'period' && !e.period) return false;
    if (sel.scope === 'year' && e.period) return false;
    return true;
  });
}

export class DeckNarrative {
  private readonly file: string;

  constructor(private env: DeckEnv, private narrative: Narrative | undefined, private source: Narrative | undefined, private notTranslated: Set<Entry>) {
    this.file = narrative?.source?.file ?? narrative?.dataFile ?? '';
    // scope="period": the entry of the document's quarter (one with a period), else the year's
    env.text.helper('note', (section: string, key: string, o?: { hash?: Record<string, unknown> }) => {
      const e = this.entries(section, { item: key, label: key, scope: o?.hash?.scope === 'period' ? 'period' : 'year' })[0];
      if (!e) return '';
      const t = this.render(e, 'note', section);
      if (t !== undefined && env.current) this.used(env.current, e, section);
      return t ?? '';
    });
  }

  /** entries of a section the deck shows; those it has no translation of are recorded on the slide being built */
  entries(section: string, sel: Selection): Entry[] {
    const current = this.env.current;
    if (this.notTranslated.size && current) {
      const list = select(this.source?.sections[section] ?? [], sel).filter((e) => this.notTranslated.has(e));
      (current.untranslated ??= []).push(...list.filter((e) => !current.untranslated!.includes(e)));
    }
    return select(this.narrative?.sections[section] ?? [], sel);
  }

  /** An entry's text on a slide (recorded for its notes), or undefined when the data lacks a figure it names. */
  text(b: Build, slideId: string, e: Entry, section: string): string | undefined {
    const t = this.render(e, slideId, section);
    if (t !== undefined) this.used(b, e, section);
    return t;
  }

  private render(e: Entry, slideId: string, section: string): string | undefined {
    return this.env.attempt(slideId, `narrative ${section}:${e.line ?? ''}`, () => this.env.text.render(e.text, this.env.s.base, { file: this.narrative?.dataFile ?? '', line: e.dataLine ?? e.line }));
  }

  private used(b: Build, e: Entry, section: string): void {
    b.texts.push({ file: this.file, line: e.line, what: section });
    b.narrated = true;
    if (!(b.entries ??= []).includes(e)) b.entries.push(e);
  }
}
