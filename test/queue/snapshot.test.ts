// Input snapshots: the same inputs give the same bytes and hash wherever they are packed; any change
// gives another hash; a snapshot that does not match its hash is refused before anything is unpacked.
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, gunzipSync } from 'node:zlib';
import { fixtures } from '../helpers.js';
import { makeSnapshot, unpackSnapshot, type SnapshotOptions } from '../../src/queue/snapshot.js';
import { SnapshotCache } from '../../src/queue/cache.js';

const options = (source: string): SnapshotOptions => ({ company: 'harbor', source, templates: 0, defaults: {}, fingerprint: 'test' });
function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'qd-snap-'));
  cpSync(join(fixtures, 'harbor'), join(dir, 'harbor'), { recursive: true });
  return dir;
}

describe('input snapshots', () => {
  it('are content-addressed: same inputs, same hash (whatever the file times); one changed byte, another hash', async () => {
    const a = copy();
    const b = copy();
    utimesSync(join(b, 'harbor', 'company.yaml'), new Date(2001, 1, 1), new Date(2001, 1, 1));
    const sa = await makeSnapshot(a, [], options('/producer/data/harbor'));
    const sb = await makeSnapshot(b, [], options('/producer/data/harbor'));
    expect(sa.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(sb.hash).toBe(sa.hash);
    expect(sb.gz.equals(sa.gz)).toBe(true);
    expect(sa.files).toBe(readdirSync(join(a, 'harbor'), { recursive: true }).filter((f) => statSync(join(a, 'harbor', String(f))).isFile()).length);
    const f = join(b, 'harbor', 'facts', 'fy2024-release', 'results.yaml');
    writeFileSync(f, `${readFileSync(f, 'utf8')}#\n`);
    expect((await makeSnapshot(b, [], options('/producer/data/harbor'))).hash).not.toBe(sa.hash);
    // the options are inputs too
    expect((await makeSnapshot(a, [], { ...options('/producer/data/harbor'), defaults: { theme: 'slate' } })).hash).not.toBe(sa.hash);
  });

  it('unpack into the same files, and one that does not match its hash is refused with a clear error', async () => {
    const a = copy();
    const s = await makeSnapshot(a, [], options('/p/harbor'));
    const out = join(mkdtempSync(join(tmpdir(), 'qd-unpack-')), 'snap');
    expect(await unpackSnapshot(s.gz, s.hash, out)).toEqual(options('/p/harbor'));
    expect(readFileSync(join(out, 'data', 'harbor', 'company.yaml'), 'utf8')).toBe(readFileSync(join(a, 'harbor', 'company.yaml'), 'utf8'));
    const tar = gunzipSync(s.gz);
    tar[600] ^= 1; // one bit of the first file's content
    const bad = join(mkdtempSync(join(tmpdir(), 'qd-unpack-')), 'snap');
    await expect(unpackSnapshot(gzipSync(tar), s.hash, bad)).rejects.toThrow(/input snapshot [0-9a-f]{12} does not match its hash \(its content hashes to [0-9a-f]{12}\)/);
    expect(existsSync(bad)).toBe(false);
  });

  it('a worker\'s cache fetches a snapshot once, and says clearly when Redis no longer has it', async () => {
    const s = await makeSnapshot(copy(), [], options('/p/harbor'));
    let fetches = 0;
    const store = new Map([[s.hash, s.gz]]);
    const cache = new SnapshotCache(mkdtempSync(join(tmpdir(), 'qd-cache-')), async (h) => { fetches++; return store.get(h) ?? null; });
    const read = (dir: string) => Promise.resolve(readFileSync(join(dir, 'data', 'harbor', 'company.yaml'), 'utf8'));
    const [x, y] = await Promise.all([cache.use(s.hash, read), cache.use(s.hash, read)]);
    expect(x).toBe(y);
    expect(await cache.use(s.hash, read)).toBe(x);
    expect(fetches).toBe(1);
    await expect(cache.use('0'.repeat(64), read)).rejects.toThrow(/the input snapshot 000000000000 is not in Redis \(expired, or Redis restarted\)/);
  });
});
