// QUARTERDECK_TRACE=1: each stage of a command on stderr, with the milliseconds since the process
// started, the CPU time it has used and the memory it holds (`[trace] 412 ms cpu 380 ms rss 180 MB heap
// 55 MB figures`), to see where a cold build spends its time and memory without a profiler (wall time on
// a loaded machine says little; CPU time does).
import { performance } from 'node:perf_hooks';

const on = !!process.env.QUARTERDECK_TRACE;

/** Note a stage (only with QUARTERDECK_TRACE set). */
export function trace(stage: string): void {
  if (on) { const c = process.cpuUsage(); process.stderr.write(`[trace] ${performance.now().toFixed(0)} ms cpu ${((c.user + c.system) / 1000).toFixed(0)} ms rss ${(process.memoryUsage.rss() / 1048576).toFixed(0)} MB heap ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MB ${stage}\n`); }
}

/** `f()`, noting when it starts and ends. */
export async function traced<T>(stage: string, f: () => Promise<T>): Promise<T> {
  if (!on) return f();
  trace(`${stage} …`);
  try { return await f(); } finally { trace(`${stage} done`); }
}
