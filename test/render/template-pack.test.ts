// The precompiled Handlebars templates a build ran are kept in one pack on disk
// (render/compiled-templates.ts savePack): the next process runs them from the pack, without
// compiling them or reading a file per template, and prints the same; a text the pack does not hold
// is compiled, and the pack gains it.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import Handlebars from 'handlebars';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileTemplate, savePack } from '../../src/render/compiled-templates.js';
import { clearCaches } from '../../src/cache/registry.js';

const cache = mkdtempSync(join(tmpdir(), 'qd-template-pack-'));
const before = process.env.QUARTERDECK_CACHE;
beforeAll(() => { process.env.QUARTERDECK_CACHE = cache; clearCaches(); });
afterAll(() => {
  if (before === undefined) delete process.env.QUARTERDECK_CACHE; else process.env.QUARTERDECK_CACHE = before;
  clearCaches();
  rmSync(cache, { recursive: true, force: true });
});

const folder = join(cache, 'handlebars');
const packed = () => Object.keys(JSON.parse(readFileSync(join(folder, 'pack-qd-hbs-1.json'), 'utf8')) as object);

describe('the pack of precompiled templates', () => {
  it('runs what an earlier process compiled without compiling it or reading its own file', () => {
    const env = Handlebars.create();
    env.registerHelper('twice', (s: string) => `${s}${s}`);
    const texts = ['{{twice name}} and {{#each xs}}<{{this}}>{{/each}}', 'Hello {{name}}'];
    const first = texts.map((t) => compileTemplate(env, t)({ name: 'ab', xs: [1, 2] }));
    expect(first).toEqual(['abab and <1><2>', 'Hello ab']);
    savePack();
    expect(packed()).toHaveLength(2);
    // a new process: nothing in memory, and no file per template
    clearCaches();
    for (const f of readdirSync(folder)) if (!f.startsWith('pack-')) rmSync(join(folder, f));
    const compile = vi.spyOn(env, 'precompile');
    try {
      expect(texts.map((t) => compileTemplate(env, t)({ name: 'ab', xs: [1, 2] }))).toEqual(first);
      expect(compile).not.toHaveBeenCalled();
      // a text the pack does not hold is compiled, and saved with the others
      expect(compileTemplate(env, 'Bye {{name}}')({ name: 'c' })).toBe('Bye c');
      expect(compile).toHaveBeenCalledTimes(1);
    } finally { compile.mockRestore(); }
    savePack();
    expect(packed()).toHaveLength(3);
  });
});
