// Decks and data packs that open cleanly in Microsoft PowerPoint and Excel: a matrix of packages
// (audiences, languages, periods, a template folder and a theme, the fixture company) built once
// without a browser, then the Office Open XML schemas (../shared/ooxml/check over every distinct part, in
// the background while the other tests run), the package checks PowerPoint also makes, each chart's embedded workbook against the
// chart's cache, and the fixes of export/ooxml: each still needed by pptxgenjs's output.
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { dataDir, fixtures } from '../../helpers.js';
import { officePackage, type OfficeCase, type OfficePackage } from './packages.js';
import { schemaCheck, sheetShape, type SchemaCheck } from './schema-check.js';
import { PPTX_FIXES, XLSX_FIXES, type MendReport } from '../../../src/export/ooxml/index.js';
import { applyFixes } from '../../../src/export/ooxml/fix.js';
import { Parts } from '../../../src/export/ooxml/parts.js';
import { packageProblems } from '../../../src/export/ooxml/integrity.js';
import { unzipEntries } from '../../../src/export/zip-read.js';
import PptxGenJSModule from 'pptxgenjs';
import type * as P from 'pptxgenjs';

const PptxGenJS = PptxGenJSModule as unknown as new () => P.default;

const iij = (name: string, period: string, audience: string, more: Partial<OfficeCase> = {}): OfficeCase => ({ name, dataDir, company: 'iij', period, audience, ...more });
const CASES: OfficeCase[] = [
  iij('fy2009-investors', 'FY2009', 'investors'),
  iij('fy2009-board', 'FY2009', 'board'),
  iij('fy2009-ja', 'FY2009', 'ja'),
  iij('fy2009-analysts', 'FY2009', 'analysts'),
  iij('fy2008-slate', 'FY2008', 'investors', { theme: 'slate' }),
  iij('fy2009-h1', 'FY2009-H1', 'investors'),
  iij('fy2009-q2', 'FY2009-Q2', 'analysts'),
  iij('fy2009-override', 'FY2009', 'investors', { templates: [join(fixtures, 'templates-override')] }),
  // the built-in deck template names IIJ's items: the fixture company's package is its data pack
  { name: 'harbor', dataDir: fixtures, company: 'harbor', audience: 'analysts', deck: false },
];

const built: OfficePackage[] = [];
const report: MendReport = new Map();
const utf8 = new TextDecoder();
const decks = () => built.filter((b) => b.pptx) as (OfficePackage & { pptx: Uint8Array })[];
const partsOf = (bytes: Uint8Array) => new Parts(unzipEntries(bytes));
const chartParts = (parts: Parts) => parts.matching(/^ppt\/charts\/chart\d+\.xml$/);

/** pptxgenjs's own output where its shape-id defect shows whatever our slides hold: a table on slide
 *  24 (id 1 × 24 + 1) beside the slide number (always id 25). */
async function shapeIdDefectDeck(): Promise<Uint8Array> {
  const pres = new PptxGenJS();
  for (let i = 1; i <= 24; i++) {
    const slide = pres.addSlide();
    slide.slideNumber = { x: 9, y: 5 };
    if (i === 24) slide.addTable([[{ text: 'a' }, { text: 'b' }]], { x: 1, y: 1, w: 4 });
  }
  return new Uint8Array(await pres.write({ outputType: 'nodebuffer' }) as Buffer);
}

// the schema check of the packages started at once: two checks (decks, data packs) beside the tests
// below, which read the packages in this process; each distinct part is checked once (schema-check.ts)
let checks: Promise<SchemaCheck[]>;
const packs = () => built.filter((b) => built.find((x) => x.xlsx === b.xlsx) === b);

beforeAll(async () => {
  for (const c of CASES) built.push(await officePackage(c, report));
  checks = Promise.all([
    schemaCheck(decks().map((b) => ({ name: `${b.name}.pptx`, bytes: b.pptx })), 'decks'),
    schemaCheck(packs().map((b) => ({ name: `${b.name}.xlsx`, bytes: b.xlsx })), 'data-packs'),
  ]);
  checks.catch(() => undefined);
  await applyFixes(new Parts(unzipEntries(await shapeIdDefectDeck())), PPTX_FIXES, report);
}, 300_000);

