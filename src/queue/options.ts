// The options of a queued batch, resolved in one place for `batch --redis` and `schedule --redis`:
// defaults → config file (quarterdeck.config.yaml: templates, theme, data, out) → flags.
import { resolve } from 'node:path';
import { loadConfig, templateFolders, type Config } from '../config/config.js';
import { DEFAULT_TTLS } from './bull.js';
import type { RemoteBatchOptions } from './producer.js';

export interface QueueFlags {
  redis: string;
  data?: string;
  out?: string;
  templates?: string[];
  force?: boolean;
  /** seconds, as typed */
  redisTimeout?: string;
  timeout?: string;
}

const seconds = (v: string | undefined, fallback: number) => (v === undefined ? fallback : Math.max(0, Number(v)));

export function queueOptions(f: QueueFlags, fallback: { data: string; out: string }, config: Config = loadConfig()): Omit<RemoteBatchOptions, 'onEvent' | 'signal' | 'warn'> {
  return {
    url: f.redis,
    dataDir: resolve(f.data ?? config.data ?? fallback.data),
    outDir: resolve(f.out ?? config.out ?? fallback.out),
    templates: templateFolders(f.templates, config),
    defaults: { theme: config.theme },
    force: f.force,
    ttls: DEFAULT_TTLS,
    redisTimeout: seconds(f.redisTimeout, 60),
    timeout: seconds(f.timeout, 0),
  };
}
