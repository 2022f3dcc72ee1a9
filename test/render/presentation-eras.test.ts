// Presentation eras: a release table layout's alternatives say which fiscal years they are for, so
// a FY2009 release prints its statements in the presentation in force (ASC 810: noncontrolling
// interests), never FY2008's "Minority Interests in Losses of Subsidiaries", and the preflight finds
// no wording of another year. (FY2008 keeps its own wording: test/render/release.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type BuildResult } from '../../src/build.js';
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

  it('the income statement and the EBITDA reconciliation take the ASC 810 lines, FY2008 in them', () => {
    expect(text).toContain('NET INCOME 1,066,876');
    expect(text).toContain('LESS: NET LOSS ATTRIBUTABLE TO NONCONTROLLING INTERESTS 352,428');
    expect(text).toContain('NET INCOME ATTRIBUTABLE TO INTERNET INITIATIVE JAPAN INC. 1,419,304');
    expect(text).toMatch(/Net loss attributable to noncontrolling interests 352 348/);
    // the cash flows start from net income including noncontrolling interests, with no minority adjustment
    expect(text).toMatch(/OPERATING ACTIVITIES: Net income 1,066,876 Adjustments/);
  });

  it('the preflight finds no label of another year', () => {
    expect((r.findings ?? []).filter((f) => f.code === 'label')).toEqual([]);
  });
});
