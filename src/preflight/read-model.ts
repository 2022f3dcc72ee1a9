// The same text without printing: the release's HTML and the deck's slide model as pages, for a
// preflight of many packages at once (every period × audience) without Chromium. A full build
// reads the PDF and PPTX it wrote (read-pdf.ts, read-pptx.ts).
import type { DeckModel } from '../contract/deck.js';
import type { DocText, Page } from './types.js';

const decode = (s: string) => s.replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** The release's HTML as one page of text: blocks become lines, markup and inline SVG charts go. */
export function htmlDocument(html: string, file = 'release.html'): DocText {
  const body = html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<svg[\s\S]*?<\/svg>/g, '').replace(/<head[\s\S]*?<\/head>/g, '');
  const text = decode(body.replace(/<\/(p|li|h\d|tr|div|section|figcaption|caption)>|<br\s*\/?>/g, '\n').replace(/<\/t[dh]>/g, ' ').replace(/<[^>]+>/g, ''));
  return { file, kind: 'pdf', pages: [{ n: 1, text: text.replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n') }] };
}

/** The deck's slide model as slides: bullets with their levels, tables as rows of cells (as read-pptx.ts reads them). */
export function deckDocument(model: DeckModel, file = 'deck.pptx'): DocText {
  const pages: Page[] = model.slides.map((s, i) => {
    const paragraphs = [{ text: s.title, level: 0 }, ...(s.lines ?? []).map((t) => ({ text: t, level: 0 }))];
    const tables: string[][][] = [];
    for (const b of s.blocks) {
      if (b.kind === 'bullets') for (const it of b.items) paragraphs.push({ text: it.runs.map((r) => r.text).join(''), level: it.level });
      else if (b.kind === 'table') tables.push([...b.header.map((h) => h.map((c) => c.text)), ...b.rows.map((r) => r.cells.map((c) => c.text))]);
      else if (b.kind === 'text') for (const p of b.paragraphs) paragraphs.push({ text: p, level: 0 });
      else if (b.kind === 'chart' && b.note) paragraphs.push({ text: b.note, level: 0 });
    }
    const text = [...paragraphs.map((p) => p.text), ...s.footnotes, ...tables.flatMap((t) => t.map((r) => r.join(' ')))].join('\n');
    return { n: i + 1, text, paragraphs, tables };
  });
  return { file, kind: 'pptx', pages };
}
