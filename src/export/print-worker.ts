// The thread that owns the browser (export/browser.ts Printer): it loads puppeteer, starts Chromium
// and prints each document it is sent, so that the DevTools conversation of a print (the page's
// setup, the HTML sent, the PDF read back) goes on while the main thread renders the next document.
import { parentPort, workerData } from 'node:worker_threads';
import type { Browser, PDFOptions } from 'puppeteer-core';
import { launchChromium } from './chromium-launch.js';
import { cssPixels, tooLarge, type PrintLimits } from './print-limits.js';
import { QuarterDeckError } from '../errors/problem.js';

export interface PrintRequest { type: 'pdf'; id: number; html: string; options: PDFOptions; limits: PrintLimits }
export type WorkerError = { name: string; message: string; stack?: string; problems?: QuarterDeckError['problems']; exitCode?: number };
export type PrintReply =
  | { type: 'ready'; pid?: number }
  | { type: 'failed'; error: WorkerError }
  | { type: 'disconnected' }
  | { type: 'result'; id: number; pdf?: Uint8Array; error?: WorkerError; blocked: string[]; connected: boolean }
  | { type: 'closed' };

const port = parentPort!;
const post = (m: PrintReply, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);

/** An error as plain data (a QuarterDeckError keeps its problems; a TimeoutError its name). */
export function plainError(e: unknown): WorkerError {
  const err = e as Error;
  if (e instanceof QuarterDeckError) return { name: e.name, message: e.message, problems: e.problems, exitCode: e.exitCode };
  return { name: err?.name ?? 'Error', message: err?.message ?? String(e), stack: err?.stack };
}

/** requests a document made and the browser refused, since the last answer */
let blocked: string[] = [];

async function print(browser: Browser, html: string, options: PDFOptions, limits: PrintLimits): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    // a template's <script> never runs, and nothing is fetched: no network, no local files
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (r) => {
      const url = r.url();
      if (url.startsWith('data:') || url === 'about:blank') return r.continue();
      blocked.push(url);
      if (blocked.length > 100) blocked.shift();
      return r.abort('blockedbyclient');
    });
    page.setDefaultTimeout(limits.timeoutMs);
    await page.setContent(html, { waitUntil: 'load', timeout: limits.timeoutMs });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const pages = Math.ceil(height / cssPixels(options.height));
    if (pages > limits.maxPages) throw tooLarge(`about ${pages} pages`, `about ${pages} pages`, `${limits.maxPages} pages`, 'QUARTERDECK_MAX_PAGES');
    return await page.pdf({ timeout: limits.timeoutMs, ...options });
  } finally {
    await page.close().catch(() => undefined);
  }
}

async function run(): Promise<void> {
  const { executablePath, args, shell } = workerData as { executablePath: string; args: string[]; shell: boolean };
  let browser: Browser;
  try {
    ({ browser } = await launchChromium(executablePath, args, shell));
  } catch (e) {
    post({ type: 'failed', error: plainError(e) });
    port.close();
    return;
  }
  browser.on('disconnected', () => post({ type: 'disconnected' }));
  port.on('message', (m: PrintRequest | { type: 'close' }) => {
    if (m.type === 'close') {
      void browser.close().catch(() => undefined).then(() => { post({ type: 'closed' }); port.close(); });
      return;
    }
    print(browser, m.html, m.options, m.limits).then(
      (printed) => {
        // moved, not copied, to the main thread: a buffer of its own (never a view into a pool)
        const pdf = printed.byteOffset === 0 && printed.byteLength === printed.buffer.byteLength ? printed : new Uint8Array(printed);
        const out = blocked; blocked = [];
        post({ type: 'result', id: m.id, pdf, blocked: out, connected: browser.connected }, [pdf.buffer as ArrayBuffer]);
      },
      (e) => { const out = blocked; blocked = []; post({ type: 'result', id: m.id, error: plainError(e), blocked: out, connected: browser.connected }); },
    );
  });
  post({ type: 'ready', pid: browser.process()?.pid });
}

void run();
