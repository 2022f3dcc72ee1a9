// Parsed template files cached on disk (load/parsed-cache.ts): what comes back is what the parser
// made; an edited text is parsed again; what fails to parse is never cached.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { cachedParse } from '../../src/load/parsed-cache.js';
import { root } from '../helpers.js';

const cache = mkdtempSync(join(tmpdir(), 'qd-parsed-cache-'));
let before: string | undefined;
beforeAll(() => { before = process.env.QUARTERDECK_CACHE; process.env.QUARTERDECK_CACHE = cache; });
afterAll(() => { if (before === undefined) delete process.env.QUARTERDECK_CACHE; else process.env.QUARTERDECK_CACHE = before; });

describe('the parsed-template cache', () => {
  it('serves what the parser made, parses an edited text again, and never caches a failure', () => {
    const file = join(root, 'templates', 'deck', 'slides.yaml');
    const text = readFileSync(file, 'utf8');
    let parses = 0;
    const parseIt = (t: string) => () => { parses++; return parse(t) as unknown; };
    const first = cachedParse('test', [file, text], parseIt(text));
    const again = cachedParse('test', [file, text], parseIt(text));
    expect(parses).toBe(1);
    expect(again).toEqual(first);
    expect(again).toEqual(parse(text));
    const edited = text.replace(/title: /, 'title: Edited ');
    expect(cachedParse('test', [file, edited], parseIt(edited))).toEqual(parse(edited));
    expect(parses).toBe(2);
    const n = readdirSync(join(cache, 'parsed')).length;
    expect(() => cachedParse('test', [file, 'a: [1'], () => parse('a: [1'))).toThrow();
    expect(readdirSync(join(cache, 'parsed')).length).toBe(n);
  });
});
