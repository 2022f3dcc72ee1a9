// A chart's two copies of its figures: the cache in the chart part (what the slide draws) and the
// embedded workbook (what "Edit data" opens), read so that they can be compared and mended.
import type { ZipEntry } from '../pptx-zip.js';
import { unzipEntries } from '../zip-read.js';
import { folderOf, readRels, relsOf, resolveTarget, unescapeXml, type Parts } from './parts.js';

/** One reference of a chart to its workbook (series name, categories or values) with its cached points. */
export interface CacheRef { kind: 'str' | 'num'; formula: string; sheet: string; cells: string[]; points: (string | null)[] }

const colNumber = (col: string) => [...col].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
const colName = (n: number): string => (n > 26 ? colName(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));

/** "Sheet1!$A$2:$B$3" → sheet "Sheet1", cells A2 A3 B2 B3 (column by column, as a series runs down). */
export function expandRef(formula: string): { sheet: string; cells: string[] } {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(formula.trim());
  if (!m) throw new Error(`a chart formula that is not a cell range: ${formula}`);
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const [c1, r1] = [colNumber(m[3]), Number(m[4])];
  const [c2, r2] = m[5] ? [colNumber(m[5]), Number(m[6])] : [c1, r1];
  const cells: string[] = [];
  for (let c = c1; c <= c2; c++) for (let r = r1; r <= r2; r++) cells.push(`${colName(c)}${r}`);
  return { sheet, cells };
}

/** Every workbook reference of a chart part with its cache, in document order. */
export function chartRefs(xml: string): CacheRef[] {
  const out: CacheRef[] = [];
  for (const m of xml.matchAll(/<c:(strRef|numRef|multiLvlStrRef)>\s*<c:f>([^<]*)<\/c:f>([\s\S]*?)<\/c:\1>/g)) {
    const formula = unescapeXml(m[2]);
    const body = m[1] === 'multiLvlStrRef' ? (/<c:lvl>[\s\S]*?<\/c:lvl>/.exec(m[3])?.[0] ?? '') : m[3];
    const count = Number(/<c:ptCount val="(\d+)"\/>/.exec(m[3])?.[1] ?? 0);
    const points: (string | null)[] = new Array(count).fill(null);
    for (const p of body.matchAll(/<c:pt idx="(\d+)"[^>]*>\s*<c:v>([^<]*)<\/c:v>\s*<\/c:pt>/g)) points[Number(p[1])] = p[2] === '' ? null : unescapeXml(p[2]);
    out.push({ kind: m[1] === 'numRef' ? 'num' : 'str', formula, ...expandRef(formula), points });
  }
  return out;
}

/** The embedded workbook part of each chart part (its "package" relationship). */
export function chartWorkbooks(parts: Parts): { chart: string; workbook: string }[] {
  const out: { chart: string; workbook: string }[] = [];
  for (const chart of parts.matching(/^(ppt|xl)\/charts\/chart\d+\.xml$/)) {
    const rels = relsOf(chart);
    if (!parts.has(rels)) continue;
    const pkg = readRels(parts.text(rels)).find((r) => r.type === 'package' && !r.external);
    if (pkg) out.push({ chart, workbook: resolveTarget(folderOf(chart), pkg.target) });
  }
  return out;
}

export interface Sheet { part: string; xml: string; cells: Map<string, string | null> }
export interface Workbook { entries: ZipEntry[]; sheets: Map<string, Sheet> }

/** The sheets of a workbook by name, each cell's value as text (shared and inline strings resolved; null when empty). */
export async function readWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const entries = unzipEntries(bytes);
  const utf8 = new TextDecoder('utf-8');
  const text = async (n: string) => { const e = entries.find((x) => x.name === n); return e ? utf8.decode(e.data) : ''; };
  const strings = [...(await text('xl/sharedStrings.xml')).matchAll(/<si>([\s\S]*?)<\/si>/g)]
    .map((si) => [...si[1].matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((t) => unescapeXml(t[1])).join(''));
  const rels = readRels(await text('xl/_rels/workbook.xml.rels'));
  const sheets = new Map<string, Sheet>();
  for (const s of (await text('xl/workbook.xml')).matchAll(/<sheet\b[^>]*?name="([^"]*)"[^>]*?r:id="([^"]*)"[^>]*\/>/g)) {
    const rel = rels.find((r) => r.id === s[2]);
    if (!rel) continue;
    const part = resolveTarget('xl', rel.target);
    const xml = await text(part);
    const cells = new Map<string, string | null>();
    for (const c of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = /\br="([A-Z]+\d+)"/.exec(c[1])?.[1];
      if (!ref) continue;
      const type = /\bt="([^"]*)"/.exec(c[1])?.[1];
      const v = /<v>([^<]*)<\/v>/.exec(c[2] ?? '')?.[1];
      const inline = type === 'inlineStr' ? [...(c[2] ?? '').matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((t) => unescapeXml(t[1])).join('') : undefined;
      const value = inline ?? (v === undefined || v === '' ? null : type === 's' ? strings[Number(v)] ?? null : unescapeXml(v));
      cells.set(ref, value === '' ? null : value);
    }
    sheets.set(unescapeXml(s[1]), { part, xml, cells });
  }
  return { entries, sheets };
}

/** Does a workbook cell hold what the chart caches? Numbers compare as numbers, text as text, empty as empty. */
export function sameValue(kind: CacheRef['kind'], cached: string | null, cell: string | null | undefined): boolean {
  const a = cached ?? null; const b = cell ?? null;
  if (a === null || b === null) return a === b;
  return kind === 'num' ? Number(a) === Number(b) && !Number.isNaN(Number(a)) : a === b;
}

/** Where a chart's cache and its embedded workbook disagree: "Sheet1!B2: chart 0, workbook (empty)". */
export async function chartDataMismatches(parts: Parts): Promise<{ chart: string; cell: string; chartValue: string | null; workbookValue: string | null }[]> {
  const out: { chart: string; cell: string; chartValue: string | null; workbookValue: string | null }[] = [];
  for (const { chart, workbook } of chartWorkbooks(parts)) {
    if (!parts.has(workbook)) continue; // a missing target is the relationship check's to report
    const wb = await readWorkbook(parts.bytes(workbook));
    for (const ref of chartRefs(parts.text(chart))) {
      const sheet = wb.sheets.get(ref.sheet);
      ref.cells.forEach((cell, i) => {
        const got = sheet?.cells.get(cell) ?? null;
        if (!sameValue(ref.kind, ref.points[i] ?? null, got)) out.push({ chart, cell: `${ref.sheet}!${cell}`, chartValue: ref.points[i] ?? null, workbookValue: got });
      });
    }
  }
  return out;
}
