// One resolution of a run's options (defaults → config file → audience → flags) for `build`, `batch`,
// `schedule --once` and the queue: the same quarterdeck.config.yaml gives every package the same
// template folders and the same theme. The commands run in this process with build() recorded (no
// browser, nothing built); the look each package gets is merged as build() merges it.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuildOptions } from '../../src/build.js';
import { lookFor } from '../../src/config/config.js';
import { loadProfile } from '../../src/audience/profile.js';
import { runOptions } from '../../src/config/run-options.js';
import { queueOptions } from '../../src/queue/options.js';
import { loadConfig } from '../../src/config/config.js';
import { dataDir, root } from '../helpers.js';

const calls: BuildOptions[] = [];
// The files of a worker share their modules (vitest.config.ts: isolate: false), and a module loaded
// through a mock keeps it after this file ends: batch/package-builder.ts bound to this build() made a
// later file's scheduled job "ok" with nothing built. So the mock is this file's alone: the commands
// are loaded afresh through it here (another file may have loaded them with the real build()), and
// in afterAll the mock is undone and the modules loaded through it are let go (test/cache/module-mocks.test.ts).
vi.doMock('../../src/build.js', async (original) => ({
  ...(await original<typeof import('../../src/build.js')>()),
  build: vi.fn(async (opts: BuildOptions) => {
    calls.push(opts);
    return { outputs: [], period: 'FY2009', figures: { figures: [] }, kept: [], removed: [], findings: [] };
  }),
}));
vi.resetModules();
const { main } = await import('../../src/cli/main.js');

const dir = mkdtempSync(join(tmpdir(), 'qd-run-options-'));
const cwd = process.cwd();
const errors: string[] = [];
const io = { out: () => undefined, err: (s: string) => { errors.push(s); } };
/** the theme a package gets: config file → audience profile → flags, as build() merges them */
const themeOf = (o: BuildOptions) => lookFor(o.defaults, loadProfile(o.audience ?? 'investors', [...(o.templates ?? []), join(root, 'templates')]), o.look).theme;

beforeAll(() => {
  // a user's template folder with an audience that names no theme of its own, and the config file naming one
  mkdirSync(join(dir, 'mine', 'audiences'), { recursive: true });
  writeFileSync(join(dir, 'mine', 'audiences', 'conference.yaml'), 'description: an investor conference\ndocuments: [deck]\nlanguage: en\n');
  writeFileSync(join(dir, 'quarterdeck.config.yaml'), `templates: mine\ntheme: slate\ndata: ${JSON.stringify(dataDir)}\nout: out\n`);
  writeFileSync(join(dir, 'schedule.yaml'), 'jobs:\n  - name: nightly\n    cron: "0 2 * * *"\n    force: true\n    build:\n      - { company: iij, period: [FY2009], audience: [conference], formats: [figures] }\n');
  process.chdir(dir);
});
afterAll(() => {
  process.chdir(cwd);
  vi.doUnmock('../../src/build.js');
  vi.resetModules();
});

describe('the same config file through every command', () => {
  it('gives build, batch and schedule --once the same template folders, data, out and theme', async () => {
    expect(await main(['build', '--period', 'FY2009', '--audience', 'conference', '--formats', 'figures'], io)).toBe(0);
    expect(await main(['batch', '--period', 'FY2009', '--audience', 'conference', '--formats', 'figures', '--force'], io)).toBe(0);
    expect(await main(['schedule', '--file', 'schedule.yaml', '--once', 'nightly'], io)).toBe(0);
    expect(errors).toEqual([]);
    expect(calls).toHaveLength(3);
    for (const c of calls) {
      expect(c.templates).toEqual([join(dir, 'mine')]);
      expect([c.dataDir, c.outDir.startsWith(join(dir, 'out'))]).toEqual([dataDir, true]);
      expect(themeOf(c)).toBe('slate');
    }
    // a flag still wins over the config file, and the audience's own theme over the config file's
    expect(themeOf({ ...calls[0], look: { theme: 'default' } })).toBe('default');
    expect(themeOf({ ...calls[0], audience: 'board' })).toBe('slate');
    expect(themeOf({ ...calls[0], audience: 'investors' })).toBe('default');
  }, 30_000);

  it('the queue (batch --redis, schedule --redis) sends its workers what a local run resolves', () => {
    const config = loadConfig(dir);
    const local = runOptions({}, { data: 'data', out: 'out', company: 'iij' }, config);
    const queued = queueOptions({ redis: 'redis://localhost:6379' }, { data: 'data', out: 'out', company: 'iij' }, config);
    expect([queued.dataDir, queued.outDir, queued.templates, queued.defaults]).toEqual([local.dataDir, local.outDir, local.templates, local.defaults]);
    expect(queued.defaults.theme).toBe('slate');
  });
});
