// A table or a list of bullets too long for its area continues on the next slide: the table's
// header is repeated and the title says "(cont.)". Heights are estimated from the theme's font
// sizes (average glyph width), the same estimate for deck.pptx and deck.pdf, so both split alike.
import type { Messages } from '../../messages/en.js';
import type { Block, BulletsBlock, Cell, ChartBlock, Slide, TableBlock } from '../../contract/deck.js';
import { region } from './region.js';
import { type Box, type Theme } from '../../template/theme-schema.js';
import { unmark } from '../figure-mark.js';

const PT = 1 / 72;
/** inches a line of text takes, and the average glyph width (Arial ≈ 0.5 em; CJK 1 em) */
export const lineHeight = (size: number) => size * 1.2 * PT;
const glyphs = (s: string) => { let w = 0; for (const ch of unmark(s)) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : /[A-Z0-9%]/.test(ch) ? 0.6 : 0.5; return w; };
export function textLines(s: string, width: number, size: number): number {
  return s.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil((glyphs(part) * size * PT) / Math.max(width, 0.2))), 0);
}

export const CELL_PAD = 0.035;
export const tableFont = (t: Theme, b: TableBlock) => (b.dense ? t.sizes.tableDense : t.sizes.table);
export function columnWidths(b: TableBlock, width: number): number[] {
  const sum = b.columns.reduce((a, c) => a + c.width, 0);
  return b.columns.map((c) => (c.width / sum) * width);
}
export function rowHeight(cells: Cell[], widths: number[], size: number): number {
  const lines = Math.max(1, ...cells.map((c, i) => textLines(c.text, (widths[i] ?? 1) - 2 * CELL_PAD, size)));
  return lines * lineHeight(size) + 2 * CELL_PAD;
}
export const bulletSize = (t: Theme, b: BulletsBlock, level: number) => (t.sizes.bullet[Math.min(level, t.sizes.bullet.length - 1)] ?? t.sizes.body) * (b.fontScale ?? 1);
export const bulletIndent = (level: number) => 0.22 + level * 0.3;
export const BULLET_GAP = 0.05;
export function bulletHeight(t: Theme, b: BulletsBlock, i: number, width: number): number {
  const it = b.items[i];
  const size = bulletSize(t, b, it.level);
  return textLines(it.runs.map((r) => r.text).join(''), width - bulletIndent(it.level), size) * lineHeight(size) + BULLET_GAP;
}

/** Where a chart's note goes: a line under the chart. */
export function chartBoxes(block: ChartBlock, box: Box, theme: Theme): { chart: Box; caption?: Box; note?: Box } {
  const lh = lineHeight(theme.sizes.footnote) + 0.04;
  let y = box.y; let h = box.h;
  const caption = block.caption ? { x: box.x, y, w: box.w, h: lh } : undefined;
  if (caption) { y += lh; h -= lh; }
  const noteLines = block.note ? Math.ceil((block.note.length * theme.sizes.footnote * 0.5) / 72 / box.w) : 0;
  const note = block.note ? { x: box.x, y: y + h - noteLines * lh, w: box.w, h: noteLines * lh } : undefined;
  if (note) h -= note.h;
  return { chart: { x: box.x, y, w: box.w, h }, caption, note };
}

/** Split a block at the last row / bullet that fits in `height`; undefined when it all fits. */
function split(t: Theme, b: Block, width: number, height: number): [Block, Block] | undefined {
  if (b.kind === 'table') {
    const size = tableFont(t, b);
    const widths = columnWidths(b, width);
    let h = (b.caption ? lineHeight(size) + 0.05 : 0) + b.header.reduce((a, r) => a + rowHeight(r, widths, size), 0);
    for (let i = 0; i < b.rows.length; i++) {
      h += rowHeight(b.rows[i].cells, widths, size);
      if (h > height && i > 0) return [{ ...b, rows: b.rows.slice(0, i) }, { ...b, rows: b.rows.slice(i) }];
    }
    return undefined;
  }
  if (b.kind === 'bullets') {
    let h = 0;
    for (let i = 0; i < b.items.length; i++) {
      h += bulletHeight(t, b, i, width);
      if (h > height && i > 0) {
        // keep a heading with what follows it
        const cut = b.items[i - 1].style === 'heading' && i > 1 ? i - 1 : i;
        return [{ ...b, items: b.items.slice(0, cut) }, { ...b, items: b.items.slice(cut) }];
      }
    }
  }
  return undefined;
}

/** The slide, and its continuations when a block does not fit. */
export function paginate(slide: Slide, theme: Theme, m: Messages, depth = 0): Slide[] {
  const blocks: Block[] = [];
  const rest: Block[] = [];
  for (const b of slide.blocks) {
    const box = region(theme, b.area);
    const s = depth > 20 ? undefined : split(theme, b, box.w, box.h);
    if (!s) { blocks.push(b); continue; }
    blocks.push(s[0]);
    rest.push({ ...s[1], area: 'full' });
  }
  const first: Slide = { ...slide, blocks };
  if (!rest.length) return [first];
  const base = slide.continued ? slide.title : slide.title;
  const next: Slide[] = rest.map((b, i) => ({
    ...slide, id: `${slide.id}-cont${depth + i + 1}`, title: slide.continued ? base : m.deck.continued(base), continued: true, blocks: [b],
  }));
  return [first, ...next.flatMap((s) => paginate(s, theme, m, depth + 1))];
}
