// Japanese text in the PDFs: Noto Sans CJK JP, embedded as a font the PDF names.
//
// Debian's Noto Sans CJK JP is a CFF (PostScript-outline) collection, which Chromium's PDF writer
// embeds as dozens of unnamed Type 3 fonts: large, slow, and no "Noto Sans CJK JP" in pdffonts. So for
// each document we make a TrueType subset of the characters it uses (fontkit reads the CFF outlines,
// cubic curves become quadratic ones, fonteditor-core writes the TrueType font) and give it to the
// page as @font-face data: URLs. Chromium then embeds it as "NotoSansCJKjp-Regular" (CID TrueType),
// with only the glyphs the document prints. Without the font on the machine, nothing is added and the
// page falls back to the system font.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Fontkit from 'fontkit';
import type { Font as FontEditorFont, TTF } from 'fonteditor-core';
import { cachedFile } from '../load/file-cache.js';
import { cacheMap } from '../cache/registry.js';
import { stringBytes } from '../cache/bounded-map.js';

// fontkit and fonteditor-core load only to make a subset the cache does not hold (their CommonJS
// builds, synchronously): a document whose subsets were made before never loads them
const require = createRequire(import.meta.url);
const fontkit = () => require('fontkit') as typeof Fontkit;
const FontEditor = () => (require('fonteditor-core') as { Font: typeof FontEditorFont }).Font;

/** Characters Latin fonts lack: CJK punctuation, kana, ideographs, full-width forms, ※, the
 *  superscript digits past ³ (footnote marks ⁴ ⁵ …), circled numbers (①) and △ (the exchange's minus) */
