// Progress on a terminal (one line rewritten in place), plain lines elsewhere (CI, logs).
import type { BatchEvent, PackageResult } from './run-batch.js';

export function progressPrinter(write: (s: string) => void, isTty: boolean): (e: BatchEvent) => void {
  let done = 0;
  return (e) => {
    if (e.type === 'start') {
      if (isTty) write(`\r\x1b[2K[${done}/${e.total}] building ${e.name}…`);
      return;
    }
    done++;
    const r = e.result;
    const line = `[${done}/${e.total}] ${r.name} ${r.status} ${r.ms} ms${r.error ? ` — ${r.error}` : ''}`;
    write(isTty ? `\r\x1b[2K${line}\n` : `${line}\n`);
  };
}

/** The summary table at the end of a batch. */
export function summaryTable(results: PackageResult[]): string {
  const rows = results.map((r) => [r.name, r.status, `${(r.ms / 1000).toFixed(2)} s`, r.outputs.map((o) => o.split('/').pop()).join(', ') || (r.error ? 'error' : '')]);
  const head = ['package', 'status', 'time', 'outputs'];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: string[]) => r.map((c, i) => c.padEnd(w[i])).join('  ').trimEnd();
  const failed = results.filter((r) => r.status === 'failed').length;
  return [fmt(head), fmt(w.map((n) => '-'.repeat(n))), ...rows.map(fmt), '',
    `${results.length} packages: ${results.filter((r) => r.status === 'ok').length} built, ${results.filter((r) => r.status === 'unchanged').length} unchanged, ${failed} failed.`].join('\n');
}
