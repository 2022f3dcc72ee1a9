// The narrative sections a deck template names (a bullet's `narrative:`, a table's `comments.narrative`,
// {{note "<section>" …}}) checked against the sections the company's narrative files have: a name no
// file has is a misspelling, a problem at its file and line with "did you mean", never a block of
// bullets that silently vanishes. A company with no narrative at all has nothing to check against
// (its narrative blocks are left out and listed, as every gap of data).
import { near, said, spoken, type Problem } from '../errors/problem.js';
import type { SlidesTemplate, SlideSpec } from './slides-schema.js';
import { templateLine } from './template-line.js';

/** The sections one slide names, with the text to find its line by. */
export function namedSections(slide: SlideSpec): { name: string; needle: string; field: string }[] {
  const out: { name: string; needle: string; field: string }[] = [];
  slide.blocks.forEach((b, i) => {
    if ('bullets' in b) {
      b.bullets.items.forEach((it, j) => {
        if ('narrative' in it && typeof it.narrative === 'string') out.push({ name: it.narrative, needle: `narrative: ${it.narrative}`, field: `blocks.${i}.bullets.items.${j}.narrative` });
      });
    }
    if ('table' in b && b.table.comments) out.push({ name: b.table.comments.narrative, needle: `narrative: ${b.table.comments.narrative}`, field: `blocks.${i}.table.comments.narrative` });
  });
  for (const m of JSON.stringify(slide).matchAll(/(?:\{\{#?(?:with \()?|\()note \\"([^\\"]+)\\"/g)) out.push({ name: m[1], needle: `note \\"${m[1]}`, field: 'note' });
  return out;
}

/** Sections the code itself reads: translations of company.yaml's texts (data/README.md). */
export const BUILT_IN = ['company-texts'];

export function narrativeSectionProblems(tpl: SlidesTemplate, sections: Iterable<string>): Problem[] {
  const known = new Set(sections);
  if (!known.size) return [];
  for (const s of BUILT_IN) known.add(s);
  const problems: Problem[] = [];
  for (const slide of [...tpl.sections, ...(tpl.appendix ? [tpl.appendix] : [])].flatMap((s) => s.slides)) {
    const file = tpl.files.get(slide.id) ?? tpl.file;
    for (const { name, needle, field } of namedSections(slide)) {
      if (known.has(name)) continue;
      problems.push(spoken({
        code: 'E_TEMPLATE', file, line: templateLine(file, tpl.lines.get(slide.id), needle.replace(/\\"/g, '"')), field: `${slide.id}: ${field}`,
        message: said('noNarrativeSection', name), expected: [...known].sort().join(', '), found: name, hint: near(name, known),
      }));
    }
  }
  return problems;
}
