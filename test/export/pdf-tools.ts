// Reading PDFs in tests with poppler-utils and qpdf (installed by scripts/setup.mjs): text, per page,
// document information, outline, fonts, structural check. Never compare bytes.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PdfText {
  file: string;
  /** pdftotext (reading order), whitespace collapsed: prose */
  prose: string;
  /** pdftotext -layout, whitespace collapsed: table rows on one line */
  layout: string;
  /** pdftotext -layout of each page */
  pages: string[];
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Write a PDF to a temporary file and extract its text. */
export function readPdf(bytes: Uint8Array, name = 'doc.pdf'): PdfText {
  const dir = mkdtempSync(join(tmpdir(), 'qd-pdf-'));
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const text = (args: string[]) => execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const layoutRaw = text(['-layout']);
  return { file, prose: collapse(text([])), layout: collapse(layoutRaw), pages: layoutRaw.split('\f').slice(0, -1) };
}

/** Does the text contain the phrase (in reading order or in the layout)? */
export function contains(t: PdfText, phrase: string): boolean {
  const p = collapse(phrase);
  return t.prose.includes(p) || t.layout.includes(p);
}

export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => { const i = l.indexOf(':'); return [l.slice(0, i).trim(), l.slice(i + 1).trim()]; }));
}

export function qpdfCheck(file: string): { ok: boolean; out: string } {
  const r = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
}

export interface OutlineEntry { title: string; page: number; kids: OutlineEntry[] }

/** The document outline (bookmarks). */
export function outline(file: string): OutlineEntry[] {
  const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', file], { encoding: 'utf8', maxBuffer: 64 << 20 })) as { outlines: unknown[] };
  const walk = (list: unknown[]): OutlineEntry[] => (list as { title: string; destpageposfrom1: number; kids: unknown[] }[]).map((o) => ({ title: o.title, page: o.destpageposfrom1, kids: walk(o.kids ?? []) }));
  return walk(json.outlines);
}

/** Fonts of the PDF (pdffonts): name, type, embedded. */
export function fonts(file: string): { name: string; type: string; embedded: boolean }[] {
  const out = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return out.map((l) => {
    const m = /^(\S+)\s+(.+?)\s{2,}(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)/.exec(l);
    return m ? { name: m[1], type: m[2].trim(), embedded: m[4] === 'yes' } : { name: l, type: '?', embedded: false };
  });
}

export interface StructElem { type: string; alt?: string; kids: StructElem[] }

/** The tagged PDF's catalog language and structure tree (qpdf --json), strings decoded. */
export function structure(file: string): { lang?: string; tree: StructElem[] } {
  const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=qpdf', file], { encoding: 'utf8', maxBuffer: 256 << 20 })) as { qpdf: [unknown, Record<string, { value?: unknown }>] };
  const objs = json.qpdf[1];
  const get = (ref: unknown) => (typeof ref === 'string' && / R$/.test(ref) ? objs[`obj:${ref}`]?.value : ref) as Record<string, unknown> | undefined;
  const str = (v: unknown) => (typeof v === 'string' ? v.replace(/^[ub]:/, '') : undefined);
  const catalog = Object.values(objs).map((o) => o.value as Record<string, unknown>).find((v) => v?.['/Type'] === '/Catalog');
  const walk = (k: unknown): StructElem[] => {
    const list = Array.isArray(k) ? k : [k];
    return list.flatMap((ref) => {
      const e = get(ref);
      if (!e || typeof e !== 'object' || typeof e['/S'] !== 'string') return [];
      return [{ type: (e['/S'] as string).slice(1), alt: str(e['/Alt']), kids: walk(e['/K']) }];
    });
  };
  const root = get(catalog?.['/StructTreeRoot']);
  return { lang: str(catalog?.['/Lang']), tree: root ? walk(root['/K']) : [] };
}

/** Every element of a structure tree of a type, in document order. */
export const elements = (tree: StructElem[], type: string): StructElem[] => tree.flatMap((e) => [...(e.type === type ? [e] : []), ...elements(e.kids, type)]);
