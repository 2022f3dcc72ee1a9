// One browser for a whole batch or schedule: opened on first use, reopened after a crash.
import { Printer } from '../export/browser.js';

export class SharedBrowser {
  private printer?: Promise<Printer>;
  restarts = 0;

  /** A connected printer (a crashed browser is replaced). */
  async get(): Promise<Printer> {
    if (this.printer) {
      const p = await this.printer.catch(() => undefined);
      if (p?.connected) return p;
      this.printer = undefined;
      if (p) this.restarts++;
    }
    this.printer = Printer.open();
    return this.printer;
  }

  /**
   * Get ready to print, without waiting: the print thread loads now and Chromium starts with the
   * first document the PDF cache does not hold (export/browser.ts standby). A build calls it while
   * its data loads.
   */
  warm(): void {
    if (this.printer) return;
    this.printer = Printer.open({ standby: true });
    this.printer.catch(() => undefined);
  }

  async restart(): Promise<void> {
    const p = await this.printer?.catch(() => undefined);
    this.printer = undefined;
    this.restarts++;
    await p?.close().catch(() => undefined);
  }

  /** The browser's process id (tests kill it to prove a restart). */
  async pid(): Promise<number | undefined> {
    return (await this.printer?.catch(() => undefined))?.pid;
  }

  async close(): Promise<void> {
    const p = await this.printer?.catch(() => undefined);
    this.printer = undefined;
    await p?.close().catch(() => undefined);
  }
}

/** Errors that mean the browser died under us: worth one retry with a new browser. */
export function isBrowserCrash(e: unknown): boolean {
  const msg = e instanceof Error ? `${e.name} ${e.message}` : String(e);
  return /Target closed|TargetCloseError|Protocol error|Connection closed|Browser has disconnected|Session closed|browser has been closed|Navigating frame was detached/i.test(msg);
}

/** Run `f` with the browser; when the browser crashes under it, restart the browser and run it once more. */
export async function withRestart<T>(browser: SharedBrowser, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (!isBrowserCrash(e)) throw e;
    await browser.restart();
    return f();
  }
}
