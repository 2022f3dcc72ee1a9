// The order the test files start in: longest first, so that two workers finish together instead
// of one running the last long file alone. Vitest orders by the durations it cached on an earlier
// run; a clean clone (CI) has none, so the files known to be long (seconds on two idle cores, from
// `vitest run --reporter=json`) go first, then every other file by its cached duration or size.
// A rough list is enough: only the order changes, never what runs. Update it when a file becomes long.
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { relative } from 'node:path';

export const KNOWN_SECONDS: Record<string, number> = {
  'test/export/ooxml/office.test.ts': 47,
  'test/queue/faults.test.ts': 28,
  'test/audience/packages.test.ts': 29,
  'test/queue/remote.test.ts': 22,
  'test/preflight/iij-periods.test.ts': 18,
  'test/render/ja-release.test.ts': 18,
  'test/batch/batch.test.ts': 16,
  'test/preview/preview.test.ts': 14,
  'test/export/pptx.test.ts': 13,
  'test/model/asked-figures.test.ts': 10,
  'test/export/page-reuse.test.ts': 7,
  'test/model/figures-cache.test.ts': 6,
  'test/export/release-pdf.test.ts': 6,
  'test/export/omissions.test.ts': 7,
  'test/export/package-omissions.test.ts': 6,
  'test/render/chart-ranges.test.ts': 6,
  'test/render/current-column.test.ts': 8,
  'test/render/deck-partial-periods.test.ts': 4,
  'test/render/release-shapes.test.ts': 5,
  'test/audience/overrides.test.ts': 5,
  'test/render/ja-phrases.test.ts': 4,
  'test/audience/safety.test.ts': 4,
  'test/export/pptx-pdf.test.ts': 4,
};

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const byCache = await super.sort(files); // vitest's own order: cached durations, else size
    const rank = new Map(byCache.map((f, i) => [f, i]));
    const known = (f: TestSpecification) => KNOWN_SECONDS[relative(f.project.config.root, f.moduleId).split('\\').join('/')];
    return [...files].sort((a, b) => (known(b) ?? 0) - (known(a) ?? 0) || rank.get(a)! - rank.get(b)!);
  }
}
