// A chart's axis ticks are not figures. The 1Q09 deck's margin charts have a ratio axis from 0.0% in
// steps of 0.5% or 1.0%, and a tick ("2.0%") reads like a FiberAccess/DSL YoY change printed beyond its
// precision: the preflight read the ticks as figures and warned on pages 13 and 14. Now a percentage
// is discounted as often as an axis of the page prints it; printed once more, it is still found.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, prepare, type BuildSession } from '../../src/build.js';
import { workerBrowser } from '../support/browser.js';
import { pdfPages } from '../../src/preflight/read-pdf.js';
import { axisTicks } from '../../src/preflight/checks/axis-ticks.js';
import { ratiosBeyondPrecision } from '../../src/preflight/checks/ratio-precision.js';
import { preflightContext } from '../../src/preflight/context.js';
import { en } from '../../src/messages/en.js';
import type { DocText } from '../../src/preflight/types.js';
import { dataDir } from '../helpers.js';

const out = mkdtempSync(join(tmpdir(), 'qd-ticks-'));
const session: BuildSession = { browser: workerBrowser() };
let result: Awaited<ReturnType<typeof build>>;
let doc: DocText;

beforeAll(async () => {
  result = await build({ dataDir, outDir: out, company: 'iij', period: '1Q09', formats: ['figures', 'release', 'deck'] }, session);
  doc = { file: 'deck.pdf', kind: 'pdf', pages: await pdfPages(new Uint8Array(readFileSync(join(out, 'iij', 'FY2009-Q1', 'investors', 'deck.pdf')))) };
}, 240_000);
afterAll(async () => { await session.browser?.close(); });

describe('axis ticks in the 1Q09 deck', () => {
  it('the margin charts print their ratio axes as text, "2.0%" among the ticks', () => {
    const income = doc.pages.find((p) => p.text.includes('Operating Income and Net Income'))!;
    expect(axisTicks(income.text).get('2.0%')).toBe(1);
    expect([...axisTicks(income.text).keys()]).toEqual(expect.arrayContaining(['0.0%', '0.5%', '1.0%', '1.5%', '2.0%', '2.5%']));
  });

  it('no precision finding from a tick: the build reports none', () => {
    expect(result.findings).toBeDefined();
    expect((result.findings ?? []).filter((f) => f.code === 'precision')).toEqual([]);
  });

  it('the same ratio printed beside the ticks is still found', () => {
    const { data } = prepare(dataDir, 'iij');
    const ctx = preflightContext(data, result.figures, en);
    const page = doc.pages.find((p) => p.text.includes('Operating Income and Net Income'))!;
    const once = ratiosBeyondPrecision([{ ...doc, pages: [{ ...page, text: `${page.text}\nFiberAccess/DSL: 2.0%` }] }], ctx);
    expect(once.map((f) => f.message)).toEqual([expect.stringContaining('yoy:rev.connectivity-corporate.fiberaccess-dsl@FY2009-Q1')]);
  });
});
