// The test files of a worker share their modules and the process's caches (vitest.config.ts:
// isolate: false). A module loaded through a module mock stays bound to it after the file that
// mocked it ends: the run-options test's recorded build() once made omissions.test.ts's scheduled
// job "ok" with nothing built, whenever the two files ran in the same worker. So a file that mocks a
// module undoes the mock and lets go of what it loaded through it when it ends.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { root } from '../helpers.js';

const testFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []));

/** What a test file leaves mocked for the next file of its worker (empty: nothing). */
function mocksLeftBehind(text: string): string[] {
  const left: string[] = [];
  const ends = text.indexOf('afterAll(');
  let undone = -1;
  for (const m of text.matchAll(/\bvi\.(mock|doMock)\(\s*(['"`])([^'"`]+)\2/g)) {
    const [, how, , path] = m;
    if (how === 'mock') left.push(`${path}: vi.mock is hoisted above the file's imports (vi.doMock, then vi.resetModules(), then import)`);
    const at = text.search(new RegExp(`\\bvi\\.doUnmock\\(\\s*['"\`]${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"\`]`));
    if (at < 0 || ends < 0 || at < ends) left.push(`${path}: not vi.doUnmock'ed in afterAll`);
    undone = Math.max(undone, at);
  }
  if (!left.length && undone >= 0 && text.indexOf('vi.resetModules()', undone) < 0) left.push('the modules loaded through the mock are kept: no vi.resetModules() after vi.doUnmock');
  return left;
}

describe('a test file that mocks a module', () => {
  it('undoes the mock and lets go of what it loaded through it when it ends', () => {
    const files = testFiles(join(root, 'test')).filter((f) => f !== import.meta.filename);
    const left = files.flatMap((f) => mocksLeftBehind(readFileSync(f, 'utf8')).map((x) => `${relative(root, f)}: ${x}`));
    expect(left).toEqual([]);
    // the check sees the fault it is for: the run-options test as it was
    expect(mocksLeftBehind("vi.mock('../../src/build.js', async () => ({}));\nvi.resetModules();\nafterAll(() => { process.chdir(cwd); });\n")).toEqual([
      "../../src/build.js: vi.mock is hoisted above the file's imports (vi.doMock, then vi.resetModules(), then import)",
      "../../src/build.js: not vi.doUnmock'ed in afterAll",
    ]);
    expect(mocksLeftBehind("vi.doMock('../x.js', () => ({}));\nafterAll(() => {\n  vi.doUnmock('../x.js');\n});\n")).toEqual(['the modules loaded through the mock are kept: no vi.resetModules() after vi.doUnmock']);
    expect(mocksLeftBehind("vi.doMock('../x.js', () => ({}));\nafterAll(() => {\n  vi.doUnmock('../x.js');\n  vi.resetModules();\n});\n")).toEqual([]);
  });
});
