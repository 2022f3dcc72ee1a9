// Which figure printed which text, for the live preview (src/preview/): every number a document
// prints can carry `data-figure="<figure id>"`. The helpers that print a figure pass their text
// through `mark()`; for a figures file the preview has marked (`markFigures`), the text is wrapped in
// private-use characters naming the figure, which `marksToHtml` turns into
// `<span data-figure="…">` once the whole document is rendered. For every other file (`build`,
// batch, workers) `mark()` returns the text unchanged, so the documents they print do not change.
import type { Figure, FiguresFile } from '../contract/figures.js';
import { escapeAttr as attr } from '../format/escape.js';

const OPEN = '\uE000';
const MID = '\uE001';
const CLOSE = '\uE002';
const marked = new WeakSet<FiguresFile>();

/** The preview's figures: their texts are marked. */
export function markFigures(file: FiguresFile): void { marked.add(file); }

/** Does this figure set (or a wrapper of it: trackers, checked sets) mark its texts? */
export function marking(figures: { file: FiguresFile } | undefined): boolean {
  return figures !== undefined && marked.has(figures.file);
}

/** `text` as printed for figure `f`: marked with its id in the preview, unchanged otherwise. */
export function mark<T extends string | undefined>(figures: { file: FiguresFile } | undefined, f: Pick<Figure, 'id'> | undefined, text: T): T {
  if (!f || !text || !marking(figures)) return text;
  return `${OPEN}${f.id}${MID}${text}${CLOSE}` as T;
}

/** The text without its marks (what the document prints; for measuring line lengths). */
export function unmark(s: string): string {
  return s.includes(OPEN) || s.includes(CLOSE) ? s.replace(/\uE000[^\uE001]*\uE001/g, '').replace(/\uE002/g, '') : s;
}


/**
 * A rendered HTML document with its marks as `<span data-figure>`: inside text only; marks inside a
 * tag (an attribute), the head, a <title>, <style> or an inline SVG (chart labels) are dropped.
 */
export function marksToHtml(html: string): string {
  if (!html.includes(OPEN)) return html;
  let plain = 0; // depth of elements whose text is no place for a span
  return html.split(/(<[^>]*>)/).map((part) => {
    if (part.startsWith('<')) {
      const tag = /^<(\/?)([a-zA-Z][\w-]*)/.exec(part);
      if (tag && /^(head|title|style|svg|script|textarea|option)$/i.test(tag[2]) && !part.endsWith('/>')) plain += tag[1] ? -1 : 1;
      return unmark(part);
    }
    if (plain > 0) return unmark(part);
    return part.replace(/\uE000([^\uE001]*)\uE001/g, (_, id: string) => `<span data-figure="${attr(id)}">`).replace(/\uE002/g, '</span>');
  }).join('');
}
