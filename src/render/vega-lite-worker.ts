// The thread of vega-lite-sync.ts: compiles each Vega-Lite spec it is sent, answers on its port and
// wakes the waiting caller.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { TopLevelSpec } from 'vega-lite';

const port = (workerData as { port: MessagePort }).port;
const { compile } = await import('vega-lite');

parentPort!.on('message', ({ spec, signal }: { spec: TopLevelSpec; signal: Int32Array }) => {
  let answer: { json?: string; error?: string };
  try { answer = { json: JSON.stringify(compile(spec).spec) }; } catch (e) { answer = { error: (e as Error)?.message ?? String(e) }; }
  port.postMessage(answer);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
