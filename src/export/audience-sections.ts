// Which narrative sections an audience's documents include at all. An audience that shows less by
// design (a board's four slides, the press's release alone) leaves whole sections out: an entry of a
// section that some template of the package's template set prints, but none of the documents this
// audience builds (its documents, its slides, its release sections), is "not in this audience" —
// listed, never a failure of a strict build. A section no template prints at all is a template's gap.
import type { DocumentInputs } from '../contract/document-inputs.js';
import { loadSlides } from '../template/slides.js';
import { selectSections } from '../render/deck/select.js';
import { builtinTemplates } from '../template/builtin.js';
import { loadReleaseTemplates } from '../template/release.js';
import { type ReleaseTemplates } from '../template/release-layouts.js';
import { BUILT_IN, namedSections } from '../template/narrative-sections.js';
import type { SlideSpec } from '../template/slides-schema.js';

/** One template (a slide, a release partial): the sections it names, and its text (the items and labels it asks for). */
export interface SectionUse {
  sections: Set<string>;
  text: string;
  /** sections it prints whole (a deck bullet with no item or label chosen), and those whose entries without an item it prints ({{#narrative}}) */
  whole?: Set<string>;
  itemless?: Set<string>;
  /** sections it reads only by an entry's item or label ({{reason "highlights-notes" "is.net-income-iij"}}): it asks for no entry without one */
  keyed?: Set<string>;
}

export interface AudienceSections {
  /** the templates of this audience's documents */
  shown: SectionUse[];
  /** every template of the set (every slide, every release partial) */
  templates: SectionUse[];
}

/** Does a template of the list ask for this entry: its section, and its item or label where it has one? */
export function asksFor(uses: SectionUse[], section: string, entry: { item?: string; label?: string }): boolean {
  const names = [entry.item, entry.label].filter((x): x is string => Boolean(x));
  const mentions = (text: string, name: string) => new RegExp(`(^|[^\\w.-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w.-])`).test(text);
  return uses.some((u) => u.sections.has(section) && ((!names.length && !u.keyed?.has(section)) || u.whole?.has(section) || (!entry.item && u.itemless?.has(section)) || names.some((n) => mentions(u.text, n))));
}

/** Helpers that read a section without naming it (release/helpers/money.ts: {{changes}} reads "reasons"). */
const IMPLIED: Record<string, string[]> = { changes: ['reasons'] };

/** The sections a release source names as a quoted argument ("reasons", "reasons|business-topics"), and its partials. */
function releaseSource(src: string, known: Set<string>): { sections: string[]; partials: string[] } {
  const sections = [...src.matchAll(/["']([a-z0-9-]+(?:\|[a-z0-9-]+)*)["']/g)].flatMap((x) => x[1].split('|')).filter((s) => known.has(s));
  for (const [helper, implied] of Object.entries(IMPLIED)) if (new RegExp(`\\{\\{~?#?${helper}\\b`).test(src)) sections.push(...implied);
  return { sections, partials: [...src.matchAll(/\{\{~?>\s*"?([\w/-]+)/g)].map((x) => x[1]) };
}

/** The release's partials (and the main template, '') from the given ones and those they include, each with the sections it names. */
function releaseUses(t: ReleaseTemplates, roots: string[], known: Set<string>): SectionUse[] {
  const seen = new Set<string>(); const todo = [...roots]; const out: SectionUse[] = [];
  while (todo.length) {
    const name = todo.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const src = name === '' ? t.main : t.partials[name];
    if (src === undefined) continue;
    const r = releaseSource(src, known);
    const itemless = new Set([...src.matchAll(/\{\{#narrative\s+"([a-z0-9-]+)"([^}]*)\}\}/g)].filter((x) => !/\bitem=/.test(x[2])).map((x) => x[1]));
    out.push({ sections: new Set(r.sections), text: src, itemless, keyed: keyedSections(src, new Set(r.sections)) });
    todo.push(...r.partials);
  }
  return out;
}

/** The sections a release source reads only by key: every quoted mention is the section of a {{reason}} or
 *  {{hasReason}} with a key after it, or of a {{#narrative}} with item= (and no helper reads it unnamed). */
function keyedSections(src: string, sections: Set<string>): Set<string> {
  const open = new Set<string>(Object.entries(IMPLIED).filter(([helper]) => new RegExp(`\\{\\{~?#?${helper}\\b`).test(src)).flatMap(([, implied]) => implied));
  for (const m of src.matchAll(/["']([a-z0-9-]+(?:\|[a-z0-9-]+)*)["']/g)) {
    const before = src.slice(Math.max(0, m.index - 20), m.index);
    const after = src.slice(m.index + m[0].length, src.indexOf('}}', m.index) + 2 || undefined);
    const byKey = (/\b(reason|hasReason)\s+$/.test(before) && /^\s+(?![\w.-]+=)[^\s})]/.test(after)) || (/#narrative\s+$/.test(before) && /\bitem=/.test(after));
    if (!byKey) for (const x of m[1].split('|')) open.add(x);
  }
  return new Set([...sections].filter((x) => !open.has(x)));
}

const slideUse = (slide: SlideSpec): SectionUse => {
  const whole = new Set<string>();
  for (const b of slide.blocks) if ('bullets' in b) for (const it of b.bullets.items) if ('narrative' in it && typeof it.narrative === 'string' && !('item' in it && it.item !== undefined) && !('label' in it && it.label !== undefined)) whole.add(it.narrative);
  return { sections: new Set(namedSections(slide).map((n) => n.name)), text: JSON.stringify(slide), whole };
};

export function audienceSections(inputs: Pick<DocumentInputs, 'templateDirs' | 'profile' | 'narrative'>, formats: string[]): AudienceSections {
  // the company's sections in the document's language (what a release source's quoted words can name)
  const names = new Set(inputs.narrative.flatMap((n) => Object.keys(n.sections ?? {})));
  // the company's own texts (company.yaml's translations) are read by the code of either document
  const builtIn: SectionUse = { sections: new Set(BUILT_IN), text: '' };
  const shown: SectionUse[] = formats.some((f) => f === 'release' || f === 'deck') ? [builtIn] : [];
  const slides = loadSlides(inputs.templateDirs);
  const all = [...slides.sections, ...(slides.appendix ? [slides.appendix] : [])].flatMap((s) => s.slides);
  const dirs = [...inputs.templateDirs, builtinTemplates].filter((d, i, a) => a.indexOf(d) === i);
  const release = loadReleaseTemplates(dirs);
  const templates: SectionUse[] = [builtIn, ...all.map(slideUse), ...releaseUses(release, ['', ...Object.keys(release.partials)], names)];
  if (formats.includes('deck')) shown.push(...selectSections(slides, inputs.profile).flatMap((x) => x.slides).map(slideUse));
  // the audience's sections (partials) of the release, and whatever its main template prints around them
  if (formats.includes('release')) shown.push(...releaseUses(release, ['', ...releaseSectionsOf(release, inputs.profile)], names));
  return { shown, templates };
}

/** The partials the audience's release prints: its profile's sections, else the template's list (every `if`, as it may hold). */
function releaseSectionsOf(t: ReleaseTemplates, profile: DocumentInputs['profile']): string[] {
  const chosen = profile?.release.sections;
  if (chosen) return chosen;
  return t.config.sections.map((s) => (typeof s === 'string' ? s : s.partial));
}
