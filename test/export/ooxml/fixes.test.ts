// The finishing pass of export/ooxml on its own: the guard against characters XML 1.0 forbids (in
// a deck and a data pack), each package check catching what it is there to catch, the build
// refusing a package that would not open cleanly, and fixes refusing markup they do not expect.
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { deckPptx } from '../../../src/export/pptx.js';
import { finishPackage, finishWorkbook, PPTX_FIXES, type MendReport } from '../../../src/export/ooxml/index.js';
import { Parts } from '../../../src/export/ooxml/parts.js';
import { packageProblems, xmlError } from '../../../src/export/ooxml/integrity.js';
import { chartAxisIds } from '../../../src/export/ooxml/chart-axis-ids.js';
import { lineChartGrouping } from '../../../src/export/ooxml/line-chart-grouping.js';
import { shapeIds } from '../../../src/export/ooxml/shape-ids.js';
import { backgroundEffects } from '../../../src/export/ooxml/background-effects.js';
import { UnexpectedMarkup } from '../../../src/export/ooxml/fix.js';
import { QuarterDeckError } from '../../../src/errors/problem.js';
import { unzipEntries } from '../../../src/export/zip-read.js';
import type { DeckModel } from '../../../src/contract/deck.js';
import { deckFor } from '../../render/deck-fixture.js';

const utf8 = new TextDecoder();
let small: DeckModel;
let deck: Uint8Array;
const fresh = () => new Parts(unzipEntries(deck));

beforeAll(async () => {
  // a cover, the first slide with a chart and the first with a table: every kind of part, quickly
  const { model } = deckFor('FY2009');
  const chart = model.slides.find((s) => s.blocks.some((b) => b.kind === 'chart'))!;
  const table = model.slides.find((s) => s.blocks.some((b) => b.kind === 'table'))!;
  small = { ...model, slides: [model.slides[0]!, chart, table] };
  deck = await deckPptx(small);
}, 120_000);

describe('characters XML 1.0 does not allow', () => {
  it('in a deck\'s text become spaces, and every part stays well-formed', async () => {
    const [cover, chart, table] = small.slides;
    // a series name with a vertical tab: in the chart part and in its embedded workbook
    const blocks = chart!.blocks.map((b) => (b.kind !== 'chart' ? b : { ...b, data: { ...b.data, rows: b.data.rows.map((r) => ({ ...r, series: `${r.series}\u000bseries` })) } }));
    const dirty: DeckModel = { ...small, slides: [{ ...cover!, title: `Results\u000bfor the year`, notes: `Notes\u0001with\uffffcontrols` }, { ...chart!, blocks }, table!] };
    const report: MendReport = new Map();
    const parts = new Parts(unzipEntries(await deckPptx(dirty, report)));
    expect(report.get('xml-chars')).toBeGreaterThanOrEqual(3);
    for (const n of parts.names().filter((x) => /\.(xml|rels)$/.test(x))) expect(xmlError(parts.text(n)), n).toBeUndefined();
    expect(parts.text('ppt/slides/slide1.xml')).toContain('Results for the year');
    expect(parts.text('ppt/notesSlides/notesSlide1.xml')).toContain('Notes with controls');
    const sheet = new Parts(unzipEntries(parts.bytes(parts.matching(/^ppt\/embeddings\/.*\.xlsx$/)[0]!)));
    expect(xmlError(sheet.text('xl/sharedStrings.xml'))).toBeUndefined();
    expect(sheet.text('xl/sharedStrings.xml')).toMatch(/ series</);
  });

  it('in a data pack\'s cells become spaces (exceljs keeps U+FFFF)', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Figures').addRow(['Revenue\uffffnet', 1]);
    const report: MendReport = new Map();
    const out = await finishWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), 'data-pack.xlsx', report);
    expect(report.get('xml-chars')).toBe(1);
    const strings = utf8.decode(unzipEntries(out).find((e) => e.name === 'xl/sharedStrings.xml')!.data);
    expect(strings).toContain('Revenue net');
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(Buffer.from(out) as unknown as ArrayBuffer);
    expect(back.getWorksheet('Figures')!.getCell('A1').value).toBe('Revenue net');
  });
});