describe('every deck and data pack of the matrix', () => {

  it('holds together: relationship targets, content types, unique shape ids, XML 1.0 text', async () => {
    for (const b of built) {
      if (b.pptx) expect(await packageProblems(partsOf(b.pptx)), `${b.name}.pptx`).toEqual([]);
    }
    for (const b of packs()) expect(await packageProblems(partsOf(b.xlsx), 'chars'), `${b.name}.xlsx`).toEqual([]);
  }, 60_000);

  it('has one slide part per slide of its model, for every deck of the matrix (periods, audiences, languages, themes)', () => {
    expect(decks().map((b) => b.name)).toEqual(expect.arrayContaining(['fy2008-slate', 'fy2009-h1', 'fy2009-q2', 'fy2009-ja']));
    for (const b of decks()) {
      const slides = partsOf(b.pptx).matching(/^ppt\/slides\/slide\d+\.xml$/);
      expect(b.model!.slides.length, b.name).toBeGreaterThan(5);
      expect(slides.length, b.name).toBe(b.model!.slides.length);
    }
  });

  it('has exactly two c:axId in every 2D chart group, each an axis of the chart', () => {
    let groups = 0;
    for (const b of decks()) {
      const parts = partsOf(b.pptx);
      for (const name of chartParts(parts)) {
        const xml = parts.text(name);
        const axes = new Set([...xml.matchAll(/<c:(?:catAx|valAx)>\s*<c:axId val="(\d+)"\/>/g)].map((m) => m[1]));
        for (const g of xml.matchAll(/<c:(\w+Chart)>([\s\S]*?)<\/c:\1>/g)) {
          expect(g[1], `${b.name} ${name}`).toMatch(/^(bar|line)Chart$/);
          const ids = [...g[2].matchAll(/<c:axId val="(\d+)"\/>/g)].map((m) => m[1]);
          expect(ids.length, `${b.name} ${name} c:${g[1]}`).toBe(2);
          for (const id of ids) expect(axes.has(id), `${b.name} ${name}: axis ${id}`).toBe(true);
          groups++;
        }
      }
    }
    expect(groups).toBeGreaterThan(decks().length * 8);
  });
});

/** A chart's cached references: formula → points (null where empty), read from the chart part. */
function cachedRefs(xml: string): { f: string; num: boolean; points: (string | null)[] }[] {
  return [...xml.matchAll(/<c:(strRef|numRef|multiLvlStrRef)>\s*<c:f>([^<]*)<\/c:f>([\s\S]*?)<\/c:\1>/g)].map((m) => {
    const n = Number(/<c:ptCount val="(\d+)"/.exec(m[3])![1]);
    const points: (string | null)[] = new Array(n).fill(null);
    for (const p of m[3].matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)) points[Number(p[1])] = p[2] === '' ? null : p[2].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    return { f: m[2], num: m[1] === 'numRef', points };
  });
}

describe("each chart's embedded workbook (what \"Edit data\" opens)", () => {
  it('holds the figures of the chart\'s cache, cell for cell (read with exceljs)', async () => {
    let cells = 0; let zeros = 0;
    // the decks with charts of their own figures (board, analysts and the template folder chart FY2009's as investors does)
    for (const b of decks().filter((d) => !/^fy2009-(board|analysts|override)$/.test(d.name))) {
      const parts = partsOf(b.pptx);
      for (const chart of chartParts(parts)) {
        const rels = parts.text(chart.replace('charts/', 'charts/_rels/') + '.rels');
        const target = /Target="\.\.\/embeddings\/([^"]+\.xlsx)"/.exec(rels)?.[1];
        expect(target, `${b.name} ${chart}: an embedded workbook`).toBeDefined();
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(Buffer.from(parts.bytes(`ppt/embeddings/${target}`)) as unknown as ArrayBuffer);
        for (const ref of cachedRefs(parts.text(chart))) {
          const [, sheet, c1, r1, c2, r2] = /^(\w+)!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(ref.f)!;
          expect(c2 ?? c1, ref.f).toBe(c1); // a series runs down one column
          const ws = wb.getWorksheet(sheet!)!;
          ref.points.forEach((want, i) => {
            const addr = `${c1}${Number(r1) + i}`;
            const got = ws.getCell(addr).value;
            const where = `${b.name} ${chart} ${sheet}!${addr}`;
            if (want === null) expect(got ?? null, where).toBeNull();
            else if (ref.num) { expect(typeof got, where).toBe('number'); expect(got, where).toBe(Number(want)); if (Number(want) === 0) zeros++; }
            else expect(String(got), where).toBe(want);
            cells++;
          });
          if (r2) expect(Number(r2) - Number(r1) + 1, ref.f).toBe(ref.points.length);
        }
      }
    }
    expect(cells).toBeGreaterThan(500);
    expect(zeros).toBeGreaterThan(0); // the zeros pptxgenjs leaves out of the workbook are there
  }, 120_000);
});

