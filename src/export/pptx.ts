// The slide model → deck.pptx through pptxgenjs. The theme becomes the slide master and its
// layouts (cover, section, content); every slide carries its title in the title placeholder, its
// speaker notes, alt text on each chart. pptxgenjs writes one typeface for latin, East Asian and
// complex scripts; the finishing pass sets the theme's East Asian font on every run
// (<a:ea typeface="Noto Sans CJK JP"/>) and the per-series details of charts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PptxGenJSModule from 'pptxgenjs';
import type * as P from 'pptxgenjs';
import { region, bulletIndent, bulletSize, BULLET_GAP, CELL_PAD, chartBoxes, columnWidths, lineHeight, rowHeight, tableFont, type Block, type BulletsBlock, type ChartBlock, type DeckModel, type Slide, type TableBlock, type TextBlock, type Box, type Theme } from '../contract/deck.js';
import { withPointPositions, withPointTexts } from './chart-point-labels.js';
import { pptxChart, type SeriesStyle } from './pptx-charts.js';
import { zipEntries, type ZipEntry } from './pptx-zip.js';
import { unzipEntries } from './zip-read.js';
import { finishPackage, PPTX_FIXES, type MendReport } from './ooxml/index.js';

type Pptx = P.default;
type TextRun = { text: string; options?: Record<string, unknown> };
const PptxGenJS = PptxGenJSModule as unknown as new () => Pptx;

const MASTER = { cover: 'QD_COVER', section: 'QD_SECTION', content: 'QD_CONTENT' } as const;
const BULLET_CODE: Record<string, string> = { heading: '25C6', 0: '25AA', 1: '2013', 2: '00B7', 3: '00B7' };

function masters(pptx: Pptx, model: DeckModel, logo: string): void {
  const t = model.theme;
  const c = t.colors;
  const f = t.fonts.latin;
  const L = t.layouts;
  const text = (s: string, b: Box, o: Record<string, unknown> = {}) => ({ text: { text: s, options: { ...b, fontFace: f, margin: 0, ...o } } });
  pptx.defineSlideMaster({
    title: MASTER.cover,
    background: { color: c[L.cover.background as keyof Theme['colors']] ?? c.primary },
    objects: [
      { rect: { ...L.cover.band, fill: { color: c.accent }, line: { color: c.accent, width: 0 } } },
      { image: { data: logo, ...L.cover.logo } },
    ],
  });
  pptx.defineSlideMaster({
    title: MASTER.section,
    background: { color: c[L.section.background as keyof Theme['colors']] ?? c.primary },
    objects: [
      { placeholder: { options: { name: 'title', type: 'title', ...L.section.title, fontFace: f, fontSize: t.sizes.sectionTitle, color: c.primaryText, bold: true, valign: 'middle', align: 'left', margin: 0 }, text: '' } },
      text(model.footer, L.content.footer, { fontSize: t.sizes.footer, color: c.primaryText }),
    ],
    slideNumber: { ...L.content.number, fontFace: f, fontSize: t.sizes.footer, color: c.primaryText, align: 'right' } as P.default.SlideNumberProps,
  });
  pptx.defineSlideMaster({
    title: MASTER.content,
    background: { color: c.background },
    objects: [
      { rect: { ...L.content.titleBar, fill: { color: c.primary }, line: { color: c.primary, width: 0 } } },
      { image: { data: logo, ...L.content.logo } },
      { line: { ...L.content.rule, line: { color: c.rule, width: 0.75 } } },
      { placeholder: { options: { name: 'title', type: 'title', ...L.content.title, fontFace: f, fontSize: t.sizes.title, color: c.primaryText, bold: true, valign: 'middle', align: 'left', margin: 0 }, text: '' } },
      text(model.footer, L.content.footer, { fontSize: t.sizes.footer, color: c.muted }),
    ],
    slideNumber: { ...L.content.number, fontFace: f, fontSize: t.sizes.footer, color: c.muted, align: 'right' } as P.default.SlideNumberProps,
  });
}

