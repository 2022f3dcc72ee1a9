// The test run, sized for CI's two cores.
import { defineConfig } from 'vitest/config';
import { LongestFirst } from './test/support/sequencer.js';

export default defineConfig({
  test: {
    // one worker per core; the files of a worker share their imports (vega, puppeteer, pptxgenjs,
    // exceljs load once, not once per file) and the process's caches (the analysed data of a company,
    // compiled chart specs, font subsets), which are keyed by content and never go stale
    pool: 'forks',
    maxWorkers: 2,
    isolate: false,
    // a test that builds documents prints with Chromium: a generous bound, far above what it takes
    // on two idle cores (a few seconds), so that a loaded machine slows the run without failing it
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // long files first (test/support/sequencer.ts)
    sequence: { sequencer: LongestFirst },
  },
});
