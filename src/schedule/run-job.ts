// A scheduled job is a batch: its packages built with the scheduler's shared browser.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { expand } from '../batch/spec.js';
import { runBatch } from '../batch/run-batch.js';
import { packageBuilder } from '../batch/package-builder.js';
import type { SharedBrowser } from '../batch/shared-browser.js';
import type { RunJob } from './scheduler.js';
import type { PackageOptions } from '../config/run-options.js';

/** `o`: the run's options (config/run-options.ts: data, out, template folders, the config file's theme). */
export function jobRunner(o: PackageOptions & { browser: SharedBrowser; concurrency?: number }): RunJob {
  return async (job, signal) => {
    const outDir = job.out ? resolve(job.out) : o.outDir;
    const specs = expand(job.build);
    const builder = packageBuilder({ ...o, outDir });
    const results = await runBatch(specs, { ...builder, outDir, browser: o.browser, concurrency: o.concurrency, force: job.force, signal });
    const failed = results.filter((r) => r.status === 'failed');
    const hash = createHash('sha256').update(results.map((r) => r.hash ?? '').join('\n')).digest('hex');
    const allUnchanged = results.every((r) => r.status === 'unchanged');
    return {
      status: failed.length ? 'failed' : results.some((r) => r.status === 'interrupted') ? 'interrupted' : allUnchanged ? 'unchanged' : 'ok',
      inputHash: hash,
      outputs: results.flatMap((r) => r.outputs),
      packages: results.map((r) => ({ name: r.name, status: r.status, ms: r.ms, error: r.error })),
      error: failed.map((r) => `${r.name}: ${r.error}`).join('\n') || undefined,
    };
  };
}
