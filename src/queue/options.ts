// The options of a queued batch, resolved in one place for `batch --redis` and `schedule --redis`:
// defaults → config file (quarterdeck.config.yaml: templates, theme, data, out) → flags, through
// config/run-options.ts as for a local build, batch or schedule.
import { loadConfig, type Config } from '../config/config.js';
import { runOptions, type RunFallback } from '../config/run-options.js';
import { DEFAULT_CHECK_INTERVAL, DEFAULT_RETRY_DELAY, DEFAULT_TTLS } from './bull.js';
import type { RemoteBatchOptions } from './producer.js';
import { amount } from './amount.js';

export interface QueueFlags {
  redis: string;
  data?: string;
  out?: string;
  templates?: string[];
  force?: boolean;
  /** seconds, as typed */
  redisTimeout?: string;
  timeout?: string;
  /** ms, as typed */
  retryDelay?: string;
  /** seconds, as typed */
  checkInterval?: string;
}

export function queueOptions(f: QueueFlags, fallback: RunFallback, config: Config = loadConfig()): Omit<RemoteBatchOptions, 'onEvent' | 'signal' | 'warn'> {
  // data, out, template folders and the config file's theme: resolved as for a local run
  const run = runOptions({ data: f.data, out: f.out, templates: f.templates }, fallback, config);
  return {
    url: f.redis,
    dataDir: run.dataDir,
    outDir: run.outDir,
    templates: run.templates,
    defaults: run.defaults,
    force: f.force,
    ttls: DEFAULT_TTLS,
    redisTimeout: amount('--redis-timeout', f.redisTimeout, 60),
    timeout: amount('--timeout', f.timeout, 0),
    retryDelay: amount('--retry-delay', f.retryDelay, DEFAULT_RETRY_DELAY),
    // no more often than every 10 ms: 0 would make the producer spin
    checkInterval: amount('--check-interval', f.checkInterval, DEFAULT_CHECK_INTERVAL, 0.01),
  };
}
