// One owner for the process's in-memory caches (src/cache/): every module-level cache of src/ is
// declared with the registry, clearCaches() empties each one, and a bounded cache keeps its most
// recently used entries within its bound (entries or bytes).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cacheMap, cacheStats, clearCaches } from '../../src/cache/registry.js';
import { BoundedMap, stringBytes } from '../../src/cache/bounded-map.js';
import { prepare } from '../../src/build.js';
import { figuresFor, sharedFigures } from '../../src/model/figures-cache.js';
import { messagesFor } from '../../src/messages/index.js';
import { makeInputs } from '../../src/render/inputs.js';
import { deckModel } from '../../src/render/deck/build-model.js';
import { loadProfile } from '../../src/audience/profile.js';
import { localeDirs, projectRoot } from '../../src/build.js';
import { fixtures, root } from '../helpers.js';

const src = join(root, 'src');
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

/** Module-level state of src/ that is not a cache, and why. */
const NOT_CACHES: Record<string, string> = {
  'model/figures.ts lookups': "a figures file's own lookup of its computed measures (part of the file, not a copy)",
  'export/pid-lock.ts held': 'the package locks this process holds',
  'export/print-worker.ts refused': "a page's refused requests, read by its print",
  'export/package-writer.ts serial': 'a counter of temporary names',
  'export/pptx-zip.ts table': 'the CRC-32 table, a constant made on first use',
  'queue/build-job.ts ctx': "the worker child's connections and session",
  'render/vega-compile.ts vl': 'the loaded Vega-Lite module',
  'render/vega-lite-sync.ts worker': 'the compile thread',
  'render/vega-lite-sync.ts idleTimer': 'the timer that stops the idle compile thread',
  'render/chart/svg.ts metricsSet': "Vega's text measure, replaced once",
  'template/figure-keys.ts ROLE_NAMES': 'a constant: the period roles a template may name',
};

const DECLARED = /^(?:export )?const (\w+)(?::[^=]+)? = (?:cacheMap|identityCache|cachedValue)\b/gm;

describe('the caches of the process', () => {
  it('are each declared with the registry: no module keeps a Map, WeakMap, Set or memo of its own', () => {
    const own: string[] = [];
    for (const file of sources(src)) {
      if (file.startsWith(join(src, 'cache'))) continue;
      const text = readFileSync(file, 'utf8');
      const at = relative(src, file);
      for (const m of text.matchAll(/^(?:export )?(?:const|let) (\w+)(?::[^=\n]+)? = new (?:Map|WeakMap|Set)\b(?!\(\[)/gm)) own.push(`${at} ${m[1]}`);
      for (const m of text.matchAll(/^let (\w+)/gm)) own.push(`${at} ${m[1]}`);
    }
    expect(own.filter((x) => !(x in NOT_CACHES))).toEqual([]);
    // and the list of what is not a cache names only what is there
    expect(Object.keys(NOT_CACHES).filter((x) => !own.includes(x))).toEqual([]);
  });

  it('are all emptied by clearCaches()', async () => {
    // every module that declares a cache, loaded: each declaration is one registered cache, by a name of its own
    const declaring = sources(src).filter((f) => [...readFileSync(f, 'utf8').matchAll(DECLARED)].length);
    const declarations = declaring.reduce((n, f) => n + [...readFileSync(f, 'utf8').matchAll(DECLARED)].length, 0);
    for (const f of declaring) await import(pathToFileURL(f).href);
    expect(declarations).toBeGreaterThanOrEqual(20);
    expect(cacheStats().filter((s) => s.name !== 'test cache').length).toBe(declarations);

    // fill them the way a package does: the fixture company's data, figures and deck model
    const { analysis } = prepare(fixtures, 'harbor');
    const en = messagesFor('en');
    const kept = sharedFigures(analysis.ledger, 'FY2025', en, { measures: 'asked' });
    const dirs = [join(fixtures, 'harbor-templates'), join(projectRoot(), 'templates')];
    const profile = loadProfile('investors', dirs);
    deckModel(makeInputs(prepare(fixtures, 'harbor').data, figuresFor(analysis.ledger, 'FY2025', en, { measures: 'asked' }), en, localeDirs(dirs, profile.language), 'investors', profile));
    const held = (name: string) => cacheStats().find((s) => s.name === name)?.entries;
    for (const name of ['prepared data', 'template files read', 'Handlebars trees', 'precompiled Handlebars']) expect(held(name), name).toBeGreaterThan(0);

    clearCaches();
    expect(cacheStats().filter((s) => s.entries !== undefined && s.entries > 0)).toEqual([]);
    expect(cacheStats().filter((s) => (s.bytes ?? 0) > 0)).toEqual([]);
    // a cache keyed by identity cannot be counted: it computes again
    expect(sharedFigures(analysis.ledger, 'FY2025', en, { measures: 'asked' })).not.toBe(kept);
    expect(prepare(fixtures, 'harbor').analysis).not.toBe(analysis);
  }, 60_000);
});

describe('a bounded cache', () => {
  it('keeps its most recently used entries within its count', () => {
    const c = cacheMap<string, number>({ name: 'test cache', keyedBy: 'a letter', max: 2 });
    c.set('a', 1).set('b', 2);
    expect(c.get('a')).toBe(1); // a is now the most recently used
    c.set('c', 3);
    expect([...c.keys()]).toEqual(['a', 'c']);
    expect(cacheStats().find((s) => s.name === 'test cache')).toMatchObject({ entries: 2, bound: '2 entries' });
    clearCaches();
    expect(c.size).toBe(0);
  });

  it('and within its bytes', () => {
    const c = new BoundedMap<string, string>({ max: 100, maxBytes: 10, sizeOf: stringBytes });
    c.set('a', 'xx').set('b', 'yy');
    expect(c.weight).toBe(8);
    c.set('c', 'zz');
    expect([...c.keys()]).toEqual(['b', 'c']);
    expect(c.weight).toBe(8);
    c.set('b', 'y'); // replacing an entry weighs the new value only
    expect(c.weight).toBe(6);
    // a value over the bound alone is kept (the cache holds what was just made), the rest goes
    c.set('d', 'a long text');
    expect([...c.keys()]).toEqual(['d']);
    c.delete('d');
    expect(c.weight).toBe(0);
  });
});
