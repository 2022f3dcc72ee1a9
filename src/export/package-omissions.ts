// What a package leaves out, counted per package: a narrative entry is left out only when no
// document of the package prints it (an entry only the deck prints — on a slide or in its notes
// text — is not "left out" of the release), and it is listed once, with no document. What one
// document alone lacks (a slide whose figure is missing, a company text of the release with no
// translation) still names its document. An entry of a section the audience's documents do not
// include at all (a board's deck of four slides has no business topics) is `notInAudience`.
import type { NarrativeEntry } from '../contract/raw-data.js';
import type { DeckModel } from '../contract/deck.js';
import type { ReleaseHtml } from '../render/release/index.js';
import { narrativeFor } from '../render/inputs.js';
import type { DocumentInputs } from '../contract/document-inputs.js';
import { deckOmissions } from './omissions.js';
import type { Omission } from '../contract/documents.js';
import { asksFor, type AudienceSections } from './audience-sections.js';
import { omissionSaid as say, omissionsEn } from '../messages/omissions-en.js';
import { leftOutOf } from '../render/release/current-column.js';

export interface PackageDocuments {
  /** the release's HTML, when the package holds a release */
  release?: Pick<ReleaseHtml, 'unused' | 'untranslated'> & Partial<Pick<ReleaseHtml, 'leftOut'>>;
  /** the deck's slide model, when the package holds a deck */
  deck?: Pick<DeckModel, 'omitted' | 'narrated'>;
  /** the sections the audience's documents include at all, and those any template prints (export/audience-sections.ts) */
  sections?: AudienceSections;
}

export const NOT_PRINTED = omissionsEn.notPrinted();
/** an entry of a section the audience's documents leave out by design: listed, never failing a strict build */
export const NOT_IN_AUDIENCE = omissionsEn.notInAudience();
/** "narrative topics: Nomura Securities Co.,Ltd." (the entry's item, label or line) */
const entryName = (section: string, e: NarrativeEntry) => ((e.item ?? e.label) !== undefined ? say('entry', section, (e.item ?? e.label)!) : say('entryLine', section, String(e.line ?? '?')));
const entryOut = (section: string, e: NarrativeEntry, reason: Parameters<typeof leftOutOf>[1]) => leftOutOf(entryName(section, e), reason);

export function packageOmissions(inputs: Pick<DocumentInputs, 'narrative' | 'm' | 'figures'>, docs: PackageDocuments, files = { release: 'release.pdf', deck: 'deck.pptx' }): Omission[] {
  if (!docs.release && !docs.deck) return [];
  const { narrative, untranslated } = narrativeFor(inputs, inputs.figures.file.period);
  // the entries some document prints: the deck's (slides and notes text), the release's (every entry but its unused ones)
  const printed = new Set<NarrativeEntry>(docs.deck?.narrated ?? []);
  if (docs.release) {
    const unused = new Set(docs.release.unused.map((e) => narrative?.sections[e.section]?.[e.index]));
    for (const list of Object.values(narrative?.sections ?? {})) for (const e of list) if (!unused.has(e)) printed.add(e);
  }
  const out: Omission[] = [];
  // an entry some template asks for but none of this audience's documents: left out by design
  const byDesign = (section: string, e: NarrativeEntry) => Boolean(docs.sections && !asksFor(docs.sections.shown, section, e) && asksFor(docs.sections.templates, section, e));
  const notInAudience = { notInAudience: true as const };
  const entry = (section: string, e: NarrativeEntry, otherwise: Parameters<typeof leftOutOf>[1]): Omission => (byDesign(section, e)
    ? { ...entryOut(section, e, say('notInAudience')), ...notInAudience } : entryOut(section, e, otherwise));
  for (const [section, list] of Object.entries(narrative?.sections ?? {})) {
    for (const e of list) if (!printed.has(e)) out.push(entry(section, e, say('notPrinted')));
  }
  // an entry with no translation is printed by no document: listed once, by the slide that wanted it when the deck says which
  const bySlide = new Set((docs.deck?.omitted ?? []).map((o) => o.entry).filter(Boolean));
  for (const u of untranslated) if (!bySlide.has(u.entry)) out.push(entry(u.section, u.entry, say('untranslated', u.from)));
  // what one document alone left out
  const releaseOwn = (docs.release?.untranslated ?? []).filter((u) => !untranslated.some((x) => x.entry === u.entry));
  out.push(...releaseOwn.map((u) => ({ document: files.release, ...entryOut(u.section, u.entry, say('untranslated', u.from)) })));
  // the release's tables, statements and lines without their current-period figures (render/release/current-column.ts)
  out.push(...(docs.release?.leftOut ?? []).map((o) => ({ document: files.release, what: o.what, reason: o.reason, ...(o.says ? { says: o.says } : {}) })));
  if (docs.deck) out.push(...deckOmissions(docs.deck, files.deck));
  return out;
}
