// A PPTX's slides as text: paragraphs with their outline level, and tables as rows of cells,
// read from the slide parts (ppt/slides/slideN.xml) with Node's ZIP reader (export/zip-read.ts). Speaker notes are not read: they
// are for the presenter, and may say what the slide leaves out.
import { inflateRecord, zipRecords } from '../export/zip-read.js';
import type { Page } from './types.js';

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const runs = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>|<a:t\/>|<a:br\/>/g)].map((m) => (m[0] === '<a:br/>' ? ' ' : decode(m[1] ?? ''))).join('');
const paragraphs = (xml: string) => [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>|<a:p\/>/g)].map((m) => {
  const body = m[1] ?? '';
  return { text: runs(body), level: Number(/<a:pPr[^>]*\blvl="(\d+)"/.exec(body)?.[1] ?? 0) };
});

export async function pptxPages(pptx: Uint8Array): Promise<Page[]> {
  // only the slide parts are inflated (not the charts, their workbooks, the media)
  const parts = new Map(zipRecords(pptx).filter((r) => /^ppt\/slides\/slide\d+\.xml$/.test(r.name)).map((r) => [r.name, inflateRecord(r).data]));
  const names = [...parts.keys()]
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  const pages: Page[] = [];
  for (const name of names) {
    const data = parts.get(name)!;
    const xml = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
    const tables = [...xml.matchAll(/<a:tbl>([\s\S]*?)<\/a:tbl>/g)].map((t) =>
      [...t[1].matchAll(/<a:tr\b[^>]*>([\s\S]*?)<\/a:tr>/g)].map((r) => [...r[1].matchAll(/<a:tc\b[^>]*>([\s\S]*?)<\/a:tc>|<a:tc\b[^>]*\/>/g)].map((c) => paragraphs(c[1] ?? '').map((p) => p.text).join(' ').trim())));
    // text outside tables, paragraph by paragraph
    const shapes = xml.replace(/<a:tbl>[\s\S]*?<\/a:tbl>/g, '');
    const paras = paragraphs(shapes).filter((p) => p.text.trim() || /\S/.test(p.text));
    const text = [...paras.map((p) => p.text), ...tables.flatMap((t) => t.map((r) => r.join(' ')))].join('\n');
    pages.push({ n: Number(/(\d+)\.xml$/.exec(name)![1]), text, paragraphs: paragraphs(shapes), tables });
  }
  return pages;
}
