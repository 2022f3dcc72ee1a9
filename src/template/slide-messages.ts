// Every {{t "key" arg=…}} of a deck template checked against the catalogs of every language before
// anything renders: an unknown key, an argument no message takes, an argument a message needs — each a
// problem at the line of the slide file that writes it (an override folder's deck/slides/<id>.yaml, or
// slides.yaml), whether or not the audience shows the slide.
import type { Problem } from '../errors/problem.js';
import type { SlidesTemplate } from './slides-schema.js';
import { templateLine } from './template-line.js';
import { messageUses } from '../render/template-check.js';
import { useProblems, type Catalog } from './catalog.js';

/** Every string of a parsed value that holds Handlebars. */
function templates(v: unknown): string[] {
  if (typeof v === 'string') return v.includes('{{') ? [v] : [];
  if (Array.isArray(v)) return v.flatMap(templates);
  if (v && typeof v === 'object') return Object.values(v).flatMap(templates);
  return [];
}

/** The problems of the {{t}} uses in some texts of one file, from the line `from` on. */
function problemsOf(texts: string[], file: string, from: number | undefined, catalogs: Catalog[]): Problem[] {
  return texts.flatMap((text) => messageUses(text, file).flatMap((use) => {
    const problems = useProblems(use, catalogs);
    if (!problems.length) return [];
    // the line that writes the key (a slide's texts may each start with {{t)
    const line = templateLine(file, from, use.key) ?? templateLine(file, from, text);
    return problems.map((p) => ({ ...p, file, line, found: p.found ?? use.key }));
  }));
}

export function slideMessageProblems(tpl: SlidesTemplate, catalogs: Catalog[]): Problem[] {
  const sections = [...tpl.sections, ...(tpl.appendix ? [tpl.appendix] : [])];
  const head = [tpl.cover, tpl.agenda, ...sections.map((s) => s.agenda)];
  return [
    ...problemsOf(templates(head), tpl.file, 1, catalogs),
    ...sections.flatMap((s) => s.slides).flatMap((slide) => problemsOf(templates(slide), tpl.files.get(slide.id) ?? tpl.file, tpl.lines.get(slide.id), catalogs)),
  ];
}
