// release.pdf: the release's HTML printed by Chromium (A4, tagged, with an outline from the h1/h2/h3
// headings, running header and "Page n of N" footer), then the document information Chromium
// does not write (author, subject, keywords) added by an incremental update (export/pdf-info.ts).
import type { DocumentInputs } from '../contract/document-inputs.js';
import { renderReleaseHtml, type ReleaseHtml } from '../render/release/index.js';
import type { Printer } from './browser.js';
import { setPdfInfo } from './pdf-info.js';
import { withFontFaces } from './cjk-font.js';

/** `printer` may be a promise: the HTML (and every template fault) comes before the browser is awaited. */
export async function releasePdf(inputs: DocumentInputs, printer: Printer | Promise<Printer>, rendered?: ReleaseHtml): Promise<Uint8Array> {
  const { html, meta, print } = rendered ?? await renderReleaseHtml(inputs);
  // Japanese text: a TrueType subset of Noto Sans CJK JP, embedded under its name (export/cjk-font.ts):
  // "QD CJK" of release.css, and "Noto Sans CJK JP" of the charts and the running header and footer
  const text = `${html}${print.headerTemplate}${print.footerTemplate}`;
  const fonts = (part: string) => withFontFaces(part, ['QD CJK', 'Noto Sans CJK JP'], text);
  const pdf = await (await printer).pdf(fonts(html), {
    format: 'A4', printBackground: true, tagged: true, outline: true,
    displayHeaderFooter: true, headerTemplate: fonts(print.headerTemplate), footerTemplate: fonts(print.footerTemplate),
    margin: print.margin,
  });
  return setPdfInfo(pdf, { title: meta.title, author: meta.author, subject: meta.subject, keywords: meta.keywords, creator: 'QuarterDeck' });
}
