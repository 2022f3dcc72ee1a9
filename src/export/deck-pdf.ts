// The slide model → HTML → deck.pdf through Chromium (export/browser.ts), one 16:9 page per slide.
// Every box sits where deck.pptx puts it (the same theme geometry, in inches); charts are the same
// Vega-Lite specs rendered to SVG (render/charts.ts renderSvg) from the same rows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSvg } from '../render/charts.js';
import { labelShown } from '../render/chart/labels.js';
import { markChartLabels } from '../render/chart/label-marks.js';
import { region, bulletIndent, bulletSize, BULLET_GAP, CELL_PAD, chartBoxes, columnWidths, lineHeight, rowHeight, tableFont, type DeckRow, type Block, type BulletsBlock, type ChartBlock, type DeckModel, type Slide, type TableBlock, type TextBlock, type Box, type Theme } from '../contract/deck.js';
import type { Printer } from './browser.js';
import { withFontFaces } from './cjk-font.js';
import { setPdfInfo } from './pdf-info.js';
import { cacheMap } from '../cache/registry.js';
import { stringBytes } from '../cache/bounded-map.js';
import { escapeAttr as esc } from '../format/escape.js';

const at = (b: Box) => `left:${b.x}in;top:${b.y}in;width:${b.w}in;height:${b.h}in`;
const MARK: Record<string, string> = { heading: '◆', 0: '▪', 1: '–', 2: '·', 3: '·' };

function css(t: Theme): string {
  const c = t.colors;
  const font = [t.fonts.latin, ...t.fonts.fallback].map((f) => (f.includes(' ') ? `"${f}"` : f)).join(', ');
  return `
@page { size: ${t.slide.width}in ${t.slide.height}in; margin: 0 }
* { box-sizing: border-box }
html, body { margin: 0; padding: 0 }
body { font-family: ${font}; color: #${c.text}; -webkit-print-color-adjust: exact; print-color-adjust: exact }
section.slide { position: relative; width: ${t.slide.width}in; height: ${t.slide.height}in; overflow: hidden; break-after: page; background: #${c.background} }
section.slide:last-child { break-after: auto }
.abs { position: absolute; margin: 0 }
.cover, .section { background: #${c.primary}; color: #${c.primaryText} }
h1 { font-size: ${t.sizes.title}pt; font-weight: bold; color: #${c.primaryText}; display: flex; align-items: center; line-height: 1.15 }
.section h1 { font-size: ${t.sizes.sectionTitle}pt }
.cover h1 { font-size: ${t.sizes.coverTitle}pt; display: block }
.titlebar { background: #${c.primary} }
.unit { font-size: ${t.sizes.unit}pt; color: #${c.muted}; text-align: right }
.footer, .number { font-size: ${t.sizes.footer}pt; color: #${c.muted}; display: flex; align-items: center }
.section .footer, .section .number { color: #${c.primaryText} }
.number { justify-content: flex-end }
.marking { font-weight: bold; display: flex; align-items: center; justify-content: flex-end }
.rule { border-top: 0.75pt solid #${c.rule} }
.footnotes { font-size: ${t.sizes.footnote}pt; color: #${c.muted}; display: flex; flex-direction: column; justify-content: flex-end; line-height: 1.2 }
ul.bullets { list-style: none; padding: 0; overflow: hidden }
ul.bullets li { position: relative; line-height: 1.2; margin: 0 0 ${BULLET_GAP}in 0 }
ul.bullets li::before { position: absolute; left: var(--m); content: attr(data-mark); }
ul.bullets li.heading { color: #${c.primary}; font-weight: bold }
ul.bullets li.note { color: #${c.muted} }
table.t { border-collapse: collapse; table-layout: fixed; width: 100% }
table.t td, table.t th { border: 0.5pt solid #${c.rule}; padding: 0 ${CELL_PAD}in; line-height: 1.2; vertical-align: middle; overflow: hidden; white-space: pre-line }
table.t th { background: #${c.primary}; color: #${c.primaryText}; font-weight: bold }
table.t tr.stripe td { background: #${c.tableStripe} }
table.t tr.total td { background: #${c.tableTotal}; font-weight: bold }
.caption { font-weight: bold; color: #${c.primary} }
.chart svg { display: block; width: 100%; height: 100% }
.chartnote { font-size: ${t.sizes.footnote}pt; font-style: italic; color: #${c.muted} }
.text p { margin: 0 0 0.6em 0; line-height: 1.25 }
.agenda { list-style: none; padding: 0; font-size: ${t.sizes.heading + 3}pt; font-weight: bold; color: #${c.primary} }
.agenda li { margin: 0 0 14pt 0 }
`;
}