describe('the fixes of export/ooxml (pptxgenjs 4.0.1)', () => {
  it('each fix of a pptxgenjs defect still mends something on these decks (fails when an upgrade makes one unneeded)', () => {
    for (const f of PPTX_FIXES.filter((x) => x.kind === 'defect')) expect(report.get(f.id) ?? 0, `${f.id}: ${f.defect}`).toBeGreaterThan(0);
    // our data has no control characters: the guard mends nothing here (fixes.test.ts feeds it some)
    expect(report.get('xml-chars')).toBe(0);
  });

  it('leaves nothing for a second pass to mend', async () => {
    for (const b of decks().slice(0, 3)) {
      const again: MendReport = new Map();
      await applyFixes(partsOf(b.pptx), PPTX_FIXES, again);
      expect([...again.values()].every((n) => n === 0), `${b.name}: ${JSON.stringify([...again])}`).toBe(true);
    }
    const again: MendReport = new Map();
    await applyFixes(partsOf(built[0]!.xlsx), XLSX_FIXES, again);
    expect(again.get('xml-chars')).toBe(0);
  });

  it('writes presentation.xml in the schema\'s order: masters, notes master, slides, sizes', () => {
    const pres = utf8.decode(partsOf(built[0]!.pptx!).bytes('ppt/presentation.xml'));
    const at = (tag: string) => pres.indexOf(`<p:${tag}`);
    const order = ['sldMasterIdLst', 'notesMasterIdLst', 'sldIdLst', 'sldSz', 'notesSz', 'defaultTextStyle'].map(at);
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

describe('the schema check of many packages (schema-check.ts)', () => {
  const sheet = (rows: string) => `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:B9"/><sheetData>${rows}</sheetData></worksheet>`;
  const row = (n: number, s: string, v: string, cell = `<c r="B${n}" s="2"><v>${v}</v></c>`) => `<row r="${n}" spans="1:2"><c r="A${n}" t="s"><v>${s}</v></c>${cell}</row>`;
  it('takes a worksheet for one already checked only when each of its rows has the shape of a row there', () => {
    const checked = sheetShape(sheet(row(1, '0', '12.5') + row(2, '1', '-7')))!;
    const covered = (xml: string) => { const x = sheetShape(xml); return !!x && x.skeleton === checked.skeleton && [...x.rows].every((r) => checked.rows.has(r)); };
    // other cell references, shared-string indices and numbers: the same shapes
    expect(covered(sheet(row(5, '40', '3') + row(6, '41', '0') + row(7, '42', '1e-3')))).toBe(true);
    // a cell of another type, another style, an inline string or a formula: a shape of its own, checked itself
    expect(covered(sheet(row(3, '2', 'x', '<c r="B3" t="str"><v>x</v></c>')))).toBe(false);
    expect(covered(sheet(row(3, '2', '1', '<c r="B3" s="3"><v>1</v></c>')))).toBe(false);
    expect(covered(sheet(row(3, '2', '', '<c r="B3" t="inlineStr"><is><t>x</t></is></c>')))).toBe(false);
    expect(covered(sheet(row(3, '2', '', '<c r="B3"><f>A1</f><v>1</v></c>')))).toBe(false);
    // anything else outside the rows differs: checked itself
    expect(covered(sheet(row(1, '0', '1')).replace('<sheetData>', '<cols><col min="1" max="1" width="9"/></cols><sheetData>'))).toBe(false);
    // sheetData holding more than rows has no shape
    expect(sheetShape(sheet(`${row(1, '0', '1')}<foo/>`))).toBeUndefined();
  });
});

// last: the checks started in beforeAll ran beside the tests above
describe('every deck and data pack of the matrix', () => {
  it('passes the Office Open XML schemas: 0 invalid parts (../shared/ooxml/check)', async () => {
    expect(packs().length).toBe(6); // FY2009 in English and Japanese, FY2008, 1H, a quarter, the fixture company
    for (const r of await checks) {
      expect(r.out, 'ooxml/check').toMatch(/^\d+ parts valid, 0 invalid$/m);
      expect(r.status).toBe(0);
      // each distinct part was read: the check counts one valid part for each
      expect(Number(/^(\d+) parts valid/m.exec(r.out)?.[1])).toBe(r.distinct);
    }
    // every package was read: slides, layouts, charts … of each deck and the sheets of each data pack
    const [d, x] = await checks;
    expect(d!.parts).toBeGreaterThan(decks().length * 40);
    expect(x!.parts).toBeGreaterThan(6 * 3);
  }, 300_000);
});
