// A package changes as a whole: a crash injected at each step of the write leaves the complete
// previous package or the complete new one, the next write removes what the crash left, and a full
// disk gives a clear error with out/ byte-for-byte unchanged.
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { nodePackageFs, recoverPackage, writePackage, type PackageFs } from '../../src/export/package-writer.js';
import { QuarterDeckError } from '../../src/errors/problem.js';
import { checksums, packageFiles, scratchDir } from './support.js';

const OLD = new Map<string, string>([['figures.json', '{"old":1}\n'], ['release.pdf', 'old pdf'], ['deck.pptx', 'old deck']]);
const NEW = new Map<string, string>([['figures.json', '{"new":2}\n'], ['release.pdf', 'new pdf'], ['deck.pdf', 'new deck pdf']]);

class Crash extends Error {}
/** node:fs, but the n-th step crashes the "process": it and every later step fail. */
function crashingFs(n: number): { io: PackageFs; steps: () => number } {
  let count = 0; let dead = false;
  const wrap = <K extends keyof PackageFs>(k: K): PackageFs[K] => ((...args: unknown[]) => {
    if (dead || count++ === n) { dead = true; throw new Crash(`crash at step ${n}`); }
    return (nodePackageFs[k] as (...a: unknown[]) => unknown)(...args);
  }) as PackageFs[K];
  const io = Object.fromEntries(Object.keys(nodePackageFs).map((k) => [k, wrap(k as keyof PackageFs)])) as unknown as PackageFs;
  return { io, steps: () => count };
}

function fresh(legacy = false): { out: string; dir: string } {
  const out = scratchDir('writer');
  const dir = join(out, 'acme', 'FY2024', 'investors');
  if (legacy) { mkdirSync(dir, { recursive: true }); for (const [f, d] of OLD) writeFileSync(join(dir, f), d); }
  else writePackage(dir, OLD);
  return { out, dir };
}
const files = (m: Map<string, string>) => Object.fromEntries([...m.keys()].sort().map((k) => [k, m.get(k)!]));
const contents = (dir: string) => Object.fromEntries(Object.keys(packageFiles(dir)).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('atomic package writes', () => {
  for (const legacy of [false, true]) {
    const label = legacy ? 'over a plain folder (before versioned writes)' : 'over a versioned package';
    // count the steps of one write, then crash at each of them
    const { dir: probe } = fresh(legacy);
    const probeFs = crashingFs(Number.MAX_SAFE_INTEGER);
    writePackage(probe, NEW, probeFs.io);
    const total = probeFs.steps();
    it(`${label}: a write has ${total} steps`, () => { expect(total).toBeGreaterThan(5); });
    for (let n = 0; n < total; n++) {
      it(`${label}: a crash at step ${n + 1} of ${total} leaves the whole old or the whole new package; the next write cleans up`, () => {
        const { out, dir } = fresh(legacy);
        const before = checksums(out);
        // a crash after the swap is not seen by the caller (only the clean-up fails): the process dies either way
        try { writePackage(dir, NEW, crashingFs(n).io); } catch (e) { expect(String(e)).toMatch(/crash at step/); }
        recoverPackage(dir);
        const seen = contents(dir);
        expect([files(OLD), files(NEW)]).toContainEqual(seen);
        // after recovery nothing is left but the package: out/ is the old state or a clean new one
        const after = checksums(out);
        if (JSON.stringify(seen) === JSON.stringify(files(OLD)) && !legacy) expect(after).toEqual(before);
        expect(Object.keys(after).filter((k) => k.includes('.link-') || k.includes('.tmp'))).toEqual([]);
        expect(Object.keys(after).filter((k) => /\.versions\/[^/]+$/.test(k))).toHaveLength(legacy && seen['deck.pptx'] ? 0 : 1);
      });
    }
  }

  it('a full disk (ENOSPC on the second file) is one clear problem and out/ is byte-for-byte unchanged', () => {
    const { out, dir } = fresh();
    const before = checksums(out);
    let writes = 0;
    const full: PackageFs = { ...nodePackageFs, writeFile: (p, d) => {
      if (++writes === 2) { writeFileSync(p, String(d).slice(0, 3)); throw Object.assign(new Error(`ENOSPC: no space left on device, write`), { code: 'ENOSPC', path: p }); }
      nodePackageFs.writeFile(p, d);
    } };
    let err: unknown;
    try { writePackage(dir, NEW, full); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(QuarterDeckError);
    const [p, ...more] = (err as QuarterDeckError).problems;
    expect(more).toEqual([]);
    expect(p.code).toBe('E_WRITE');
    expect(p.message).toMatch(/no space left on the device \(ENOSPC\); the previous package is unchanged/);
    expect(p.hint).toMatch(/Free some space/);
    expect(p.file).toContain('.investors.versions');
    expect(checksums(out)).toEqual(before);
  });

  it('a later write removes what an earlier crash left (version folders, half-made links)', () => {
    const { out, dir } = fresh();
    expect(() => writePackage(dir, NEW, crashingFs(5).io)).toThrow(/crash at step 5/);
    writePackage(dir, NEW);
    const after = checksums(out);
    expect(Object.keys(after).filter((k) => /\.versions\/[^/]+$/.test(k))).toHaveLength(1);
    expect(Object.keys(after).some((k) => k.includes('.link-'))).toBe(false);
    expect(contents(dir)).toEqual(files(NEW));
  });

  it('--out naming a file is one problem (ENOTDIR) and the file is unchanged', () => {
    const out = scratchDir('writer-file');
    const file = join(out, 'not-a-folder');
    writeFileSync(file, 'x');
    const before = checksums(out);
    expect(() => writePackage(join(file, 'acme', 'FY2024', 'investors'), NEW)).toThrow(/a file is in the way of the output folder \(ENOTDIR\)/);
    expect(checksums(out)).toEqual(before);
    expect(existsSync(file)).toBe(true);
  });
});
