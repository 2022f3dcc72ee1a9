// The company's numbering of a deck's sections ("I.", "II-3."), its agenda, section dividers, and
// the titles of slides that share a group ("II-4. … (1) Revenues"); then each slide's speaker notes
// and its continuation slides (paginate.ts).
import type { Untranslated } from '../../contract/document-inputs.js';
import type { Slide } from '../../contract/deck.js';
import type { Section } from './select.js';
import { speakerNotes } from './notes.js';
import { paginate } from './paginate.js';
import { periodLabels } from '../../periods/labels.js';
import type { DeckEnv } from './deck-env.js';
import type { Built } from './content-slides.js';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** Each numbered section's number, counting only the sections with slides. */
export function sectionNumbers(sections: Section[], built: Built[][]): (string | undefined)[] {
  let n = 0;
  return sections.map((sec, si) => {
    if (!sec.numbered || !built[si].length) return undefined;
    n += 1;
    return ROMAN[n - 1] ?? String(n);
  });
}

export function agendaSlide(env: DeckEnv, sections: Section[], built: Built[][], numbers: (string | undefined)[]): Slide {
  const { m } = env.inputs;
  const agenda: string[] = [];
  sections.forEach((sec, si) => {
    if (!sec.inAgenda || !built[si].length) return;
    const t = env.render(sec.agenda, env.at());
    agenda.push(numbers[si] ? m.deck.numbered(`${numbers[si]}.`, t) : t);
  });
  env.text.tracker.reset();
  return { id: 'agenda', layout: 'agenda', title: env.render(env.s.tpl.agenda.title, env.at()), lines: agenda, blocks: [], footnotes: [], notes: speakerNotes(m, new Map(), []), origin: { file: env.fileOf() } };
}

/** A section's slides, numbered, behind its divider, with their notes and continuations. */
export function numberedSlides(env: DeckEnv, sec: Section, si: number, list: Built[], num: string | undefined, untranslated: Untranslated[]): Slide[] {
  const { m } = env.inputs;
  const out: Slide[] = [];
  if (sec.divider) out.push({ id: `section-${si + 1}`, layout: 'section', number: num ? `${num}.` : undefined, title: env.render(sec.agenda, env.at()), blocks: [], footnotes: [], notes: speakerNotes(m, new Map(), []), origin: { file: env.fileOf() } });
  // slides of one group share a number: II-4. … (1) Revenues, II-4. … (2) Cost of Revenues
  let k = 0; let part = 0; let prevGroup: string | undefined;
  const numberOf = list.map(({ spec }) => {
    if (!spec.group || spec.group !== prevGroup) { k += 1; part = 0; }
    prevGroup = spec.group;
    part += 1;
    return { k, part };
  });
  list.forEach(({ slide, build, spec }, i) => {
    slide.number = num ? (k === 1 ? `${num}.` : `${num}-${numberOf[i].k}.`) : undefined;
    if (spec.group) {
      env.slideId = spec.id;
      const g = env.render(spec.group, env.at(env.s.tpl.lines.get(spec.id), 'group'));
      env.slideId = undefined;
      const parts = list.filter((x) => x.spec.group === spec.group).length;
      slide.title = parts > 1 ? m.deck.part(g, numberOf[i].part, slide.title) : `${g} ${slide.title}`;
    }
    slide.notes = speakerNotes(m, build.figures, build.texts, (build.untranslated ?? []).map((e) => `${e.line ?? ''} ${e.item ?? e.label ?? ''}`.trim()), untranslated[0]?.from);
    // a change with no comparable figure: its reason in the notes, as figures.json gives it
    if (build.comparisons?.length) slide.notes += `\n${build.comparisons.map((n) => `- ${env.inputs.labels.get(n.item) ?? n.item} (${n.measure}), ${periodLabels(n.period, env.inputs.fiscal, m).short}: ${n.reason}`).join('\n')}`;
    // what a chart leaves out is said to the presenter, never on an investor's page
    const said = chartNotesToSpeaker(slide);
    if (said.length) slide.notes = `${said.join('\n')}\n${slide.notes}`;
    // the company's note on figures its regrouping restated is for the reader: a footnote of the slide
    for (const b of slide.blocks) for (const r of (b.kind === 'chart' ? b.restated : undefined) ?? []) if (!slide.footnotes.includes(r)) slide.footnotes.push(r);
    for (const e of build.untranslated ?? []) env.leftOut(slide.id, `narrative ${e.item ?? e.label ?? ''} (line ${e.line ?? '?'})`, m.untranslated(untranslated.find((u) => u.entry === e)?.section ?? '', untranslated[0]?.from ?? 'en'), { entry: e });
    out.push(...paginate(slide, env.s.theme, m));
  });
  return out;
}

/** Move the charts' notes ("No figures for 9M06: not shown") from the slide to its speaker notes. */
function chartNotesToSpeaker(slide: Slide): string[] {
  const said: string[] = [];
  for (const b of slide.blocks) if (b.kind === 'chart' && b.note) { said.push(b.note); delete b.note; }
  return said;
}
