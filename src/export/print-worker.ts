// The thread that owns the browser (export/browser.ts Printer): it loads puppeteer, starts Chromium
// and prints each document it is sent, so that the DevTools conversation of a print (the page's
// setup, the HTML sent, the PDF read back) goes on while the main thread renders the next document.
import { parentPort, workerData } from 'node:worker_threads';
import type { Browser, Page, PDFOptions } from 'puppeteer-core';
import { launchChromium } from './chromium-launch.js';
import { cssPixels, tooLarge, type PrintLimits } from './print-limits.js';
import { QuarterDeckError } from '../errors/problem.js';

export interface PrintRequest { type: 'pdf'; id: number; html: string; options: PDFOptions; limits: PrintLimits }
export type PrintCommand = PrintRequest | { type: 'launch' } | { type: 'close' } | { type: 'pages' };
export type WorkerError = { name: string; message: string; stack?: string; problems?: QuarterDeckError['problems']; exitCode?: number };
export type PrintReply =
  | { type: 'ready'; pid?: number }
  | { type: 'launched'; pid?: number }
  | { type: 'failed'; error: WorkerError }
  | { type: 'disconnected' }
  | { type: 'result'; id: number; pdf?: Uint8Array; error?: WorkerError; blocked: string[]; connected: boolean }
  | { type: 'pages'; open: number }
  | { type: 'closed' };

const port = parentPort!;
const post = (m: PrintReply, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);

/** An error as plain data (a QuarterDeckError keeps its problems; a TimeoutError its name). */
export function plainError(e: unknown): WorkerError {
  const err = e as Error;
  if (e instanceof QuarterDeckError) return { name: e.name, message: e.message, problems: e.problems, exitCode: e.exitCode };
  return { name: err?.name ?? 'Error', message: err?.message ?? String(e), stack: err?.stack };
}

/** the refused requests of the document each page is printing */
const refused = new WeakMap<Page, string[]>();

/** A page that runs no script and fetches nothing: a template's <script> never runs; no network, no local files. */
async function newPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    const url = r.url();
    if (url.startsWith('data:') || url === 'about:blank') return r.continue();
    const blocked = refused.get(page);
    if (blocked) { blocked.push(url); if (blocked.length > 100) blocked.shift(); }
    return r.abort('blockedbyclient');
  });
  return page;
}

async function print(browser: Browser, m: PrintRequest, blocked: string[]): Promise<Uint8Array> {
  const { html, options, limits } = m;
  const page = await newPage(browser);
  refused.set(page, blocked);
  try {
    page.setDefaultTimeout(limits.timeoutMs);
    await page.setContent(html, { waitUntil: 'load', timeout: limits.timeoutMs });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const pages = Math.ceil(height / cssPixels(options.height));
    if (pages > limits.maxPages) throw tooLarge(`about ${pages} pages`, `about ${pages} pages`, `${limits.maxPages} pages`, 'QUARTERDECK_MAX_PAGES');
    return await page.pdf({ timeout: limits.timeoutMs, ...options });
  } finally {
    refused.delete(page);
    // each document on a page of its own, closed when it is printed: its renderer process ends with
    // it. A page kept for the next document keeps its renderer too, holding what the documents it
    // printed left in it (130–210 MB each after a few documents; four of them in a batch of two
    // packages at once), for no CPU saved.
    await page.close().catch(() => undefined);
  }
}

async function run(): Promise<void> {
  const { executablePath, args, shell, standby } = workerData as { executablePath: string; args: string[]; shell: boolean; standby: boolean };
  // on standby, Chromium starts with the first document (or a 'launch'): a build whose documents
  // all come from the PDF cache never starts it
  let launched: Promise<Browser> | undefined;
  const launch = () => (launched ??= launchChromium(executablePath, args, shell).then(async ({ browser }) => {
    // a browser that died (a crash, a kill): the prints under way fail, then this thread ends
    browser.on('disconnected', () => { post({ type: 'disconnected' }); setTimeout(() => port.close(), 1000).unref(); });
    // the blank page the browser starts with prints nothing: closed, with its renderer process
    await Promise.all((await browser.pages()).map((p) => p.close())).catch(() => undefined);
    post({ type: 'launched', pid: browser.process()?.pid });
    return browser;
  }));
  port.on('message', (m: PrintCommand) => {
    if (m.type === 'launch') { launch().catch(() => undefined); return; }
    if (m.type === 'pages') {
      const open = launched ? launched.then((b) => b.pages()).then((p) => p.length, () => 0) : Promise.resolve(0);
      void open.then((n) => post({ type: 'pages', open: n }));
      return;
    }
    if (m.type === 'close') {
      const closing = launched ? launched.then((b) => b.close()).catch(() => undefined) : Promise.resolve();
      void closing.then(() => { post({ type: 'closed' }); port.close(); });
      return;
    }
    // the requests this document made and the browser refused
    const blocked: string[] = [];
    let browser: Browser | undefined;
    launch().then((b) => { browser = b; return print(b, m, blocked); }).then(
      (printed) => {
        // moved, not copied, to the main thread: a buffer of its own (never a view into a pool)
        const pdf = printed.byteOffset === 0 && printed.byteLength === printed.buffer.byteLength ? printed : new Uint8Array(printed);
        post({ type: 'result', id: m.id, pdf, blocked, connected: browser!.connected }, [pdf.buffer as ArrayBuffer]);
      },
      (e) => post({ type: 'result', id: m.id, error: plainError(e), blocked, connected: browser?.connected ?? false }),
    );
  });
  if (standby) { post({ type: 'ready' }); return; }
  try {
    const b = await launch();
    post({ type: 'ready', pid: b.process()?.pid });
  } catch (e) {
    post({ type: 'failed', error: plainError(e) });
    port.close();
  }
}

void run();
