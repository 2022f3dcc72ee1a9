// The order the test files start in. Vitest hands the next file to whichever worker is free, so:
// - the opening pairs a long file that analyses IIJ's data cold (its analysis, figures, charts and
//   template sets land in the caches on disk) with a long file that mostly waits (Redis, worker
//   processes, timers), so that the second long IIJ file, packages.test.ts, starts when those caches
//   are written and reads them instead of making them again in the other worker;
// - then the long files, longest first, so that two workers finish together instead of one running
//   the last long file alone, then every other file by vitest's cached duration or size (a clean
//   clone, as on CI, has no cached durations: the seconds below stand for them);
// - last, the files that empty the process's caches (clearCaches) or load every module again
//   (vi.resetModules: new module-level caches, a second browser for the worker): a file after them
//   in the same worker would make again what the files before them kept.
// The seconds are each file's whole time in its worker on two cores with empty caches (imports and
// beforeAll included: vitest's JSON report starts a file at its first test, so take the time from
// one file's start to the next file's start in the same worker). A rough list is enough: only the
// order changes, never what runs. Update it when a file becomes long (over ~3 s).
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { relative } from 'node:path';

export const OPENING = [
  'test/export/ooxml/office.test.ts',
  'test/queue/faults.test.ts',
  'test/audience/packages.test.ts',
];

export const KNOWN_SECONDS: Record<string, number> = {
  'test/export/ooxml/office.test.ts': 31,
  'test/audience/packages.test.ts': 26,
  'test/preview/live-data-facts-again.test.ts': 15,
  'test/queue/faults.test.ts': 11,
  'test/render/ja-release.test.ts': 10,
  'test/preview/preview.test.ts': 9,
  'test/batch/batch.test.ts': 7,
  'test/cli/bundled-build.test.ts': 7,
  'test/newq/iij-1q10.test.ts': 7,
  'test/queue/remote.test.ts': 6,
  'test/render/release.test.ts': 6,
  'test/sheet/round-trip.test.ts': 6,
  'test/preview/live-data-facts.test.ts': 5,
  'test/preflight/iij-periods.test.ts': 5,
  'test/export/ooxml/libreoffice.test.ts': 5,
  'test/export/cached-build.test.ts': 5,
  'test/cli/problem-language.test.ts': 5,
  'test/export/browser-pages.test.ts': 5,
  'test/render/net-income-labels.test.ts': 4,
  'test/preflight/new-quarter.test.ts': 4,
  'test/cli/lazy-imports.test.ts': 4,
  'test/render/tse-summary.test.ts': 4,
  'test/schedule/schedule.test.ts': 4,
  'test/export/cjk-faces.test.ts': 4,
  'test/render/vega-lite-sync.test.ts': 3,
  'test/preflight/axis-ticks.test.ts': 3,
  'test/model/asked-figures.test.ts': 3,
  'test/preflight/harbor-documents.test.ts': 3,
  'test/render/presentation-eras.test.ts': 3,
};

/** Files that call clearCaches() or vi.resetModules(), longest first. */
export const LAST = [
  'test/template/set-cache.test.ts',
  'test/config/run-options.test.ts',
  'test/render/passed-checks.test.ts',
  'test/render/template-pack.test.ts',
  'test/cache/registry.test.ts',
];

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const byCache = await super.sort(files); // vitest's own order: cached durations, else size
    const rank = new Map(byCache.map((f, i) => [f, i]));
    const name = (f: TestSpecification) => relative(f.project.config.root, f.moduleId).split('\\').join('/');
    const group = (f: TestSpecification) => (OPENING.includes(name(f)) ? 0 : LAST.includes(name(f)) ? 2 : 1);
    const within = (f: TestSpecification) => {
      const n = name(f);
      return group(f) === 0 ? OPENING.indexOf(n) : group(f) === 2 ? LAST.indexOf(n) : -(KNOWN_SECONDS[n] ?? 0);
    };
    return [...files].sort((a, b) => group(a) - group(b) || within(a) - within(b) || rank.get(a)! - rank.get(b)!);
  }
}