function bulletRuns(b: BulletsBlock, t: Theme): TextRun[] {
  const out: TextRun[] = [];
  for (const it of b.items) {
    const size = bulletSize(t, b, it.level);
    const color = it.style === 'heading' ? t.colors.primary : it.style === 'note' ? t.colors.muted : t.colors.text;
    const marker = it.style === 'plain' || it.style === 'note' ? false : { code: BULLET_CODE[it.style === 'heading' ? 'heading' : it.level], indent: 14 };
    it.runs.forEach((r, i) => {
      const o: Record<string, unknown> = { fontSize: size, color, bold: r.bold || undefined, fontFace: t.fonts.latin };
      if (i === 0) Object.assign(o, { bullet: marker, indentLevel: it.style === 'plain' || it.style === 'note' ? 0 : it.level, paraSpaceAfter: BULLET_GAP * 72, margin: [0, 0, 0, (bulletIndent(it.level) - 0.22) * 72] });
      if (i === it.runs.length - 1) o.breakLine = true;
      out.push({ text: r.text, options: o });
    });
  }
  return out;
}

function addTable(slide: P.default.Slide, b: TableBlock, box: Box, t: Theme): void {
  const size = tableFont(t, b);
  const widths = columnWidths(b, box.w);
  let y = box.y;
  if (b.caption) {
    slide.addText(b.caption, { x: box.x, y, w: box.w, h: lineHeight(size) + 0.05, fontFace: t.fonts.latin, fontSize: size, bold: true, color: t.colors.primary, margin: 0 });
    y += lineHeight(size) + 0.05;
  }
  const border = { type: 'solid' as const, pt: 0.5, color: t.colors.rule };
  const head = b.header.map((row) => {
    // equal neighbouring group labels merge into one cell
    const cells: P.default.TableCell[] = [];
    for (let i = 0; i < row.length; i++) {
      let span = 1;
      while (b.header.length > 1 && row === b.header[0] && row[i].text && row[i + span]?.text === row[i].text) span++;
      cells.push({ text: row[i].text, options: { bold: true, color: t.colors.primaryText, fill: { color: t.colors.primary }, align: (row[i].align ?? 'center'), colspan: span > 1 ? span : undefined } });
      i += span - 1;
    }
    return cells;
  });
  const body = b.rows.map((r, ri) => r.cells.map((c) => ({
    text: c.text,
    options: {
      bold: c.bold || r.style === 'total' || undefined, align: c.align ?? 'right', color: t.colors.text,
      fill: { color: r.style === 'total' ? t.colors.tableTotal : ri % 2 ? t.colors.tableStripe : t.colors.background },
    },
  })));
  const rowH = [...b.header.map((r) => rowHeight(r, widths, size)), ...b.rows.map((r) => rowHeight(r.cells, widths, size))];
  slide.addTable([...head, ...body] as P.default.TableRow[], {
    x: box.x, y, w: box.w, colW: widths, rowH, fontFace: t.fonts.latin, fontSize: size, border, valign: 'middle', margin: CELL_PAD, autoPage: false,
  });
}

function addText(slide: P.default.Slide, b: TextBlock, box: Box, t: Theme): void {
  const size = b.size === 'small' ? t.sizes.footnote + 1.5 : t.sizes.body;
  slide.addText(b.paragraphs.map((p) => ({ text: p, options: { breakLine: true, paraSpaceAfter: size * 0.6 } })), {
    ...box, fontFace: t.fonts.latin, fontSize: size, color: t.colors.text, valign: 'top', margin: 0,
  });
}

function addChart(slide: P.default.Slide, pptx: Pptx, b: ChartBlock, box: Box, t: Theme, charts: Map<string, SeriesStyle>[]): void {
  const { chart, caption, note } = chartBoxes(b, box, t);
  if (caption) slide.addText(b.caption!, { ...caption, fontFace: t.fonts.latin, fontSize: t.sizes.footnote + 1, bold: true, color: t.colors.primary, margin: 0 });
  const c = pptxChart(b, chart, t);
  // a combo chart: pptxgenjs takes the options as its second argument when the first is a list of types
  slide.addChart(c.types, { ...c.options, objectName: b.name } as unknown as never[]);
  charts.push(c.styles);
  if (note) slide.addText(b.note!, { ...note, fontFace: t.fonts.latin, fontSize: t.sizes.footnote, italic: true, color: t.colors.muted, margin: 0, valign: 'top' });
  void pptx;
}

function addBlock(slide: P.default.Slide, pptx: Pptx, b: Block, t: Theme, charts: Map<string, SeriesStyle>[]): void {
  const box = region(t, b.area);
  if (b.kind === 'bullets') slide.addText(bulletRuns(b, t) as P.default.TextProps[], { ...box, valign: 'top', margin: 0, fontFace: t.fonts.latin });
  else if (b.kind === 'table') addTable(slide, b, box, t);
  else if (b.kind === 'text') addText(slide, b, box, t);
  else addChart(slide, pptx, b, box, t, charts);
}

