// The options of a run, resolved in one place for `build`, `batch`, `schedule` and the queue
// (`batch --redis`, `schedule --redis`, whose workers build with what the producer resolved):
// defaults → config file (quarterdeck.config.yaml) → flags. The audience profile's layer comes in
// build(), between the config file and the flags (config.ts `lookFor`), as for every package.
import { resolve } from 'node:path';
import { loadConfig, templateFolders, type Config } from './config.js';

/** What the commands' flags may say (undefined: not given). */
export interface RunFlags {
  data?: string;
  out?: string;
  company?: string;
  audience?: string;
  templates?: string[];
  theme?: string;
  strict?: boolean;
}

export interface RunOptions {
  dataDir: string;
  outDir: string;
  company: string;
  audience: string;
  /** user template folders, flags first, then the config file's (the built-ins come last in build()) */
  templates: string[];
  /** the config file's layer of the look */
  defaults: { theme?: string };
  /** the flags' layer of the look */
  look: { theme?: string };
  preflight: { strict: boolean };
  /** the config file's period built when none is named (over company.yaml's default_period) */
  defaultPeriod?: string;
}

/** The built-in fallbacks: the project's data and out folders, the first company, the investors. */
export interface RunFallback { data: string; out: string; company: string }

export function runOptions(flags: RunFlags, fallback: RunFallback, config: Config = loadConfig()): RunOptions {
  return {
    dataDir: resolve(flags.data ?? config.data ?? fallback.data),
    outDir: resolve(flags.out ?? config.out ?? fallback.out),
    company: flags.company ?? config.company ?? fallback.company,
    audience: flags.audience ?? config.audience ?? 'investors',
    templates: templateFolders(flags.templates, config),
    defaults: { theme: config.theme },
    look: { theme: flags.theme },
    preflight: { strict: flags.strict ?? config.preflight === 'strict' },
    defaultPeriod: config.period,
  };
}

/** The part of the options every package of a batch or scheduled job is built with. */
export type PackageOptions = Pick<RunOptions, 'dataDir' | 'outDir' | 'templates' | 'defaults' | 'preflight'>;
