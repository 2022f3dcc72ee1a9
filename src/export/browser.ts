// One headless Chromium per build command; a page per document, closed once it is printed. Every network request is
// blocked: documents are built offline from inline HTML, CSS, SVG and local fonts.
//
// The browser is driven from a thread of its own (export/print-worker.ts): puppeteer loads there,
// and each print's DevTools conversation goes on while this thread renders the next document.
import type { PDFOptions } from 'puppeteer-core';
import type { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { QuarterDeckError } from '../errors/problem.js';
import { printLimits, tooLarge } from './print-limits.js';
import { sibling, startWorker } from '../worker-thread.js';
import type { PrintCommand, PrintReply, PrintRequest, WorkerError } from './print-worker.js';
import { pdfCachePath, readCachedPdf, storePdf } from './pdf-cache.js';

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

/** An error of the print thread as it was thrown there (a QuarterDeckError with its problems, a TimeoutError by its name). */
function thrown(e: WorkerError): Error {
  if (e.problems) return new QuarterDeckError(e.problems, e.exitCode);
  const err = new Error(e.message);
  err.name = e.name;
  if (e.stack) err.stack = e.stack;
  return err;
}

type Pending = { resolve: (r: { pdf: Uint8Array; blocked: string[] }) => void; reject: (e: Error) => void };

export class Printer {
  /** requests a document made and the browser refused (every one that is not inline data) */
  readonly blocked: string[] = [];
  private alive = true;
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  private closed?: Promise<void>;
  private exited = false;
  /** the print thread: on standby, started with the first document the PDF cache does not hold */
  private thread?: Worker;
  private starting?: Promise<Worker>;
  private readonly killOnExit = () => { if (this.pid && this.alive) { try { process.kill(-this.pid, 'SIGKILL'); } catch { /* gone */ } } };

  /** the browser's process id (undefined on standby until the first document starts it) */
  pid: number | undefined;

  private constructor(private readonly executable: string) {}

  /** The print thread started and its browser launched (on standby: the thread only); its 'ready' pid. */
  private static async startThread(executablePath: string, standby: boolean): Promise<{ thread: Worker; pid: number | undefined }> {
    // pipe: the browser talks over a pipe, so it exits when this process dies (even by kill -9)
    const thread = startWorker(sibling(import.meta.url, 'print-worker'), { executablePath, args: CHROMIUM_ARGS, shell: isHeadlessShell(executablePath), standby });
    const pid = await new Promise<number | undefined>((resolve, reject) => {
      const onMessage = (m: PrintReply) => {
        if (m.type === 'ready') { done(); resolve(m.pid); } else if (m.type === 'failed') { done(); reject(thrown(m.error)); }
      };
      const onError = (e: Error) => { done(); reject(e); };
      const onExit = () => { done(); reject(new Error('the print thread stopped before the browser started')); };
      const done = () => { thread.off('message', onMessage); thread.off('error', onError); thread.off('exit', onExit); };
      thread.on('message', onMessage); thread.once('error', onError); thread.once('exit', onExit);
    });
    return { thread, pid };
  }

  private attach(thread: Worker, pid: number | undefined): Worker {
    this.thread = thread;
    this.pid = pid;
    thread.on('message', (m: PrintReply) => this.onMessage(m));
    thread.once('exit', () => { this.exited = true; this.lost(new Error('Browser has disconnected: the print thread stopped')); });
    thread.once('error', (e) => this.lost(e));
    // the browser never outlives this process (a pipe ends it when the process dies; this when it exits)
    process.on('exit', this.killOnExit);
    return thread;
  }

  /** The print thread, started now on standby (Chromium itself starts with the document sent to it). */
  private threadFor(): Promise<Worker> {
    if (this.thread) return Promise.resolve(this.thread);
    return (this.starting ??= Printer.startThread(this.executable, true).then(({ thread, pid }) => this.attach(thread, pid)));
  }

  /**
   * A printer with its browser started; on `standby`, the print thread and Chromium start with the
   * first document that the PDF cache does not hold (a build of unchanged documents starts neither).
   */
  static async open(options: { standby?: boolean } = {}): Promise<Printer> {
    const executablePath = chromiumPath();
    const printer = new Printer(executablePath);
    if (!options.standby) { const { thread, pid } = await Printer.startThread(executablePath, false); printer.attach(thread, pid); }
    return printer;
  }

  get connected(): boolean { return this.alive; }

  private onMessage(m: PrintReply): void {
    // a browser that died holds nothing: its thread never keeps the process alive (it ends itself)
    if (m.type === 'disconnected') { this.alive = false; if (!this.closed) this.thread?.unref(); }
    if (m.type === 'launched') this.pid = m.pid;
    if (m.type !== 'result') return;
    for (const u of m.blocked) { this.blocked.push(u); if (this.blocked.length > 100) this.blocked.shift(); }
    if (!m.connected) this.alive = false;
    const p = this.pending.get(m.id);
    this.pending.delete(m.id);
    if (m.error) p?.reject(thrown(m.error)); else p?.resolve({ pdf: m.pdf!, blocked: m.blocked });
  }

  private lost(e: Error): void {
    this.alive = false;
    process.off('exit', this.killOnExit);
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }

  /** Print self-contained HTML to PDF (the same HTML printed before is read from the cache: export/pdf-cache.ts). */
  async pdf(html: string, options: PDFOptions): Promise<Uint8Array> {
    const limits = printLimits();
    const bytes = Buffer.byteLength(html);
    if (bytes > limits.maxHtmlBytes) throw tooLarge(`${(bytes / 1048576).toFixed(0)} MB of HTML`, `${(bytes / 1048576).toFixed(0)} MB`, `${limits.maxHtmlBytes / 1048576} MB`, 'QUARTERDECK_MAX_HTML_MB');
    const cached = pdfCachePath(this.executable, html, options);
    const hit = cached && readCachedPdf(cached);
    if (hit) return hit;
    if (!this.alive) throw new Error('Browser has disconnected');
    const id = this.next++;
    const request: PrintRequest = { type: 'pdf', id, html, options, limits };
    const thread = await this.threadFor();
    if (!this.alive) throw new Error('Browser has disconnected');
    const { pdf, blocked } = await new Promise<{ pdf: Uint8Array; blocked: string[] }>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      thread.postMessage(request);
    });
    // a document that asked for something the browser refused is printed again each time (and its requests recorded again)
    if (cached && !blocked.length) storePdf(cached, pdf);
    return pdf;
  }

  /** The pages open in the browser now (0 before it started): each document's is closed once it is printed. */
  async openPages(): Promise<number> {
    if (!this.thread || this.exited) return 0;
    const thread = this.thread;
    return new Promise<number>((resolve) => {
      const onMessage = (m: PrintReply) => { if (m.type === 'pages') { thread.off('message', onMessage); resolve(m.open); } };
      thread.on('message', onMessage);
      thread.postMessage({ type: 'pages' } satisfies PrintCommand);
    });
  }

  async close(): Promise<void> {
    // a thread on its way (a document sent just now) is closed once started; one never started has nothing to close
    this.closed ??= (this.starting ?? Promise.resolve(undefined)).catch(() => undefined).then(() => new Promise<void>((resolve) => {
      const thread = this.thread;
      if (!thread || this.exited) { resolve(); return; }
      thread.ref();
      thread.once('exit', () => resolve());
      thread.postMessage({ type: 'close' });
      // a browser that does not close in time is killed with its thread
      setTimeout(() => { this.killOnExit(); void thread.terminate(); }, 10_000).unref();
    }));
    await this.closed;
    this.alive = false;
    process.off('exit', this.killOnExit);
  }
}
