// deckModel(): templates/deck + figures → the slide model (contract/deck.ts). Pure apart from reading the
// templates: no clock, no output. The stages:
//   1. the slides, the audience's sections and the theme, as the template stage read and checked
//      them (inputs.templates: template/template-set.ts); what every slide shares (deck-env.ts)
//   2. each slide's blocks by kind (blocks/: bullets, table, chart, text) — every number through a
//      helper (text.ts), narrative entries in the deck's language (deck-narrative.ts)
//   3. the company's numbering ("I.", "II-3."), agenda, dividers (numbering.ts)
//   4. tables and bullets too long for their area continue on the next slide (paginate.ts)
//   5. speaker notes: the sources of every figure and text on the slide (notes.ts)
import { narrativeFor } from '../inputs.js';
import type { DocumentInputs } from '../../contract/document-inputs.js';
import { needPart } from '../../template/template-set.js';
import { DeckText } from './text.js';
import { cumulativeView } from './quarter-view.js';
import type { DeckModel, Slide } from '../../contract/deck.js';
import { DeckEnv } from './deck-env.js';
import { DeckNarrative } from './deck-narrative.js';
import { coverSlide, sectionSlides } from './content-slides.js';
import { agendaSlide, numberedSlides, sectionNumbers } from './numbering.js';

export function deckModel(given: DocumentInputs): DeckModel {
  // a quarter's deck: the cumulative period beside the quarter (quarter-view.ts)
  const inputs: DocumentInputs = { ...given, figures: cumulativeView(given.figures) };
  // the audience's slides in its order, and its appendix (all of the deck's when it names none)
  const { slides: tpl, sections, theme: { theme, dir: themeDir, file: themeFile } } = needPart(inputs.templates, 'deck');
  const period = inputs.figures.file.period;
  // narrative in the deck's language only: an entry with no translation is left out (omitted list, speaker notes)
  const { narrative, source, untranslated } = narrativeFor(inputs, period);
  const date = inputs.date ?? source?.source?.date;
  const text = new DeckText(inputs, date);
  const company = companyOf(inputs, date);
  const env = new DeckEnv({ inputs, tpl, theme, text, period, date, base: company.base, narrative });
  const story = new DeckNarrative(env, narrative, source, new Set(untranslated.map((u) => u.entry)));

  const cover = coverSlide(env);
  // build every section's slides first: numbering depends on which slides the data supports
  const built = sections.map((sec) => sectionSlides(env, story, sec));
  env.slideId = undefined;
  const numbers = sectionNumbers(sections, built);
  const slides: Slide[] = [cover, agendaSlide(env, sections, built, numbers)];
  sections.forEach((sec, si) => { if (built[si].length) slides.push(...numberedSlides(env, sec, si, built[si], numbers[si], untranslated)); });

  const footer = text.render(theme.footer.text, company.base, { file: themeFile, field: 'footer.text' });
  return { theme, themeDir, lang: inputs.m.lang, title: `${cover.subtitle} ${cover.title}`, company: company.name, footer, marking: inputs.profile?.marking, slides, omitted: env.omitted, narrated: [...new Set(built.flat().flatMap((b) => b.build.entries ?? []))] };
}

/** The company's name in the deck's language, and what every template sees: company, date, year, units. */
function companyOf(inputs: DocumentInputs, date: string | undefined): { name: string; base: Record<string, unknown> } {
  const extra = inputs.company.extra;
  const name = (inputs.m.lang === 'ja' ? inputs.company.name.ja : undefined) ?? inputs.company.name.en;
  const year = date?.slice(0, 4) ?? inputs.figures.roles.end?.slice(0, 4) ?? '';
  return {
    name,
    base: {
      company: { ...extra, name, shortName: inputs.company.shortName.en, tagline: extra.tagline },
      date: date ?? '', year,
      // the audience's unit of amounts, for unit lines of slides that leave it to the audience: 'Unit: JPY {{units}}'
      units: inputs.profile?.units ?? 'million',
    },
  };
}