/** The audience's marking ("Confidential") on a slide: light on the dark cover and dividers. */
function addMarking(slide: P.default.Slide, model: DeckModel, dark: boolean): void {
  if (!model.marking) return;
  const t = model.theme;
  slide.addText(model.marking, {
    ...t.layouts.marking, objectName: 'marking', fontFace: t.fonts.latin, fontSize: t.sizes.footer + 1, bold: true,
    color: dark ? t.colors.primaryText : t.colors.marking, align: 'right', valign: 'middle', margin: 0,
  });
}

function addSlide(pptx: Pptx, model: DeckModel, s: Slide, charts: Map<string, SeriesStyle>[]): void {
  const t = model.theme; const c = t.colors; const f = t.fonts.latin; const L = t.layouts;
  if (s.layout === 'cover') {
    const slide = pptx.addSlide({ masterName: MASTER.cover });
    slide.addText(s.subtitle ?? '', { ...L.cover.period, fontFace: f, fontSize: t.sizes.coverSubtitle, color: c.primaryText, margin: 0 });
    slide.addText(s.title, { ...L.cover.title, fontFace: f, fontSize: t.sizes.coverTitle, bold: true, color: c.primaryText, margin: 0 });
    const [company, date, tagline] = s.lines ?? [];
    if (company) slide.addText(company, { ...L.cover.company, fontFace: f, fontSize: t.sizes.heading, color: c.primaryText, margin: 0 });
    if (date) slide.addText(date, { ...L.cover.date, fontFace: f, fontSize: t.sizes.body, color: c.primaryText, margin: 0 });
    if (tagline) slide.addText(tagline, { ...L.cover.tagline, fontFace: f, fontSize: t.sizes.heading, italic: true, color: c.primaryText, margin: 0 });
    addMarking(slide, model, true);
    slide.addNotes(s.notes);
    return;
  }
  if (s.layout === 'section') {
    const slide = pptx.addSlide({ masterName: MASTER.section });
    slide.addText(`${s.number ? `${s.number} ` : ''}${s.title}`, { placeholder: 'title' });
    addMarking(slide, model, true);
    slide.addNotes(s.notes);
    return;
  }
  const slide = pptx.addSlide({ masterName: MASTER.content });
  slide.addText(`${s.number ? `${s.number} ` : ''}${s.title}`, { placeholder: 'title' });
  if (s.layout === 'agenda') {
    const body = L.content.body;
    slide.addText((s.lines ?? []).map((l) => ({ text: l, options: { breakLine: true, paraSpaceAfter: 14, bullet: false } })), {
      x: body.x + 0.6, y: body.y + 0.4, w: body.w - 1.2, h: body.h - 0.8, fontFace: f, fontSize: t.sizes.heading + 3, color: c.primary, bold: true, valign: 'top', margin: 0,
    });
  }
  if (s.unit) slide.addText(s.unit, { ...L.content.unit, fontFace: f, fontSize: t.sizes.unit, color: c.muted, align: 'right', margin: 0 });
  for (const b of s.blocks) addBlock(slide, pptx, b, t, charts);
  if (s.footnotes.length) slide.addText(s.footnotes.join('\n'), { ...L.content.footnotes, fontFace: f, fontSize: t.sizes.footnote, color: c.muted, valign: 'bottom', margin: 0 });
  addMarking(slide, model, false);
  slide.addNotes(s.notes);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');

/** pptxgenjs writes a paragraph's properties before every run; a paragraph has one, first. */
function onePPr(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_all, inner: string) => {
    const out = inner.replace(/<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g, (m: string, offset: number) => (offset === 0 ? m : ''));
    return `<a:p>${out}</a:p>`;
  });
}

