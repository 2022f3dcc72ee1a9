// A worker thread running one of our modules: the compiled file (dist/…/x.js) in production; under
// the TypeScript sources (tests run src/ through tsx or vitest) the .ts file, with tsx's loader
// registered in the thread first.
import { Worker, type WorkerOptions } from 'node:worker_threads';

const BOOT = `const { workerData } = require('node:worker_threads');
(async () => { if (workerData.__tsx) (await import(workerData.__tsx)).register(); await import(workerData.__entry); })()
  .catch((e) => { process.nextTick(() => { throw e; }); });`;

/** A thread running `entry` (a module URL); `workerData` reaches it as its workerData. */
export function startWorker(entry: URL, workerData: Record<string, unknown>, options: Omit<WorkerOptions, 'eval' | 'workerData'> = {}): Worker {
  const tsx = entry.pathname.endsWith('.ts') ? import.meta.resolve('tsx/esm/api') : undefined;
  return new Worker(BOOT, { ...options, eval: true, workerData: { ...workerData, __entry: entry.href, __tsx: tsx } });
}

/** The URL of a sibling module of `from` (an import.meta.url) by its name without extension, in the same form (.js or .ts). */
export function sibling(from: string, name: string): URL {
  return new URL(`./${name}${from.endsWith('.ts') ? '.ts' : '.js'}`, from);
}
