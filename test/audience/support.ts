// Reading the packages the audience tests build: slides of a PPTX (jszip), pages of a PDF
// (pdftotext), a scratch template folder.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { fixtures } from '../helpers.js';

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export interface PptxSlides {
  zip: JSZip;
  /** each slide's XML, in slide order */
  xml: string[];
  /** each slide's text runs joined with spaces, in slide order */
  text: string[];
}

export async function readPptx(bytes: Uint8Array): Promise<PptxSlides> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  const xml = await Promise.all(names.map((n) => zip.file(n)!.async('string')));
  const text = xml.map((x) => [...x.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescape(m[1])).join(' ').replace(/\s+/g, ' '));
  return { zip, xml, text };
}

/** Parts of the package whose names match, as text. */
export async function parts(zip: JSZip, re: RegExp): Promise<string[]> {
  return Promise.all(Object.keys(zip.files).filter((f) => re.test(f)).sort().map((f) => zip.file(f)!.async('string')));
}

/** A scratch template folder: files by relative path (optionally over a copy of a fixture folder). */
export function templateFolder(files: Record<string, string | Uint8Array>, from?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'qd-tpl-'));
  if (from) cpSync(join(fixtures, from), dir, { recursive: true });
  for (const [rel, data] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), data);
  }
  return dir;
}

export const scratch = (name: string) => mkdtempSync(join(tmpdir(), `qd-${name}-`));
