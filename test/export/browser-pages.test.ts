// Each document is printed on a page of its own, closed once it is printed (export/print-worker.ts):
// no page (and so no renderer process holding what a document left in it) stays open between
// documents, the blank page the browser starts with included; and a document printed after, or at
// the same time as, another one of another language and period prints what it prints alone — the
// same text, fonts, outline and document information.
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

describe('a page of its own for each document', () => {
  it('closes every page once its document is printed, and prints what a document alone prints', async () => {
    const ja = await release('FY2009-H1', 'ja');
    const en = await release('FY2009', 'investors');
    const enAlone = seen(await en(printer), 'en-alone.pdf');
    expect(await printer.openPages()).toBe(0);
    // two documents at once, as a batch of two packages prints them
    const [jaBeside, enBeside] = await Promise.all([ja(printer), en(printer)]);
    expect(await printer.openPages()).toBe(0);
    const jaSeen = seen(jaBeside, 'ja-beside.pdf');
    expect(seen(enBeside, 'en-beside.pdf')).toEqual(enAlone);
    expect(jaSeen.layout).not.toBe(enAlone.layout);
    expect(jaSeen.outline.length).toBeGreaterThan(3);
  }, 180_000);
});
