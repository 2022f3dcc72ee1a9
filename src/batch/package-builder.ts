// Glue between the batch runner and build(): one session per batch (the shared browser), and the
// input hash of a package. A company's data is loaded and checked once per content of its files
// (prepare's own cache): a file saved while the batch runs is in the packages built after it, as in
// their input hashes (a cache by the folder's path would build them from the data before the save).
import { join } from 'node:path';
import { build, projectRoot } from '../build.js';
import { inputHash } from './input-hash.js';
import { codeVersion } from '../load/code-version.js';
import type { BuildOne } from './run-batch.js';
import type { PackageSpec } from './spec.js';
import type { SharedBrowser } from './shared-browser.js';
import type { PackageOptions } from '../config/run-options.js';


/**
 * `templates`: user template folders (searched before the built-ins, and part of the input hash);
 * `defaults`, `preflight`: the config file's (config/run-options.ts), as `build` has them;
 * `code`: what identifies the program (load/code-version.ts unless given).
 */
export function packageBuilder(o: Partial<PackageOptions> & { dataDir: string; outDir: string; code?: string }): { build: BuildOne; hash: (s: PackageSpec) => string } {
  const templates = [...(o.templates ?? []), join(projectRoot(), 'templates')];
  return {
    build: async (spec: PackageSpec, browser: SharedBrowser) => {
      const r = await build({ dataDir: o.dataDir, outDir: o.outDir, company: spec.company, period: spec.period, audience: spec.audience, formats: spec.formats, templates: o.templates, defaults: o.defaults, preflight: o.preflight }, { browser });
      return { outputs: r.outputs, period: r.period };
    },
    // and what else the package is built with: the program (an upgraded or rebuilt QuarterDeck builds
    // every package again: a fix must reach the documents), the config file's theme, and a strict
    // preflight (a package built without it is built again, and fails on what it leaves out)
    hash: (spec) => inputHash([join(o.dataDir, spec.company), ...templates], spec, [o.code ?? codeVersion(), o.defaults?.theme && `theme:${o.defaults.theme}`, o.preflight?.strict && 'strict'].filter(Boolean).join(' ')),
  };
}
