// Company texts (company.yaml: disclaimers, notes, the about paragraph) in a release: a text by path,
// the entry for the fiscal year when the text changed over the years, its {{placeholders}} filled in.
// company.yaml is English: another language prints the translation from its narrative's
// "company-texts" section (label: the text's path), else leaves the text out (and lists it).
import type { Untranslated } from '../../contract/document-inputs.js';
import type { NarrativeText } from './narrative.js';
import { esc, own } from './env.js';

const year = (s: string | undefined) => (s ? Number(/\d{4}/.exec(s)?.[0]) : undefined);
const inForce = (fy: number) => (e: { since?: string; until?: string }) => (year(e.since) ?? -Infinity) <= fy && fy <= (year(e.until) ?? Infinity);

/** A company.yaml text by path; a list of { since, until, text } picks the entry for the fiscal year. */
export function pick(extra: Record<string, any>, path: string, fy: number): string | undefined {
  let v: any = extra;
  for (const k of path.split('.')) v = own(v, k);
  if (Array.isArray(v)) v = v.find(inForce(fy));
  if (v && typeof v === 'object') v = v.text;
  return typeof v === 'string' ? v : undefined;
}

/** The path of the text `pick` finds: "disclaimers.pretax_income_definition.1" for the second entry of a list. */
export function pickPath(extra: Record<string, any>, path: string, fy: number): string {
  let v: any = extra;
  for (const k of path.split('.')) v = own(v, k);
  if (!Array.isArray(v)) return path;
  const i = v.findIndex(inForce(fy));
  return i >= 0 ? `${path}.${i}` : path;
}

export interface CompanyTextSetting {
  extra: Record<string, any>; fy: number; lang: string; period: string;
  /** the values of the texts' placeholders ({{usdRate}} …); empty when unknown */
  vars: Record<string, string>;
  text: NarrativeText; untranslated: Untranslated[];
  /** the translations of company texts in the language's earlier narratives, latest first: a period with no
   *  narrative of its own (a quarter entered from the workbook) prints the company's wording of before */
  earlier?: { label?: string; text: string }[];
  run: (src: string, context: unknown) => string;
}

export class CompanyTexts {
  constructor(private s: CompanyTextSetting) {}

  /** A text with its {{placeholders}} filled in; a sentence whose placeholder has no value (no
   *  convenience rate for this period end) is left out rather than printed broken. */
  fill(src: string): string {
    const v = this.s.vars;
    const empty = Object.keys(v).filter((k) => !v[k]);
    const kept = empty.length ? src.split(/(?<=\.)\s+/).filter((sentence) => !empty.some((k) => sentence.includes(`{{${k}}}`))).join(' ') : src;
    return this.s.run(kept, v);
  }

  /** The translation of the text at `path` in the document's language ('' when there is none); undefined in English. */
  translated(path: string): string | undefined {
    const { lang, text, period, untranslated } = this.s;
    if (lang === 'en') return undefined;
    const e = text.find('company-texts', { docPeriod: period }).find((x) => x.label === path);
    if (e) { text.use(e); return this.fill(e.text.trim()); }
    const before = this.s.earlier?.find((x) => x.label === path);
    if (before) return this.fill(before.text.trim());
    if (!untranslated.some((u) => u.section === 'company-texts' && u.entry.label === path)) untranslated.push({ section: 'company-texts', entry: { label: path, text: '' }, from: 'en' });
    return '';
  }

  /** The text at `path`, as the document prints it ('' when the company has none). */
  get(path: string): string {
    const v = pick(this.s.extra, path, this.s.fy);
    return v ? this.translated(pickPath(this.s.extra, path, this.s.fy)) ?? this.fill(v) : '';
  }

  /** The text at `path` as a footnote's HTML. */
  note(path: string): string {
    const v = pick(this.s.extra, path, this.s.fy);
    if (!v) return '';
    const t = this.translated(pickPath(this.s.extra, path, this.s.fy));
    return esc(t ?? this.fill(v));
  }
}