/** Per-series label colours, hidden labels and legend entries, and the East Asian font, in one chart's XML. */
function finishChart(xml: string, styles: Map<string, SeriesStyle>, ea: string): string {
  const hiddenIdx: string[] = [];
  xml = xml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) => {
    const name = unescapeXml(/<c:tx>[\s\S]*?<c:v>([\s\S]*?)<\/c:v>/.exec(ser)?.[1] ?? '');
    const st = styles.get(name);
    if (!st) return ser;
    const idx = /<c:idx val="(\d+)"\/>/.exec(ser)?.[1];
    if (!st.inLegend && idx !== undefined) hiddenIdx.push(idx);
    return ser.replace(/<c:dLbls>[\s\S]*?<\/c:dLbls>/, (d) => {
      let out = d.replace(/<c:showVal val="[01]"\/>/, `<c:showVal val="${st.showLabels ? 1 : 0}"/>`);
      // labels of segments too small to hold them are left out, as in deck.pdf
      if (st.hidePoints?.length) out = out.replace('<c:dLbls>', `<c:dLbls>${st.hidePoints.map((i) => `<c:dLbl><c:idx val="${i}"/><c:delete val="1"/></c:dLbl>`).join('')}`);
      if (st.labelFormat) out = out.replace(/<c:numFmt formatCode="[^"]*"/, `<c:numFmt formatCode="${st.labelFormat.replace(/"/g, '&quot;')}"`);
      if (st.labelColor) out = out.replace(/(<a:defRPr[^>]*>\s*<a:solidFill>)<a:srgbClr val="[0-9A-Fa-f]{6}"\/>/, `$1<a:srgbClr val="${st.labelColor}"/>`);
      if (st.pointPositions?.length) out = withPointPositions(out, st.pointPositions);
      return st.pointTexts?.length ? withPointTexts(out, st.pointTexts) : out;
    });
  });
  if (hiddenIdx.length) {
    const entries = hiddenIdx.map((i) => `<c:legendEntry><c:idx val="${i}"/><c:delete val="1"/></c:legendEntry>`).join('');
    xml = xml.replace(/(<c:legend>\s*<c:legendPos val="[a-z]+"\/>)/, `$1${entries}`);
  }
  return xml.replace(/<a:latin typeface="([^"]*)"\/>/g, `<a:latin typeface="$1"/><a:ea typeface="${ea}"/>`);
}

/** Build deck.pptx from the slide model (`report`: how many places each fix of export/ooxml mended). */
export async function deckPptx(model: DeckModel, report?: MendReport): Promise<Uint8Array> {
  const t = model.theme;
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: 'QD_16x9', width: t.slide.width, height: t.slide.height });
  pptx.layout = 'QD_16x9';
  pptx.title = model.title; pptx.company = model.company; pptx.author = model.company; pptx.subject = model.title;
  pptx.theme = { headFontFace: t.fonts.latin, bodyFontFace: t.fonts.latin };
  const logo = `image/png;base64,${readFileSync(join(model.themeDir, t.logo.png)).toString('base64')}`;
  masters(pptx, model, logo);
  const charts: Map<string, SeriesStyle>[] = [];
  for (const s of model.slides) addSlide(pptx, model, s, charts);
  const raw = (await pptx.write({ outputType: 'uint8array', compression: false })) as Uint8Array;
  return finish(raw, t, charts, model.lang, report);
}

/** The finishing pass over the package's XML. */
async function finish(raw: Uint8Array, t: Theme, charts: Map<string, SeriesStyle>[], lang = 'en', report?: MendReport): Promise<Uint8Array> {
  // a Japanese deck's runs are Japanese (line breaking, proofing), with English as their alternate language
  const runLang = (x: string) => (lang === 'ja' ? x.replace(/ lang="en-US"/g, ' lang="ja-JP" altLang="en-US"') : x);
  // the package as pptxgenjs wrote it (stored, not deflated), read with Node's ZIP reader (zip-read.ts)
  const files = unzipEntries(raw);
  const ea = t.fonts.eastAsian;
  const latin = escapeRe(t.fonts.latin);
  const runEa = new RegExp(`<a:ea typeface="${latin}"[^>]*/>`, 'g');
  const chartFiles = files.map((f) => f.name).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n)).sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  const chartIndex = new Map(chartFiles.map((n, i) => [n, i]));
  const entries = files.map((f): ZipEntry => {
    const name = f.name;
    const text = (g: (x: string) => string) => ({ name, data: Buffer.from(g(Buffer.from(f.data.buffer, f.data.byteOffset, f.data.byteLength).toString('utf8')), 'utf8') });
    if (chartIndex.has(name)) return text((x) => finishChart(x, charts[chartIndex.get(name)!] ?? new Map(), ea));
    if (/^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(name)) return text((x) => runLang(onePPr(x.replace(runEa, `<a:ea typeface="${ea}"/>`))));
    if (/^ppt\/theme\/theme\d+\.xml$/.test(name)) {
      return text((x) => x.replace(/<a:ea typeface=""\/>/g, `<a:ea typeface="${ea}"/>`).replace(/<a:font script="Jpan" typeface="[^"]*"\/>/g, `<a:font script="Jpan" typeface="${ea}"/>`));
    }
    return f;
  });
  // then what makes it open cleanly in PowerPoint: pptxgenjs's schema defects mended, the package checked
  return zipEntries(await finishPackage(entries, 'deck.pptx', PPTX_FIXES, report));
}