describe('the package checks', () => {
  it('find nothing wrong with the deck as built', async () => {
    expect(await packageProblems(fresh())).toEqual([]);
  });

  it('report a relationship whose target is missing', async () => {
    const p = fresh();
    const wb = p.matching(/^ppt\/embeddings\/.*\.xlsx$/)[0]!;
    const parts = new Parts(p.entries().filter((e) => e.name !== wb));
    const problems = await packageProblems(parts);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.part).toMatch(/^ppt\/charts\/_rels\/chart\d+\.xml\.rels$/);
    expect(problems[0]!.message).toMatch(new RegExp(`^relationship rId\\d+ \\(package\\) points to ${wb.replace(/\./g, '\\.')}, which the package does not have$`));
  });

  it('report a part without a content type and a content type without a part', async () => {
    const p = fresh();
    p.setText('[Content_Types].xml', p.text('[Content_Types].xml').replace(/<Default Extension="png"[^>]*\/>/, '').replace('</Types>', '<Override PartName="/ppt/slides/slide9.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/></Types>'));
    const messages = (await packageProblems(p)).map((x) => `${x.part}: ${x.message}`);
    expect(messages.some((m) => /^ppt\/media\/.*\.png: has no content type/.test(m))).toBe(true);
    expect(messages).toContain('[Content_Types].xml: declares a content type for /ppt/slides/slide9.xml, which the package does not have');
  });

  it('report a shape id used twice on a slide', async () => {
    const p = fresh();
    const xml = p.text('ppt/slides/slide2.xml');
    const ids = [...xml.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => m[1]!);
    p.setText('ppt/slides/slide2.xml', xml.replace(`<p:cNvPr id="${ids[2]}"`, `<p:cNvPr id="${ids[1]}"`));
    expect(await packageProblems(p)).toContainEqual({ part: 'ppt/slides/slide2.xml', message: `shape id ${ids[1]} used by more than one shape` });
  });

  it('report a chart whose embedded workbook differs from what the slide draws', async () => {
    const p = fresh();
    const chart = p.matching(/^ppt\/charts\/chart\d+\.xml$/)[0]!;
    const xml = p.text(chart);
    const v = /<c:numCache>[\s\S]*?<c:pt idx="0"><c:v>([^<]+)<\/c:v>/.exec(xml)!;
    p.setText(chart, xml.replace(v[0], v[0].replace(`<c:v>${v[1]}</c:v>`, `<c:v>${Number(v[1]) + 1}</c:v>`)));
    const problems = await packageProblems(p);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(new RegExp(`holds ${v[1]!.replace('.', '\\.')} in Sheet1!B2 where the chart shows ${Number(v[1]) + 1}`));
  });

  it('stop the build with one E_RENDER problem per cause, naming the part', async () => {
    const p = fresh();
    p.setText('ppt/slides/slide1.xml', p.text('ppt/slides/slide1.xml').replace('<a:t>', '<a:t>\u0002'));
    const err = await finishPackage(p.entries(), 'deck.pptx', []).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QuarterDeckError);
    const problems = (err as QuarterDeckError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'E_RENDER', file: 'deck.pptx!ppt/slides/slide1.xml' });
    expect(problems[0]!.message).toMatch(/not well-formed XML 1\.0/);
  });
});

describe('a fix', () => {
  const chartOf = (group: string) => new Parts([{ name: 'ppt/charts/chart1.xml', data: Buffer.from(`<c:chartSpace><c:chart><c:plotArea>${group}<c:catAx><c:axId val="1"/></c:catAx><c:valAx><c:axId val="2"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`) }]);

  it('mends only what it expects, and refuses markup it does not', () => {
    expect(chartAxisIds.apply(chartOf('<c:barChart><c:axId val="1"/><c:axId val="2"/><c:axId val="3"/></c:barChart>'))).toBe(1);
    expect(chartAxisIds.apply(chartOf('<c:barChart><c:axId val="1"/><c:axId val="2"/></c:barChart>'))).toBe(0);
    expect(() => chartAxisIds.apply(chartOf('<c:barChart><c:axId val="1"/><c:axId val="2"/><c:axId val="3"/><c:axId val="4"/></c:barChart>'))).toThrow(UnexpectedMarkup);
    expect(lineChartGrouping.apply(chartOf('<c:lineChart><c:varyColors val="0"/></c:lineChart>'))).toBe(1);
    expect(lineChartGrouping.apply(chartOf('<c:lineChart><c:grouping val="stacked"/><c:varyColors val="0"/></c:lineChart>'))).toBe(0);
    expect(() => lineChartGrouping.apply(chartOf('<c:lineChart><c:ser></c:ser></c:lineChart>'))).toThrow(/line-chart-grouping: ppt\/charts\/chart1\.xml: a c:lineChart that begins with <c:ser>/);
  });

  it('adds the effect list PowerPoint expects to a solid background, once', () => {
    const layout = (bg: string) => new Parts([{ name: 'ppt/slideLayouts/slideLayout1.xml', data: Buffer.from(`<p:sldLayout><p:cSld><p:bg><p:bgPr>${bg}</p:bgPr></p:bg></p:cSld></p:sldLayout>`) }]);
    const p = layout('<a:solidFill><a:srgbClr val="12306B"/></a:solidFill>');
    expect(backgroundEffects.apply(p)).toBe(1);
    expect(p.text('ppt/slideLayouts/slideLayout1.xml')).toContain('<p:bgPr><a:solidFill><a:srgbClr val="12306B"/></a:solidFill><a:effectLst/></p:bgPr>');
    expect(backgroundEffects.apply(p)).toBe(0);
    expect(() => backgroundEffects.apply(layout('<a:effectDag/>x'))).not.toThrow();
    expect(() => backgroundEffects.apply(layout('<a:ln/>'))).toThrow(UnexpectedMarkup);
  });

  it('gives a repeated shape id a new one, the first shape keeping its own', () => {
    const slide = (ids: number[]) => new Parts([{ name: 'ppt/slides/slide24.xml', data: Buffer.from(`<p:sld>${ids.map((i) => `<p:cNvPr id="${i}" name="s${i}"/>`).join('')}</p:sld>`) }]);
    const p = slide([1, 2, 25, 3, 25]);
    expect(shapeIds.apply(p)).toBe(1);
    expect([...p.text('ppt/slides/slide24.xml').matchAll(/id="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([1, 2, 25, 3, 26]);
    expect(() => shapeIds.apply(new Parts([{ name: 'ppt/slides/slide1.xml', data: Buffer.from('<p:sld><p:cNvPr id="2"/><p:cNvPr id="2"/><p:spTgt spid="2"/></p:sld>') }]))).toThrow(UnexpectedMarkup);
  });

  it('is one of a list every deck goes through, each with its upstream defect named', () => {
    expect(PPTX_FIXES.map((f) => f.id)).toEqual(['xml-chars', 'chart-axis-ids', 'line-chart-grouping', 'line-series-invert', 'line-series-marker', 'presentation-order', 'shape-ids', 'background-effects', 'content-type-overrides', 'content-type-jpeg', 'chart-workbook-values']);
    for (const f of PPTX_FIXES) expect(f.defect.length, f.id).toBeGreaterThan(20);
  });
});
