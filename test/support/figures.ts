// figures.json of a period, computed once per test process for the same analysed data, messages
// and period (buildFigures is pure; the full list of a period takes about a second). The test
// files of a worker share their modules (vitest.config.ts: isolate: false), so the IIJ FY2009
// figures many files read are computed once per worker instead of once per file — and `build`
// in the same process reads the same kept figures (src/model/figures-cache.ts). The file is
// shared: it is frozen (the file, its list and each figure), so a test that changed it would fail
// at once instead of changing another file's figures. A test that needs figures of edited data
// analyses that data again (a new ledger: a new key).
import { sharedFigures } from '../../src/model/figures-cache.js';
import type { Ledger } from '../../src/contract/analysis.js';
import type { Messages } from '../../src/messages/en.js';
import type { FiguresFile } from '../../src/contract/figures.js';

/** Every figure of `period` (buildFigures with its defaults), shared and read-only. */
export function figuresOf(ledger: Ledger, period: string, m: Messages): FiguresFile {
  return sharedFigures(ledger, period, m);
}
