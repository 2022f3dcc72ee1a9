// The browser's pages are kept open between documents (export/browser.ts): a document printed on a
// page that printed another one before is the document printed on a new page — the same text,
// fonts, outline and document information.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Printer } from '../../src/export/browser.js';
import { releasePdf } from '../../src/export/release-pdf.js';
import { renderReleaseHtml } from '../../src/render/release/index.js';
import { loadProfile } from '../../src/audience/profile.js';
import { localeDirs } from '../../src/build.js';
import { messagesFor } from '../../src/messages/index.js';
import { makeInputs } from '../../src/render/inputs.js';
import { figuresOf } from '../support/figures.js';
import { iij } from '../render/release-support.js';
import { fonts, outline, pdfInfo, readPdf } from './pdf-tools.js';
import { root } from '../helpers.js';
import { printCacheOff } from '../support/print-cache-off.js';

const templates = [join(root, 'templates')];

/** A release's inputs and its HTML, rendered once: the same document for every print below. */
async function release(period: string, audience: string) {
  const { data, analysis } = iij();
  const profile = loadProfile(audience, templates);
  const m = messagesFor(profile.language);
  const inputs = makeInputs(data, figuresOf(analysis.ledger, period, m), m, localeDirs(templates, profile.language), audience, profile);
  const html = await renderReleaseHtml(inputs);
  return (printer: Printer) => releasePdf(inputs, printer, html);
}

/** What a reader sees of a PDF (font names without their subset tag). */
function seen(pdf: Uint8Array, name: string) {
  const t = readPdf(pdf, name);
  return { layout: t.layout, pages: t.pages.length, fonts: fonts(t.file).map((f) => `${f.name.replace(/^[A-Z]{6}\+/, '')} ${f.type} ${f.embedded}`).sort(), outline: outline(t.file), title: pdfInfo(t.file).Title };
}

let printer: Printer;
// every document printed by the browser, none read back from the PDF cache (export/pdf-cache.ts);
// its fonts, charts and figures from the run's caches
let cache: ReturnType<typeof printCacheOff> | undefined;
beforeAll(async () => { cache = printCacheOff(); printer = await Printer.open(); }, 60_000);
afterAll(async () => { cache?.restore(); await printer?.close(); });

describe('a page kept open between documents', () => {
  it('prints what a new page prints, after a document of another language and period', async () => {
    const ja = await release('FY2009-H1', 'ja');
    const en = await release('FY2009', 'investors');
    const kept = Printer.IDLE_PAGES;
    Printer.IDLE_PAGES = 0;
    const enAlone = seen(await en(printer), 'en-alone.pdf'); // a new page, closed after
    Printer.IDLE_PAGES = kept;
    const jaFirst = seen(await ja(printer), 'ja-first.pdf'); // a new page, kept
    const enAfter = seen(await en(printer), 'en-after.pdf'); // the page that printed the Japanese one
    const jaAgain = seen(await ja(printer), 'ja-again.pdf'); // the same page again
    expect(jaFirst.layout).not.toBe(enAlone.layout);
    expect(enAfter).toEqual(enAlone);
    expect(jaAgain).toEqual(jaFirst);
    expect(jaFirst.outline.length).toBeGreaterThan(3);
  }, 180_000);
});
