// One Chromium per test worker, for the files that print documents: opened by the first file that
// asks, reopened if it crashed, and left open for the worker's next file (the test files of a
// worker run in one process: vitest.config.ts, isolate: false). It ends with the worker: it talks
// to it over a pipe (src/export/browser.ts). A test that crashes or counts browsers, or reads what a
// browser blocked, opens its own (new SharedBrowser(), Printer.open()).
import { SharedBrowser } from '../../src/batch/shared-browser.js';
import type { Printer } from '../../src/export/browser.js';

class WorkerBrowser extends SharedBrowser {
  /** The next file of this worker prints with the same browser: closing is the worker's exit. */
  override async close(): Promise<void> { /* kept open */ }
}

let shared: WorkerBrowser | undefined;
/** The worker's browser, for build sessions ({ browser: workerBrowser() }). */
export const workerBrowser = (): SharedBrowser => (shared ??= new WorkerBrowser());
/** The worker's printer (a crashed browser is replaced). */
export const workerPrinter = (): Promise<Printer> => workerBrowser().get();