function bullets(b: BulletsBlock, box: Box, t: Theme): string {
  const items = b.items.map((it) => {
    const size = bulletSize(t, b, it.level);
    const marked = it.style === 'heading' || it.style === 'bullet';
    const indent = marked ? bulletIndent(it.level) : 0;
    const mark = marked ? MARK[it.style === 'heading' ? 'heading' : it.level] : '';
    const runs = it.runs.map((r) => (r.bold ? `<b>${esc(r.text)}</b>` : esc(r.text))).join('');
    return `<li class="${it.style}" data-mark="${mark}" style="font-size:${size}pt;padding-left:${indent}in;--m:${indent - 0.2}in">${runs}</li>`;
  }).join('');
  return `<ul class="abs bullets" style="${at(box)}">${items}</ul>`;
}

function table(b: TableBlock, box: Box, t: Theme): string {
  const size = tableFont(t, b);
  const widths = columnWidths(b, box.w);
  let y = box.y;
  let out = '';
  if (b.caption) {
    out += `<p class="abs caption" style="left:${box.x}in;top:${y}in;width:${box.w}in;font-size:${size}pt">${esc(b.caption)}</p>`;
    y += lineHeight(size) + 0.05;
  }
  const head = b.header.map((row) => {
    const cells: string[] = [];
    for (let i = 0; i < row.length; i++) {
      let span = 1;
      while (b.header.length > 1 && row === b.header[0] && row[i].text && row[i + span]?.text === row[i].text) span++;
      cells.push(`<th${span > 1 ? ` colspan="${span}"` : ''} style="text-align:${row[i].align ?? 'center'}">${esc(row[i].text)}</th>`);
      i += span - 1;
    }
    return `<tr style="height:${rowHeight(row, widths, size)}in">${cells.join('')}</tr>`;
  }).join('');
  const body = b.rows.map((r, ri) => `<tr class="${r.style === 'total' ? 'total' : ri % 2 ? 'stripe' : ''}" style="height:${rowHeight(r.cells, widths, size)}in">${r.cells.map((c) => `<td style="text-align:${c.align ?? 'right'}${c.bold ? ';font-weight:bold' : ''}">${esc(c.text)}</td>`).join('')}</tr>`).join('');
  const cols = widths.map((w) => `<col style="width:${w}in">`).join('');
  out += `<table class="abs t" style="left:${box.x}in;top:${y}in;width:${box.w}in;font-size:${size}pt"><colgroup>${cols}</colgroup><thead>${head}</thead><tbody>${body}</tbody></table>`;
  return out;
}

function text(b: TextBlock, box: Box, t: Theme): string {
  const size = b.size === 'small' ? t.sizes.footnote + 1.5 : t.sizes.body;
  return `<div class="abs text" style="${at(box)};font-size:${size}pt">${b.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`;
}

const svgs = cacheMap<string, string>({ name: "deck.pdf's chart SVGs", keyedBy: 'the sized spec, chart data and shown rows (JSON)', max: 128, maxBytes: 32 * 2 ** 20, sizeOf: stringBytes });

async function chart(b: ChartBlock, box: Box, t: Theme): Promise<string> {
  const { chart: c, caption, note } = chartBoxes(b, box, t);
  // the same rows as the PowerPoint chart; labels as the slide asks for them
  const rows = (b.data.rows as DeckRow[]).map((r) => {
    const show = labelShown(r.kind, b.labels, r.tiny);
    return show ? r : { ...r, label: '' };
  });
  const spec = { ...b.spec, width: Math.round(c.w * 96), height: Math.round(c.h * 96) };
  // the same spec and rows draw the same SVG (a preview renders the deck again on every save)
  const key = JSON.stringify([spec, b.data, rows]);
  let svg = svgs.get(key);
  if (!svg) { svg = await renderSvg(spec, { ...b.data, rows }); svgs.set(key, svg); }
  let out = '';
  if (caption) out += `<p class="abs caption" style="${at(caption)};font-size:${t.sizes.footnote + 1}pt">${esc(b.caption!)}</p>`;
  // a <div>, not a <figure>: the SVG (role="img", aria-label: the chart's alt text, as in deck.pptx)
  // is the tagged PDF's one Figure with /Alt; a <figure> around it would be a second Figure without one
  out += `<div class="abs chart" style="${at(c)}">${b.marked ? markChartLabels(svg, rows) : svg}</div>`;
  if (note) out += `<p class="abs chartnote" style="${at(note)}">${esc(b.note!)}</p>`;
  return out;
}

async function block(b: Block, t: Theme): Promise<string> {
  const box = region(t, b.area);
  if (b.kind === 'bullets') return bullets(b, box, t);
  if (b.kind === 'table') return table(b, box, t);
  if (b.kind === 'text') return text(b, box, t);
  return chart(b, box, t);
}

