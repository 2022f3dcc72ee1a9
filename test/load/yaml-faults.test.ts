// One YAML reader (src/load/read-yaml.ts) for every YAML file: a syntax fault in a data file, a
// template (slides, a slide override, a theme, a release layout, a catalog, an audience profile),
// the config, a batch or a schedule file is the same problem — E_YAML, the file, the line of the
// first error, "malformed YAML: …", the tab named in the hint. No browser.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QuarterDeckError, type Problem } from '../../src/errors/problem.js';
import { loadCompany } from '../../src/load/load-company.js';
import { loadSlides } from '../../src/template/slides.js';
import { loadTheme } from '../../src/template/theme.js';
import { loadReleaseTemplates } from '../../src/template/release.js';
import { loadCatalogs } from '../../src/template/catalogs.js';
import { loadProfile } from '../../src/audience/profile.js';
import { loadConfig } from '../../src/config/config.js';
import { readBatchFile } from '../../src/batch/spec.js';
import { readScheduleFile } from '../../src/schedule/schedule-file.js';
import { copyFixture, root } from '../helpers.js';
import { templateFolder } from '../audience/support.js';

const builtin = join(root, 'templates');
/** Valid YAML up to line 3, which is indented with a tab. */
const broken = 'name: x\nblocks:\n\tfoo: 1\n';

function problemsOf(f: () => unknown): Problem[] {
  try { f(); } catch (e) { if (e instanceof QuarterDeckError) return e.problems; throw e; }
  throw new Error('no fault');
}

const inFolder = (rel: string, read: (dir: string) => unknown) => () => {
  const dir = templateFolder({ [rel]: broken });
  return { file: join(dir, rel), problems: problemsOf(() => read(dir)) };
};
const alone = (name: string, read: (file: string) => unknown) => () => {
  const dir = mkdtempSync(join(tmpdir(), 'qd-yaml-'));
  writeFileSync(join(dir, name), broken);
  return { file: join(dir, name), problems: problemsOf(() => read(join(dir, name))) };
};

const KINDS: [string, () => { file: string; problems: Problem[] }][] = [
  ['a data file', () => {
    const c = copyFixture('harbor');
    c.write('lists/broken.yaml', broken);
    return { file: 'lists/broken.yaml', problems: problemsOf(() => loadCompany(c.dir, 'harbor')) };
  }],
  ['slides.yaml', inFolder('deck/slides.yaml', (d) => loadSlides([d, builtin]))],
  ['a slide override', inFolder('deck/slides/summary.yaml', (d) => loadSlides([d, builtin]))],
  ['a theme', inFolder('deck/theme.yaml', (d) => loadTheme([d, builtin]))],
  ['a release layout', inFolder('release/tables/tse-results.yaml', (d) => loadReleaseTemplates([d, builtin]))],
  ['a catalog', inFolder('i18n/ja.yaml', (d) => loadCatalogs([d, builtin]))],
  ['an audience profile', inFolder('audiences/conference.yaml', (d) => loadProfile('conference', [d, builtin]))],
  ['the config file', inFolder('quarterdeck.config.yaml', (d) => loadConfig(d))],
  ['a batch file', alone('batch.yaml', (f) => readBatchFile(f))],
  ['a schedule file', alone('schedule.yaml', (f) => readScheduleFile(f))],
];

describe('a YAML syntax fault', () => {
  for (const [kind, read] of KINDS) {
    it(`in ${kind} is one problem at its file and line`, () => {
      const { file, problems } = read();
      expect(problems).toHaveLength(1);
      const [p] = problems;
      expect(p.file!.endsWith(file) || p.file === file, `${p.file} is ${file}`).toBe(true);
      expect({ code: p.code, line: p.line, hint: p.hint }).toEqual({ code: 'E_YAML', line: 3, hint: 'The line is indented with a tab: YAML indents with spaces.' });
      expect(p.message).toMatch(/^malformed YAML: Tabs are not allowed as indentation/);
    });
  }
});
