// The open CJK font faces (each holds its collection file, about 20 MB, and the tables read from
// it) are let go a second after the last subset was made, and opened again for the next subset.
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cjkFontFaces } from '../../src/export/cjk-font.js';
import { cacheStats } from '../../src/cache/registry.js';

const installed = (() => {
  try { return /NotoSansCJK/i.test(execFileSync('fc-match', ['-f', '%{file}', 'Noto Sans CJK JP:style=Regular'], { encoding: 'utf8' })); } catch { return false; }
})();
const openFaces = () => cacheStats().find((s) => s.name === 'CJK font faces')?.entries;
const afterIdle = () => new Promise((r) => setTimeout(r, 1500));

describe.skipIf(!installed)(`CJK font faces${installed ? '' : ' (skipped: Noto Sans CJK JP is not installed)'}`, () => {
  const cacheBefore = process.env.QUARTERDECK_CACHE;
  // an empty disk cache: every subset is made here, from the open faces
  process.env.QUARTERDECK_CACHE = mkdtempSync(join(tmpdir(), 'qd-cjk-faces-'));
  afterAll(() => { if (cacheBefore === undefined) delete process.env.QUARTERDECK_CACHE; else process.env.QUARTERDECK_CACHE = cacheBefore; });

  it('are closed a second after the last subset, and opened again for the next one', async () => {
    const first = cjkFontFaces('売上高 前年同期比');
    expect(first.match(/@font-face/g)).toHaveLength(2); // regular and bold
    expect(openFaces()).toBe(2);
    await afterIdle();
    expect(openFaces()).toBe(0);

    const second = cjkFontFaces('営業利益 当期純利益');
    expect(second.match(/@font-face/g)).toHaveLength(2);
    expect(second).not.toBe(first);
    expect(openFaces()).toBe(2);
    await afterIdle();
    expect(openFaces()).toBe(0);
  }, 60_000);
});
