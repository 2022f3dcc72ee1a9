// The order the test files start in: longest first, so that two workers finish together instead
// of one running the last long file alone. Vitest orders by the durations it cached on an earlier
// run; a clean clone (CI) has none, so the files known to be long go first, then every other file by
// its cached duration or size. The seconds are each file's whole time in its worker on two idle
// cores with empty caches (imports and beforeAll included: vitest's JSON report starts a file at its
// first test, so take a file's end minus the end of the file before it in the same worker).
// A rough list is enough: only the order changes, never what runs. Update it when a file becomes long.
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { relative } from 'node:path';

export const KNOWN_SECONDS: Record<string, number> = {
  'test/export/ooxml/office.test.ts': 67,
  'test/audience/packages.test.ts': 45,
  'test/render/ja-release.test.ts': 21,
  'test/queue/faults.test.ts': 20,
  'test/queue/remote.test.ts': 18,
  'test/export/pptx.test.ts': 16,
  'test/batch/batch.test.ts': 13,
  'test/export/browser-pages.test.ts': 12,
  'test/preflight/iij-periods.test.ts': 12,
  'test/preview/preview.test.ts': 12,
  'test/model/target-history.test.ts': 8,
  'test/schedule/schedule.test.ts': 7,
  'test/reliability/browser.test.ts': 5,
  'test/render/release.test.ts': 6,
  'test/format/precision.test.ts': 5,
  'test/calc/later-prints.test.ts': 5,
  'test/export/tse-sheet.test.ts': 5,
  'test/sheet/round-trip.test.ts': 5,
  'test/export/pptx-pdf.test.ts': 4,
  'test/render/release-shapes.test.ts': 4,
  'test/model/figures-cache.test.ts': 4,
  'test/model/asked-figures.test.ts': 4,
  'test/audience/safety.test.ts': 4,
  'test/export/ooxml/fixes.test.ts': 4,
  'test/config/run-options.test.ts': 4,
  'test/sheet/new-quarter.test.ts': 3,
  'test/export/release-pdf.test.ts': 3,
  'test/cli/lazy-imports.test.ts': 3,
};

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const byCache = await super.sort(files); // vitest's own order: cached durations, else size
    const rank = new Map(byCache.map((f, i) => [f, i]));
    const known = (f: TestSpecification) => KNOWN_SECONDS[relative(f.project.config.root, f.moduleId).split('\\').join('/')];
    return [...files].sort((a, b) => (known(b) ?? 0) - (known(a) ?? 0) || rank.get(a)! - rank.get(b)!);
  }
}