async function slideHtml(s: Slide, n: number, model: DeckModel, logo: string): Promise<string> {
  const t = model.theme; const L = t.layouts;
  /** a layout's background: a colour of the theme by name (as in deck.pptx) */
  const bg = (name: string) => (Object.hasOwn(t.colors, name) ? t.colors[name as keyof Theme['colors']] : t.colors.primary);
  // the audience's marking ("Confidential") on every slide: light on the dark cover and dividers
  const mark = (dark: boolean) => (model.marking ? `<p class="abs marking" style="${at(L.marking)};font-size:${t.sizes.footer + 1}pt;color:#${dark ? t.colors.primaryText : t.colors.marking}">${esc(model.marking)}</p>` : '');
  const img = (b: Box) => `<img class="abs" alt="" src="${logo}" style="${at(b)};object-fit:contain">`;
  const foot = `<div class="abs footer" style="${at(L.content.footer)}">${esc(model.footer)}</div><div class="abs number" style="${at(L.content.number)}">${n}</div>`;
  const title = esc(`${s.number ? `${s.number} ` : ''}${s.title}`);
  if (s.layout === 'cover') {
    const [company, date, tagline] = s.lines ?? [];
    return `<section class="slide cover" data-id="${s.id}" style="background:#${bg(L.cover.background)}">
<p class="abs" style="${at(L.cover.period)};font-size:${t.sizes.coverSubtitle}pt">${esc(s.subtitle ?? '')}</p>
<h1 class="abs" style="${at(L.cover.title)}">${esc(s.title)}</h1>
<div class="abs" style="${at(L.cover.band)};background:#${t.colors.accent}"></div>
${company ? `<p class="abs" style="${at(L.cover.company)};font-size:${t.sizes.heading}pt">${esc(company)}</p>` : ''}
${date ? `<p class="abs" style="${at(L.cover.date)};font-size:${t.sizes.body}pt">${esc(date)}</p>` : ''}
${tagline ? `<p class="abs" style="${at(L.cover.tagline)};font-size:${t.sizes.heading}pt;font-style:italic">${esc(tagline)}</p>` : ''}
${img(L.cover.logo)}${mark(true)}</section>`;
  }
  if (s.layout === 'section') {
    return `<section class="slide section" data-id="${s.id}" style="background:#${bg(L.section.background)}"><h1 class="abs" style="${at(L.section.title)}">${title}</h1>${foot}${mark(true)}</section>`;
  }
  const parts = [`<div class="abs titlebar" style="${at(L.content.titleBar)}"></div>`, img(L.content.logo), `<h1 class="abs" style="${at(L.content.title)}">${title}</h1>`];
  if (s.layout === 'agenda') {
    const body = L.content.body;
    parts.push(`<ol class="abs agenda" style="left:${body.x + 0.6}in;top:${body.y + 0.4}in;width:${body.w - 1.2}in">${(s.lines ?? []).map((l) => `<li>${esc(l)}</li>`).join('')}</ol>`);
  }
  if (s.unit) parts.push(`<p class="abs unit" style="${at(L.content.unit)}">${esc(s.unit)}</p>`);
  for (const b of s.blocks) parts.push(await block(b, t));
  if (s.footnotes.length) parts.push(`<div class="abs footnotes" style="${at(L.content.footnotes)}">${s.footnotes.map((f) => `<span>${esc(f)}</span>`).join('')}</div>`);
  parts.push(`<div class="abs rule" style="${at(L.content.rule)}"></div>`, foot, mark(false));
  return `<section class="slide content" data-id="${s.id}">${parts.join('\n')}</section>`;
}

/** The whole deck as one self-contained HTML document (no network: fonts are local, images inline). */
export async function deckHtml(model: DeckModel): Promise<string> {
  const t = model.theme;
  const logo = `data:image/svg+xml;base64,${readFileSync(join(model.themeDir, t.logo.file)).toString('base64')}`;
  const slides: string[] = [];
  for (const [i, s] of model.slides.entries()) slides.push(await slideHtml(s, i + 1, model, logo));
  return `<!doctype html><html lang="${model.lang}"><head><meta charset="utf-8"><title>${esc(model.title)}</title><meta name="author" content="${esc(model.company)}"><style>${css(t)}</style></head><body>${slides.join('\n')}</body></html>`;
}

/** deck.pdf: one page per slide, the page the slide's size. */
export async function deckPdf(model: DeckModel, printer: Printer): Promise<Uint8Array> {
  const t = model.theme;
  // Japanese text: a TrueType subset of the East Asian font, embedded under its own name (export/cjk-font.ts)
  const html = withFontFaces(await deckHtml(model), [t.fonts.eastAsian]);
  const pdf = await printer.pdf(html, { width: `${t.slide.width}in`, height: `${t.slide.height}in`, printBackground: true, preferCSSPageSize: true, tagged: true, outline: true, margin: { top: 0, right: 0, bottom: 0, left: 0 } });
  return setPdfInfo(pdf, { title: model.title, author: model.company, subject: model.title, creator: 'QuarterDeck' });
}