const CJK = /[\u203b\u2070-\u209f\u2460-\u24ff\u25b3\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;
const WEIGHTS = [{ weight: 400, style: 'Regular' }, { weight: 700, style: 'Bold' }] as const;

/** The CJK characters of a text, sorted and unique. */
export function cjkChars(text: string): number[] {
  const set = new Set<number>();
  for (const m of text.matchAll(CJK_ALL)) set.add(m[0].codePointAt(0)!);
  return [...set].sort((a, b) => a - b);
}
const CJK_ALL = new RegExp(CJK.source, 'gu');

const files = cacheMap<string, string | null>({ name: 'CJK font files', keyedBy: 'the style (fontconfig)', max: 2 });
/** The installed Noto Sans CJK JP file of a style (fontconfig finds it), or null. */
function faceFile(style: 'Regular' | 'Bold'): string | null {
  if (files.has(style)) return files.get(style)!;
  let found: string | null = null;
  try {
    const file = execFileSync('fc-match', ['-f', '%{file}', `Noto Sans CJK JP:style=${style}`], { encoding: 'utf8' }).trim();
    if (file && existsSync(file) && /NotoSansCJK/i.test(file)) found = file;
  } catch { found = null; }
  files.set(style, found);
  return found;
}

const fonts = cacheMap<string, Fontkit.Font | null>({ name: 'CJK font faces', keyedBy: 'the style', max: 2 });
/**
 * An open face holds its whole collection file (about 20 MB a style) and the tables read from it
 * (about 11 MB more): they are let go a second after the last subset was made. A package's
 * documents make their subsets one after the other and share the open faces; a build or a batch
 * does not carry 60 MB through the rest of its work (and a long-lived process for the rest of its
 * life) for the subsets the disk cache lacked.
 */
const FACES_IDLE_MS = 1000;
const letFacesGo = setTimeout(() => fonts.clear(), FACES_IDLE_MS);
letFacesGo.unref();

/** The face of a style in its file (opened only when a subset is not cached), or null. */
function face(file: string, style: 'Regular' | 'Bold'): Fontkit.Font | null {
  letFacesGo.refresh();
  if (fonts.has(style)) return fonts.get(style)!;
  let found: Fontkit.Font | null = null;
  try {
    const f = fontkit().openSync(file);
    found = 'fonts' in f ? (f.getFont(`NotoSansCJKjp-${style}`) as Fontkit.Font | null) ?? null : f;
  } catch { found = null; }
  fonts.set(style, found);
  return found;
}

type Pt = { x: number; y: number; onCurve?: boolean };
const round = (x: number, y: number, onCurve: boolean): Pt => ({ x: Math.round(x), y: Math.round(y), onCurve });

/** A cubic Bézier as quadratic ones (TrueType outlines): the cubic is cut into pieces short enough
 *  that one quadratic each follows it within a fraction of a unit at text sizes. */
function cubicToQuads(p0: Pt, c1: Pt, c2: Pt, p3: Pt, out: Pt[]): void {
  const len = Math.hypot(c1.x - p0.x, c1.y - p0.y) + Math.hypot(c2.x - c1.x, c2.y - c1.y) + Math.hypot(p3.x - c2.x, p3.y - c2.y);
  const n = Math.min(8, Math.max(1, Math.ceil(len / 150)));
  const at = (t: number) => { const u = 1 - t; return { x: u * u * u * p0.x + 3 * u * u * t * c1.x + 3 * u * t * t * c2.x + t * t * t * p3.x, y: u * u * u * p0.y + 3 * u * u * t * c1.y + 3 * u * t * t * c2.y + t * t * t * p3.y }; };
  const slope = (t: number) => { const u = 1 - t; return { x: 3 * (u * u * (c1.x - p0.x) + 2 * u * t * (c2.x - c1.x) + t * t * (p3.x - c2.x)), y: 3 * (u * u * (c1.y - p0.y) + 2 * u * t * (c2.y - c1.y) + t * t * (p3.y - c2.y)) }; };
  for (let i = 0; i < n; i++) {
    const t0 = i / n; const t1 = (i + 1) / n; const h = t1 - t0;
    const a = at(t0); const b = at(t1); const da = slope(t0); const db = slope(t1);
    // the control point: where the end tangents meet, estimated from both ends
    out.push(round(((a.x + (da.x * h) / 2) + (b.x - (db.x * h) / 2)) / 2, ((a.y + (da.y * h) / 2) + (b.y - (db.y * h) / 2)) / 2, false), round(b.x, b.y, true));
  }
}

/** A glyph's outline as TrueType contours. */
function contours(path: Fontkit.Path): Pt[][] {
  const out: Pt[][] = [];
  let cur: Pt[] | undefined; let last: Pt = { x: 0, y: 0 };
  const close = () => {
    if (cur && cur.length > 1) {
      const f = cur[0]; const l = cur[cur.length - 1];
      if (l.onCurve && l.x === f.x && l.y === f.y) cur.pop();
      out.push(cur);
    }
    cur = undefined;
  };
  for (const { command, args: a } of path.commands) {
    if (command === 'moveTo') { close(); cur = [round(a[0], a[1], true)]; last = { x: a[0], y: a[1] }; continue; }
    if (!cur) cur = [round(last.x, last.y, true)];
    if (command === 'lineTo') { cur.push(round(a[0], a[1], true)); last = { x: a[0], y: a[1] }; }
    else if (command === 'quadraticCurveTo') { cur.push(round(a[0], a[1], false), round(a[2], a[3], true)); last = { x: a[2], y: a[3] }; }
    else if (command === 'bezierCurveTo') { cubicToQuads(last, { x: a[0], y: a[1] }, { x: a[2], y: a[3] }, { x: a[4], y: a[5] }, cur); last = { x: a[4], y: a[5] }; }
    else if (command === 'closePath') close();
  }
  close();
  return out;
}

/** A TrueType font with the glyphs of these code points. */
function subset(src: Fontkit.Font, style: string, codePoints: number[]): Buffer {
  const font = FontEditor().create();
  const ttf = font.get();
  const os2 = (src as unknown as Record<string, Record<string, number>>)['OS/2'] ?? {};
  ttf.head.unitsPerEm = src.unitsPerEm;
  Object.assign(ttf.hhea, { ascent: src.ascent, descent: src.descent, lineGap: src.lineGap });
  Object.assign(ttf['OS/2'], {
    usWinAscent: os2.winAscent ?? src.ascent, usWinDescent: os2.winDescent ?? -src.descent,
    sTypoAscender: os2.typoAscender ?? src.ascent, sTypoDescender: os2.typoDescender ?? src.descent, sTypoLineGap: os2.typoLineGap ?? src.lineGap,
    usWeightClass: style === 'Bold' ? 700 : 400, fsSelection: style === 'Bold' ? 0x20 : 0x40,
  });
  Object.assign(ttf.name, {
    fontFamily: 'Noto Sans CJK JP', fontSubFamily: style, fullName: `Noto Sans CJK JP ${style}`, postScriptName: `NotoSansCJKjp-${style}`,
    uniqueSubFamily: `NotoSansCJKjp-${style} (subset)`, version: 'Version 2.004', copyright: '© 2014-2021 Adobe (http://www.adobe.com/). SIL Open Font License 1.1.',
  });
  const glyphs: TTF.Glyph[] = [ttf.glyf[0]];
  for (const cp of codePoints) {
    if (!src.hasGlyphForCodePoint(cp)) continue;
    const g = src.glyphForCodePoint(cp);
    const cs = contours(g.path);
    const pts = cs.flat();
    const box = pts.length
      ? { xMin: Math.min(...pts.map((p) => p.x)), xMax: Math.max(...pts.map((p) => p.x)), yMin: Math.min(...pts.map((p) => p.y)), yMax: Math.max(...pts.map((p) => p.y)) }
      : { xMin: 0, xMax: 0, yMin: 0, yMax: 0 };
    glyphs.push({ contours: cs as TTF.Contour[], ...box, advanceWidth: g.advanceWidth, leftSideBearing: box.xMin, unicode: [cp], name: `uni${cp.toString(16).toUpperCase()}` } as TTF.Glyph);
  }
  ttf.glyf = glyphs;
  font.set(ttf);
  return font.write({ type: 'ttf', hinting: false }) as Buffer;
}

/** the subsets' cache key: bump when subset() changes what it writes */
const FONT_FORMAT = 'qd-cjk-subset-1';
const cache = cacheMap<string, string>({ name: 'CJK @font-face rules', keyedBy: 'the families and the characters', max: 32, maxBytes: 64 * 2 ** 20, sizeOf: stringBytes });

/**
 * @font-face rules (regular and bold) for the CJK characters of `text`, each family of `families`
 * naming the same subset ("QD CJK" of the release's CSS, "Noto Sans CJK JP" of charts and slides).
 * Empty when the text has no CJK character or the font is not installed.
 */
export function cjkFontFaces(text: string, families: string[] = ['Noto Sans CJK JP']): string {
  const cps = cjkChars(text);
  if (!cps.length) return '';
  const key = `${families.join('|')}\0${cps.join(',')}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const range = cps.map((c) => `U+${c.toString(16).toUpperCase()}`).join(', ');
  const rules: string[] = [];
  for (const w of WEIGHTS) {
    const file = faceFile(w.style);
    // the subset comes from the cache when these characters were subset before; the font opens only when not
    const ttf = file && cachedFile('fonts', [FONT_FORMAT, file, w.style, cps.join(',')], () => {
      const src = face(file, w.style);
      return src ? subset(src, w.style, cps) : Buffer.alloc(0);
    });
    if (!ttf || !ttf.length) continue;
    const url = `data:font/ttf;base64,${ttf.toString('base64')}`;
    for (const family of families) rules.push(`@font-face { font-family: "${family}"; font-weight: ${w.weight}; font-style: normal; src: url(${url}) format("truetype"); unicode-range: ${range}; }`);
  }
  const css = rules.join('\n');
  cache.set(key, css);
  return css;
}

/**
 * An HTML document (or a header/footer fragment) with the @font-face rules of the CJK characters of
 * `text` (default: its own) added. Chromium's running header and footer only use a web font the page
 * itself has loaded: give them the page's rules (the same `text`, hence the same font data).
 */
export function withFontFaces(html: string, families: string[] = ['Noto Sans CJK JP'], text = html): string {
  const faces = facesOfText(text, families);
  if (!faces) return html;
  const style = `<style>${faces}</style>`;
  return html.includes('</head>') ? html.replace('</head>', `${style}</head>`) : `${style}${html}`;
}

/** The last text's rules: a release asks for the rules of one text three times (page, header, footer). */
const lastText = cacheMap<string, { text: string; faces: string }>({ name: "CJK @font-face rules of the last text", keyedBy: 'the families, then the text', max: 1 });
function facesOfText(text: string, families: string[]): string {
  const f = families.join('|');
  const last = lastText.get(f);
  if (last && last.text === text) return last.faces;
  const faces = cjkFontFaces(text.replace(/data:[^"')\s]+/g, ''), families);
  lastText.set(f, { text, faces });
  return faces;
}
