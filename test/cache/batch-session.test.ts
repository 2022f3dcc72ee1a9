// A batch (and each run of a scheduled job) builds its packages one after another in one process:
// a data file saved while it runs is in the packages built after the save, and each package's
// stored input hash is that of the data it was built from (a package built from older data than
// its hash says would be skipped as unchanged by every later run).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyFixture } from '../helpers.js';
import { packageBuilder } from '../../src/batch/package-builder.js';
import { runBatch } from '../../src/batch/run-batch.js';

const results = 'facts/fy2025-release/results.yaml';

describe('a batch whose data is saved while it runs', () => {
  it('builds the packages after the save from the saved data, and a second run finds them unchanged', async () => {
    const fx = copyFixture('harbor');
    const outDir = join(fx.dir, 'out');
    const builder = packageBuilder({ dataDir: fx.dir, outDir });
    const specs = [{ company: 'harbor', period: 'FY2025-H1', audience: 'investors', formats: ['figures'] }, { company: 'harbor', period: 'FY2025', audience: 'investors', formats: ['figures'] }];
    // the year's net sales 595 → 596 (within the rounding of its terms) once the first package is built
    const first = await runBatch(specs, { ...builder, outDir, concurrency: 1, onEvent: (e) => { if (e.type === 'done' && e.index === 0) fx.edit(results, (s) => s.replace('"440", "595"]', '"440", "596"]')); } });
    expect(first.map((r) => r.status)).toEqual(['ok', 'ok']);
    const figures = JSON.parse(readFileSync(join(outDir, 'harbor', 'FY2025', 'investors', 'figures.json'), 'utf8')) as { figures: { id: string; display: string }[] };
    expect(figures.figures.find((f) => f.id === 'pl.sales.total@FY2025')?.display).toBe('596');
    // the files as they are now built both: nothing to do
    const again = await runBatch(specs, { ...packageBuilder({ dataDir: fx.dir, outDir }), outDir, concurrency: 1 });
    expect(again.map((r) => r.status)).toEqual(['ok', 'unchanged']);
  }, 60_000);

  it('builds every package again after the program changed (an upgrade must reach the documents), and only then', async () => {
    const fx = copyFixture('harbor');
    const outDir = join(fx.dir, 'out');
    const specs = [{ company: 'harbor', period: 'FY2025', audience: 'investors', formats: ['figures'] }];
    const batch = (code: string) => runBatch(specs, { ...packageBuilder({ dataDir: fx.dir, outDir, code }), outDir, concurrency: 1 }).then((r) => r.map((x) => x.status));
    expect(await batch('program 1')).toEqual(['ok']);
    expect(await batch('program 1')).toEqual(['unchanged']);
    expect(await batch('program 2')).toEqual(['ok']);
  }, 60_000);
});
