// release.pdf: the release's HTML printed by Chromium (A4, tagged, with an outline from the h1/h2/h3
// headings, running header and "Page n of N" footer), then the document information Chromium
// does not write (author, subject, keywords) added by an incremental update (export/pdf-info.ts).
import type { DocumentInputs } from '../render/inputs.js';
import { renderReleaseHtml } from '../render/release/index.js';
import type { Printer } from './browser.js';
import { setPdfInfo } from './pdf-info.js';

export async function releasePdf(inputs: DocumentInputs, printer: Printer): Promise<Uint8Array> {
  const { html, meta, print } = await renderReleaseHtml(inputs);
  const pdf = await printer.pdf(html, {
    format: 'A4', printBackground: true, tagged: true, outline: true,
    displayHeaderFooter: true, headerTemplate: print.headerTemplate, footerTemplate: print.footerTemplate,
    margin: print.margin,
  });
  return setPdfInfo(pdf, { title: meta.title, author: meta.author, subject: meta.subject, keywords: meta.keywords, creator: 'QuarterDeck' });
}
