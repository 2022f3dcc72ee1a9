// ../shared/ooxml/check over many packages, each distinct part once: the decks and data packs of a
// matrix share most of their parts (layouts, masters, themes, styles, the slides an audience keeps),
// and a part's schema check reads that part alone. The parts the check reads (its schema_for) are
// gathered from every package, one copy per content, and the check runs over packages of those
// copies: a part whose name the check matches exactly (ppt/presentation.xml, xl/workbook.xml …) goes
// to the next package that has none yet, any other part keeps its folder with the content's hash in
// its name. A worksheet is also checked once for its shape (sheetShape): the data packs' Figures
// sheets of five periods are 14 of their 17 MB, one row per figure written by the same code, and a
// sheet whose rows all have the shape of rows of a sheet checked already (the same markup but for
// cell references and texts, which the schema types as strings) is valid or not with it.
// A part that fails is reported with every package that holds it, or that it stands for.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { unzipEntries } from '../../../src/export/zip-read.js';
import { zipEntries, type ZipEntry } from '../../../src/export/pptx-zip.js';
import { root } from '../../helpers.js';

const CHECK = join(root, '..', 'shared', 'ooxml', 'check');
const utf8 = new TextDecoder();

// the parts ../shared/ooxml/check validates (its schema_for): a schema for each
const SCHEMAS: [RegExp, string][] = [
  [/^ppt\/(slides|slideLayouts|slideMasters|notesSlides|notesMasters)\/[^/]+\.xml$|^ppt\/presentation\.xml$/, 'pml'],
  [/^(ppt|xl)\/charts\/chart[^/]*\.xml$/, 'dml-chart'],
  [/^(ppt|xl)\/theme\/[^/]+\.xml$/, 'dml-main'],
  [/^xl\/(workbook|styles|sharedStrings)\.xml$|^xl\/worksheets\/[^/]+\.xml$/, 'sml'],
];
const FIXED = /^(ppt\/presentation|xl\/workbook|xl\/styles|xl\/sharedStrings)\.xml$/;
const schemaOf = (part: string) => SCHEMAS.find(([re]) => re.test(part))?.[1];

export interface SchemaCheck {
  /** the check's output, with the packages that hold each part it names */
  out: string;
  status: number | null;
  /** the parts the check read in all packages, and the distinct ones among them (checked once each) */
  parts: number;
  distinct: number;
  /** worksheets not checked themselves: each has the shape of a sheet that was (sheetShape) */
  byShape: number;
}

const ROW = /<row\b[^>]*\/>|<row\b[\s\S]*?<\/row>/g;
/** What the schema can tell apart in a worksheet: its markup outside the rows, and the distinct
 *  rows without their cell references and texts (ST_CellRef, ST_CellSpans, ST_Xstring, ST_Formula:
 *  strings to the schema). Undefined when its sheetData holds more than rows. */
export function sheetShape(xml: string): { skeleton: string; rows: Set<string> } | undefined {
  const start = xml.indexOf('<sheetData>'); const end = xml.lastIndexOf('</sheetData>');
  if (start < 0 || end < start) return undefined;
  const data = xml.slice(start + '<sheetData>'.length, end);
  if (data.replace(ROW, '') !== '') return undefined;
  const rows = new Set((data.match(ROW) ?? []).map((r) => r.replace(/ (?:r|spans)="[^"]*"/g, '').replace(/>[^<]+</g, '><')));
  return { skeleton: `${xml.slice(0, start)}${xml.slice(end)}`.replace(/<dimension ref="[^"]*"\/>/, '<dimension/>'), rows };
}

/** ../shared/ooxml/check over the distinct parts of these packages (run in the background). */
export function schemaCheck(packages: { name: string; bytes: Uint8Array }[], label: string): Promise<SchemaCheck> {
  const bins: ZipEntry[][] = [];
  const holders = new Map<string, string[]>(); // a part as checked → the packages' parts it stands for
  const byContent = new Map<string, string>();
  // the worksheets checked, by shape; the largest first (the most rows of their kind)
  const sheets: { shape: NonNullable<ReturnType<typeof sheetShape>>; as: string }[] = [];
  const isSheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/.test(name);
  const all = packages.flatMap((p) => unzipEntries(p.bytes).map((e) => ({ p, e })));
  const ordered = [...all.filter((x) => !isSheet(x.e.name)), ...all.filter((x) => isSheet(x.e.name)).sort((a, b) => b.e.data.length - a.e.data.length)];
  let parts = 0; let byShape = 0;
  for (const { p, e } of ordered) {
    const schema = schemaOf(e.name);
    if (!schema) continue;
    parts++;
    const hash = createHash('sha256').update(schema).update('\0').update(e.data).digest('hex').slice(0, 16);
    let as = byContent.get(hash);
    const shape = !as && isSheet(e.name) ? sheetShape(utf8.decode(e.data)) : undefined;
    if (shape) {
      const like = sheets.find((x) => x.shape.skeleton === shape.skeleton && [...shape.rows].every((r) => x.shape.rows.has(r)));
      if (like) { as = like.as; byContent.set(hash, as); byShape++; }
    }
    if (!as) {
      let bin: number;
      if (FIXED.test(e.name)) { bin = bins.findIndex((b) => !b.some((x) => x.name === e.name)); as = e.name; } else { bin = 0; as = join(dirname(e.name), `${basename(e.name, '.xml')}-${hash}.xml`); }
      if (bin < 0) bin = bins.length;
      (bins[bin] ??= []).push({ name: as, data: e.data });
      as = `${label}-${bin}!${as}`;
      byContent.set(hash, as);
      holders.set(as, []);
      if (shape) sheets.push({ shape, as });
    }
    holders.get(as)!.push(`${p.name}!${e.name}`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'qd-ooxml-parts-'));
  const ext = packages[0]?.name.split('.').at(-1) ?? 'zip';
  const files = bins.map((entries, i) => { const f = join(dir, `${label}-${i}.${ext}`); writeFileSync(f, zipEntries(entries, 1)); return f; });
  return new Promise((resolve) => {
    const child = spawn(CHECK, files, { stdio: ['ignore', 'pipe', 'pipe'] });
    let raw = '';
    child.stdout.on('data', (d: Buffer) => { raw += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { raw += d.toString(); });
    child.on('error', (e) => { raw += String(e); });
    child.on('close', (status) => {
      rmSync(dir, { recursive: true, force: true });
      // "<dir>/decks-0.pptx!ppt/slides/slide3-….xml:" → the part, then the packages that hold it
      const out = raw.replace(/^(\S+)!(\S+):$/gm, (line, file: string, part: string) => {
        const as = `${basename(file).replace(/\.\w+$/, '')}!${part}`;
        return holders.has(as) ? `${line} (in ${holders.get(as)!.join(', ')})` : line;
      });
      resolve({ out, status, parts, distinct: holders.size, byShape });
    });
  });
}
