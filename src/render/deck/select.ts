// Which slides a deck shows: every slide of the deck template, or the audience profile's
// `deck.slides` in the profile's order (each in its template section, so dividers and numbering
// follow); then the profile's `deck.appendix`, slides of the template's appendix, after the deck.
import { QuarterDeckError, didYouMean, type Problem } from '../../errors/problem.js';
import { profileField, type Profile } from '../../audience/profile.js';
import { slideIds } from '../../template/slides.js';
import { type SlidesTemplate } from '../../template/slides-schema.js';

export type Section = SlidesTemplate['sections'][number];

export function selectSections(tpl: SlidesTemplate, profile?: Profile): Section[] {
  const problems: Problem[] = [];
  const ids = slideIds(tpl);
  const unknown = (id: string, path: (string | number)[], known: string[], other: string[], otherList: string) => {
    problems.push({
      code: 'E_TEMPLATE', ...(profile ? profileField(profile, path) : {}), message: `no slide "${id}" in the deck template ${tpl.file}`,
      expected: known.join(', '), hint: other.includes(id) ? `"${id}" is a slide of the template's ${otherList}` : didYouMean(id, known),
    });
  };
  const seen = new Set<string>();
  const twice = (id: string, path: (string | number)[]) => {
    if (!seen.has(id)) { seen.add(id); return false; }
    problems.push({ code: 'E_TEMPLATE', ...(profile ? profileField(profile, path) : {}), message: `slide "${id}" is listed twice` });
    return true;
  };

  let sections: Section[] = tpl.sections;
  const chosen = profile?.deck.slides;
  if (chosen) {
    sections = [];
    let prev: Section | undefined;
    let out: Section | undefined;
    chosen.forEach((id, i) => {
      const sec = tpl.sections.find((s) => s.slides.some((x) => x.id === id));
      if (!sec) { unknown(id, ['deck', 'slides', i], ids.deck, ids.appendix, 'appendix (list it under deck.appendix)'); return; }
      if (twice(id, ['deck', 'slides', i])) return;
      const slide = sec.slides.find((x) => x.id === id)!;
      // consecutive slides of one template section stay one section
      if (sec === prev && out) out.slides.push(slide);
      else { out = { ...sec, slides: [slide] }; sections.push(out); }
      prev = sec;
    });
  }
  const appendix = profile?.deck.appendix;
  if (appendix?.length) {
    const slides: Section['slides'] = [];
    appendix.forEach((id, i) => {
      const slide = tpl.appendix?.slides.find((x) => x.id === id);
      if (!slide) { unknown(id, ['deck', 'appendix', i], ids.appendix, ids.deck, 'deck (list it under deck.slides)'); return; }
      if (!twice(id, ['deck', 'appendix', i])) slides.push(slide);
    });
    if (tpl.appendix) sections = [...sections, { ...tpl.appendix, slides }];
  }
  if (problems.length) throw new QuarterDeckError(problems);
  return sections;
}
