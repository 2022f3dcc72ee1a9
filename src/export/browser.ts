// One headless Chromium per build command; a page per document at once, kept open for the next one. Every network request is
// blocked: documents are built offline from inline HTML, CSS, SVG and local fonts.
import puppeteer, { type Browser, type Page, type PDFOptions } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { QuarterDeckError } from '../errors/problem.js';
import { cssPixels, printLimits, tooLarge } from './print-limits.js';

/**
 * Debian's old headless shell (package chromium-headless-shell: starts in a third of the time and
 * prints the same PDF), then Chromium. The shell's binary itself, not its /usr/bin wrapper script,
 * so the browser's process id is the browser's.
 */
export const HEADLESS_SHELLS = ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium-headless-shell'];
export const CHROMIUM = '/usr/bin/chromium';

/** The browser to print with: QUARTERDECK_CHROMIUM, else the headless shell, else Chromium. */
export function chromiumPath(): string {
  const p = process.env.QUARTERDECK_CHROMIUM ?? HEADLESS_SHELLS.find((s) => existsSync(s)) ?? CHROMIUM;
  if (!existsSync(p)) {
    throw new QuarterDeckError([{ code: 'E_NOT_FOUND', file: p, message: 'Chromium is not installed', hint: 'Run `npm run setup` as root (it installs Debian\'s chromium-headless-shell and chromium), or `sudo apt-get install -y chromium-headless-shell`, or set QUARTERDECK_CHROMIUM' }]);
  }
  return p;
}

/** The headless shell takes puppeteer's `headless: 'shell'`; a full Chromium the new headless mode. */
export const isHeadlessShell = (path: string) => /headless[-_]shell/.test(path);

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-component-update', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-sync', '--disable-default-apps',
  '--disable-extensions', '--font-render-hinting=none',
];

export interface PdfMeta { title: string; author: string; subject: string; lang: string }

export class Printer {
  /** requests a document made and the browser refused (every one that is not inline data) */
  readonly blocked: string[] = [];

  private constructor(private browser: Browser) {}

  static async open(): Promise<Printer> {
    // pipe: the browser talks over a pipe, so it exits when this process dies (even by kill -9)
    const executablePath = chromiumPath();
    const browser = await puppeteer.launch({ executablePath, args: CHROMIUM_ARGS, headless: isHeadlessShell(executablePath) ? 'shell' : true, pipe: true });
    return new Printer(browser);
  }

  get connected(): boolean { return this.browser.connected; }

  /** the browser's process id */
  get pid(): number | undefined { return this.browser.process()?.pid; }

  /** Print self-contained HTML to PDF. */
  async pdf(html: string, options: PDFOptions): Promise<Uint8Array> {
    const limits = printLimits();
    const bytes = Buffer.byteLength(html);
    if (bytes > limits.maxHtmlBytes) throw tooLarge(`${(bytes / 1048576).toFixed(0)} MB of HTML`, `${(bytes / 1048576).toFixed(0)} MB`, `${limits.maxHtmlBytes / 1048576} MB`, 'QUARTERDECK_MAX_HTML_MB');
    const page = this.idle.pop() ?? await this.newPage();
    let reusable = false;
    try {
      page.setDefaultTimeout(limits.timeoutMs);
      await page.setContent(html, { waitUntil: 'load', timeout: limits.timeoutMs });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const pages = Math.ceil(height / cssPixels(options.height));
      if (pages > limits.maxPages) throw tooLarge(`about ${pages} pages`, `about ${pages} pages`, `${limits.maxPages} pages`, 'QUARTERDECK_MAX_PAGES');
      const pdf = await page.pdf({ timeout: limits.timeoutMs, ...options });
      reusable = true;
      return pdf;
    } finally {
      // a page that printed is kept for the next document (a batch prints two at once); one that
      // failed (a timeout, a limit, a crash) is closed
      if (reusable && this.idle.length < Printer.IDLE_PAGES && this.browser.connected) this.idle.push(page);
      else await page.close().catch(() => undefined);
    }
  }

  /** Pages kept open between documents: as many as a batch of two packages at once prints (release and deck.pdf each). */
  static IDLE_PAGES = 4;
  private readonly idle: Page[] = [];

  /** A page that runs no script and fetches nothing: a template's <script> never runs; no network, no local files. */
  private async newPage(): Promise<Page> {
    const page = await this.browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (r) => {
      const url = r.url();
      if (url.startsWith('data:') || url === 'about:blank') return r.continue();
      this.blocked.push(url);
      if (this.blocked.length > 100) this.blocked.shift();
      return r.abort('blockedbyclient');
    });
    return page;
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
