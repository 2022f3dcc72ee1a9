// The cold build from the caches prints the same package as the build that filled them: two
// processes, one cache folder. The first computes everything (the analysis, compiled templates,
// charts, parsed templates) and stores it; the second reads it all back and stores nothing new;
// figures.json is the same byte for byte, and the PDFs' text is the same.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtures, root } from '../helpers.js';

const cache = mkdtempSync(join(tmpdir(), 'qd-cached-build-'));
const outs = [mkdtempSync(join(tmpdir(), 'qd-cached-a-')), mkdtempSync(join(tmpdir(), 'qd-cached-b-'))];
const KINDS = ['analysis', 'handlebars', 'svg', 'parsed'];
const entries = () => Object.fromEntries(KINDS.map((k) => [k, existsSync(join(cache, k)) ? readdirSync(join(cache, k)).filter((f) => !f.endsWith('.tmp')).sort() : []]));
const built: Record<string, string[]>[] = [];

function buildInto(out: string): void {
  execFileSync(process.execPath, [join(root, 'bin', 'quarterdeck.js'), 'build', '--data', fixtures, '--company', 'harbor', '--period', 'FY2025', '--templates', join(fixtures, 'harbor-templates'), '--out', out],
    { cwd: root, env: { ...process.env, QUARTERDECK_CACHE: cache }, stdio: ['ignore', 'ignore', 'pipe'] });
  built.push(entries());
}

beforeAll(() => { for (const out of outs) buildInto(out); }, 180_000);
afterAll(() => { for (const d of [cache, ...outs]) rmSync(d, { recursive: true, force: true }); });

const pkg = (i: number, f: string) => join(outs[i], 'harbor', 'FY2025', 'investors', f);
const text = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

describe('a build from the caches', () => {
  it('reads what the first build stored and stores nothing new', () => {
    // (the fixture's documents draw no chart: charts from the cache are test/render/svg-cache.test.ts)
    for (const k of ['analysis', 'handlebars', 'parsed']) expect(built[0][k].length, k).toBeGreaterThan(0);
    expect(built[1]).toEqual(built[0]);
  });

  it('writes the same figures.json and PDFs with the same text', () => {
    expect(readFileSync(pkg(1, 'figures.json'), 'utf8')).toBe(readFileSync(pkg(0, 'figures.json'), 'utf8'));
    for (const f of ['release.pdf', 'deck.pdf']) {
      const t = text(pkg(0, f));
      expect(t.length, f).toBeGreaterThan(500);
      expect(text(pkg(1, f)), f).toBe(t);
    }
  });
});
