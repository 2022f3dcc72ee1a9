// A Vega-Lite compile for a caller that cannot wait asynchronously (the template check), in a thread
// that loads Vega-Lite: Vega-Lite's module graph has a top-level await (vega-canvas), so it cannot
// be required synchronously. The caller blocks on Atomics.wait until the worker answers on its port.
// The worker is started on the first spec the disk cache does not hold, and kept (unreferenced:
// it never keeps the process alive) for the next ones until it has been idle for a second.
import { MessageChannel, receiveMessageOnPort, type MessagePort, type Worker } from 'node:worker_threads';
import { sibling, startWorker } from '../worker-thread.js';

interface Answer { json?: string; error?: string }
let worker: { thread: Worker; port: MessagePort } | undefined;

/** how long a compile may take (loading Vega-Lite included, on a heavily loaded machine) */
const TIMEOUT_MS = 120_000;

function start(): { thread: Worker; port: MessagePort } {
  const { port1, port2 } = new MessageChannel();
  const thread = startWorker(sibling(import.meta.url, 'vega-lite-worker'), { port: port2 }, { transferList: [port2] });
  thread.unref();
  port1.unref();
  thread.once('exit', () => { worker = undefined; });
  return { thread, port: port1 };
}

/** A thread with no spec to compile for IDLE_MS is stopped: its Vega-Lite (tens of MB) is not held
 *  while the documents print; a later spec starts another. */
const IDLE_MS = 1_000;
let idleTimer: NodeJS.Timeout | undefined;
function idle(w: { thread: Worker }): void {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => { if (worker === w) { worker = undefined; void w.thread.terminate(); } }, IDLE_MS);
  idleTimer.unref();
}

/** The compiled Vega spec's JSON text of a Vega-Lite spec; throws Vega-Lite's error when it cannot compile it. */
export function compileInWorker(spec: Record<string, unknown>): string {
  worker ??= start();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  worker.thread.postMessage({ spec, signal });
  if (Atomics.wait(signal, 0, 0, TIMEOUT_MS) === 'timed-out') {
    void worker.thread.terminate();
    worker = undefined;
    throw new Error(`Vega-Lite did not compile the spec within ${TIMEOUT_MS / 1000} s`);
  }
  const answer = receiveMessageOnPort(worker.port)?.message as Answer | undefined;
  idle(worker);
  if (!answer) throw new Error('the Vega-Lite compiler thread stopped without an answer');
  if (answer.error !== undefined) throw new Error(answer.error);
  return answer.json!;
}

/** Whether the compiler thread is running (it stops when idle). */
export function compilerRunning(): boolean {
  return worker !== undefined;
}
