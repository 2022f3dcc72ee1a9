import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedYamlReader } from '../../src/load/yaml-cache.js';
import type { Problem } from '../../src/errors/problem.js';

describe('the parsed-file cache', () => {
  const text = 'tables:\n  - title: T\n    rows:\n      - [a.b, "12", "1,234"]\n';

  it('serves the same data and lines as a fresh parse, keyed by content', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qd-cache-'));
    const read = cachedYamlReader(dir);
    const problems: Problem[] = [];
    const first = read('f.yaml', text, problems)!;
    expect(readdirSync(dir)).toHaveLength(1);
    const again = read('f.yaml', text, problems)!;
    expect(again.data).toEqual(first.data);
    expect(again.lineOf(['tables', 0, 'rows', 0, 2])).toBe(4);
    expect(again.lineOf(['tables', 0, 'missing'])).toBe(2);
    // an edit is a new key: never a stale answer
    const edited = read('f.yaml', text.replace('1,234', '1,235'), problems)!;
    expect((edited.data as { tables: { rows: string[][] }[] }).tables[0].rows[0][2]).toBe('1,235');
    expect(readdirSync(dir)).toHaveLength(2);
    expect(problems).toEqual([]);
  });

  it('ignores a damaged cache entry, and reports malformed YAML as before', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qd-cache-'));
    const read = cachedYamlReader(dir);
    read('f.yaml', text, []);
    for (const f of readdirSync(dir)) writeFileSync(join(dir, f), '{ not json');
    expect((read('f.yaml', text, [])!.data as { tables: unknown[] }).tables).toHaveLength(1);
    const problems: Problem[] = [];
    expect(read('bad.yaml', 'a: [1, 2\n', problems)).toBeUndefined();
    expect(problems[0]).toMatchObject({ code: 'E_YAML', file: 'bad.yaml' });
  });
});
