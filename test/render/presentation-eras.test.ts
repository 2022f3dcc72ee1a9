// Presentation eras: a release table layout's alternatives say which fiscal years they are for, so
// a FY2009 release prints its statements in the presentation in force (ASC 810: noncontrolling
// interests), never FY2008's "Minority Interests in Losses of Subsidiaries", and the preflight finds
// no wording of another year. (FY2008 keeps its own wording: test/render/release.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../../src/build.js';
import type { BuildResult } from '../../src/contract/documents.js';
import { dataDir } from '../helpers.js';

const out = mkdtempSync(join(tmpdir(), 'qd-eras-'));
let r: BuildResult; let text = '';
const flat = (s: string) => s.replace(/\s+/g, ' ');

beforeAll(async () => {
  r = await build({ dataDir, outDir: out, company: 'iij', period: 'FY2009', formats: ['figures', 'release'] });
  text = flat(execFileSync('pdftotext', ['-layout', join(out, 'iij', 'FY2009', 'investors', 'release.pdf'), '-'], { encoding: 'utf8' }));
}, 120_000);
afterAll(() => undefined);

describe('FY2009 statements in the presentation in force', () => {
  it('prints no minority-interest wording of FY2008 in any table', () => {
    expect(text).not.toMatch(/minority interests? in losses of subsidiaries/i);
    expect(text).not.toMatch(/\bMINORITY INTEREST\b/);
  });

  it('the EBITDA reconciliation takes the ASC 810 lines, FY2008 in them; the statements FY2009 lacks are left out', () => {
    expect(text).toMatch(/Net income 1,067 1,886/);
    expect(text).toMatch(/Net loss attributable to noncontrolling interests 352 348/);
    expect(text).toMatch(/Net Income attributable to IIJ 1,419 2,234/);
    // FY2009's data is the results deck's: the full statements in thousands are not in it, so they are
    // left out and reported, not printed with an empty column (test/render/current-column.test.ts)
    expect(text).not.toContain('NET INCOME 1,066,876');
    const left = (r.omitted ?? []).map((o) => o.what);
    expect(left).toContain('Consolidated Statements of Income (Unaudited)');
    expect(left).toContain('Consolidated Statements of Cash Flows (Unaudited)');
  });

  it('the preflight finds no label of another year', () => {
    expect((r.findings ?? []).filter((f) => f.code === 'label')).toEqual([]);
  });
});
