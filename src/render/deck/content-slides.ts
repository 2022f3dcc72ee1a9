// The deck's own slides: the cover, and each content slide of a section built from its template
// (title, blocks, footnotes), or left out — and listed — when the data supports none of it.
import { omissionSaid } from '../../messages/omissions-en.js';
import { parsePeriod } from '../../periods/period.js';
import { qoqFootnote, yoyFootnote } from '../../periods/labels.js';
import type { Block, Slide } from '../../contract/deck.js';
import type { SlideSpec } from '../../template/slides-schema.js';
import type { Section } from './select.js';
import { speakerNotes } from './notes.js';
import type { Build, DeckEnv } from './deck-env.js';
import type { DeckNarrative } from './deck-narrative.js';
import { slideBlock } from './blocks/block.js';

export interface Built { spec: SlideSpec; slide: Slide; build: Build }

export function coverSlide(env: DeckEnv): Slide {
  const { tpl, date } = env.s;
  const at = env.at();
  env.text.tracker.reset();
  const cover: Slide = {
    id: 'cover', layout: 'cover', title: env.render(tpl.cover.title, at), subtitle: env.render(tpl.cover.period, at),
    lines: [env.render(tpl.cover.company, at), date ? env.render(tpl.cover.date, at) : '', env.attempt('cover', 'tagline', () => env.render(tpl.cover.tagline, at)) ?? ''],
    blocks: [], footnotes: [], notes: '', origin: { file: env.fileOf() },
  };
  cover.notes = speakerNotes(env.inputs.m, env.text.tracker.reset(), []);
  return cover;
}

/** The slides of a section the data supports (numbering comes later: it depends on which are left). */
export function sectionSlides(env: DeckEnv, story: DeckNarrative, sec: Section): Built[] {
  const p = parsePeriod(env.s.period);
  const span = p?.kind === 'duration' ? p.span : 'instant';
  const list: Built[] = [];
  for (const s of sec.slides) {
    env.slideId = s.id;
    env.text.tracker.reset();
    const b: Build = { figures: new Map(), texts: [] };
    env.current = b;
    if (s.quarter && !/^Q[2-4]$/.test(span)) continue; // a quarter's own slide, in a quarter's deck only
    if (s.needs && !env.needsMet(s.needs)) { env.leftOut(s.id, omissionSaid('slide'), omissionSaid('needs', s.needs.join(', ')), { conditional: true }); continue; }
    const slide = contentSlide(env, story, s, b);
    if (!slide) continue;
    // a change its tables print with no comparable figure ("—"): the note under the slide
    b.comparisons = env.text.tracker.comparisons();
    for (const n of b.comparisons) { const t = `${env.text.comparable.ref}${env.text.comparable.note(n)}`; if (!slide.footnotes.includes(t)) slide.footnotes.push(t); }
    b.figures = env.text.tracker.reset();
    list.push({ spec: s, slide, build: b });
  }
  return list;
}

function contentSlide(env: DeckEnv, story: DeckNarrative, s: SlideSpec, b: Build): Slide | undefined {
  const line = env.s.tpl.lines.get(s.id);
  const from = env.omitted.length;
  const title = env.attempt(s.id, 'title', () => env.render(s.title, env.at(line, 'title')));
  if (title === undefined) return undefined;
  const made = s.blocks.map((bl) => ({ block: slideBlock(env, story, b, s, bl, line, title), solo: Object.values(bl)[0].solo as string | undefined }));
  const kept = made.filter((x): x is { block: Block; solo: string | undefined } => Boolean(x.block));
  if (kept.length === 1 && kept[0].solo) kept[0].block.area = kept[0].solo;
  const blocks = kept.map((x) => x.block);
  if (!blocks.length && s.blocks.length) {
    // a slide whose every item has a condition (`needs:`) the data does not meet is itself conditional
    const own = env.omitted.slice(from).filter((o) => o.slide === s.id);
    env.leftOut(s.id, omissionSaid('slide'), omissionSaid('noBlockData'), { conditional: own.length > 0 && own.every((o) => o.conditional) });
    return undefined;
  }
  const translation = env.s.narrative?.translation;
  return {
    id: s.id, layout: 'content', title, unit: s.unit ? env.attempt(s.id, s.unit, () => env.render(s.unit!, env.at(line, 'unit'))) : undefined, blocks,
    // a translated narrative says so under the slide: "（英文資料からの翻訳）"
    footnotes: [...footnotes(env, s), ...(translation && b.narrated ? [env.inputs.m.translated(translation.from)] : [])], notes: '', origin: { file: env.fileOf(s.id), line },
  };
}

/** A slide's footnotes: template texts, and the comparisons its figures make (yoy, qoq). */
function footnotes(env: DeckEnv, slide: SlideSpec): string[] {
  const { m, fiscal } = env.inputs;
  return slide.footnotes.map((f) => {
    if ('text' in f) return env.attempt(slide.id, f.text, () => env.render(f.text, env.at(env.s.tpl.lines.get(slide.id), 'footnotes')));
    const role = 'yoy' in f ? f.yoy : f.qoq;
    const p = parsePeriod(env.text.figures.period(role));
    if (!p) return undefined;
    return 'yoy' in f ? yoyFootnote(p, fiscal, m) : qoqFootnote(p, fiscal, m);
  }).filter((x): x is string => Boolean(x));
}
