// A new quarter after IIJ's data ends (1Q10), entered through the entry workbook (test/fixtures/
// iij-1q10: fictional values) into a copy of data/iij: a net loss, equity-method income turned to a
// loss, revised FY2010 targets. Built as users build it (preflight on), read back from the PDF text
// and the PPTX slides.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import JSZip from 'jszip';
import { build, type BuildSession } from '../../src/build.js';
import type { BuildResult } from '../../src/contract/documents.js';
import { workerBrowser } from '../support/browser.js';
import { dataDir, fixtures } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'qd-iij-1q10-'));
const data = join(dir, 'data');
cpSync(join(dataDir, 'iij'), join(data, 'iij'), { recursive: true });
cpSync(join(fixtures, 'iij-1q10', 'workbook-fy2010-q1'), join(data, 'iij', 'facts', 'workbook-fy2010-q1'), { recursive: true });
const out = join(dir, 'out');
const session: BuildSession = { browser: workerBrowser(), prepared: new Map() };
const built = new Map<string, BuildResult>();

const pdfText = (audience: string, doc: string) =>
  execFileSync('pdftotext', [join(out, 'iij', 'FY2010-Q1', audience, doc), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
async function slideTexts(audience: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(join(out, 'iij', 'FY2010-Q1', audience, 'deck.pptx')));
  const names = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort((a, b) => Number(/(\d+)\.xml/.exec(a)![1]) - Number(/(\d+)\.xml/.exec(b)![1]));
  return Promise.all(names.map(async (n) => [...(await zip.file(n)!.async('string')).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' ')));
}

beforeAll(async () => {
  for (const audience of ['investors', 'ja']) {
    built.set(audience, await build({ dataDir: data, outDir: out, company: 'iij', period: '1Q10', audience, formats: ['figures', 'release', 'deck'] }, session));
  }
}, 600_000);
afterAll(async () => { await session.browser?.close(); });

describe('IIJ 1Q10 entered through the workbook: a net loss and revised targets', () => {
  it('builds with a preflight that finds no loss written as income: another result named between a name and a % is not its figure', () => {
    for (const [audience, r] of built) {
      expect((r.findings ?? []).filter((f) => f.severity === 'error'), audience).toEqual([]);
      expect(r.outputs.some((p) => p.endsWith('deck.pptx')), audience).toBe(true);
    }
    // the slide the preflight used to stop on: its title names net income, the % after it is operating income's
    const f = (id: string) => built.get('investors')!.figures.figures.find((x) => x.id === id);
    expect(f('is.net-income-iij@FY2010-Q1')?.display).toBe('(608)');
    // no % change across the turn to a loss: its row's YoY cell is left out, and the reason is not a misspelling
    const yoy = (built.get('investors')!.omitted ?? []).filter((o) => /yoy:is\.(pretax-income|net-income-iij)"/.test(o.reason));
    expect(yoy.map((o) => o.reason)).toEqual(['pretax-income', 'net-income-iij'].map((k) => `no figure "yoy:is.${k}" for FY2010-Q1 (the data holds no such figure for this period)`));
  });

  it('a revised target\'s change on the year is its own, never the change printed with the target it revised', async () => {
    const f = (id: string) => built.get('investors')!.figures.figures.find((x) => x.id === id)!;
    // FY2010 operating income: 4.3 billion announced with +26.0%; revised to 3,100 million, below FY2009's 3.4 billion
    expect(f('target:is.operating-income@FY2010')).toMatchObject({ display: '3,100', announced: '2010-08-10' });
    for (const key of ['is.operating-income', 'is.pretax-income']) {
      const yoy = f(`target-yoy:${key}@FY2010`);
      expect(Number(yoy.value), key).toBeLessThan(0);
      expect(yoy.display, key).not.toMatch(/^\d/);
      expect(yoy.printed, key).toBeUndefined();
    }
    const slides = await slideTexts('investors');
    const summary = slides.find((s) => s.includes('Operating Income target'))!;
    expect(summary).toContain('Operating Income target: JPY3.1 billion');
    expect(summary).not.toContain('26.0%');
    // the heading over the targets says what the revised targets are: revenue up, operating income down
    expect(summary).toContain('Target revenue growth and income decline for FY2010');
    expect((await slideTexts('ja')).find((s) => s.includes('営業利益目標'))).toContain('2011年3月期は増収減益の見通しです');
    expect(slides.find((s) => s.includes('FY2010 Financial Target') && s.includes('FY10 Target'))).not.toMatch(/26\.0%|29\.4%/);
  });

  it('a quarter with no narrative file is dated by its document: the exchange\'s summary prints the targets announced with it', () => {
    const text = pdfText('investors', 'release.pdf');
    const tse = text.slice(text.indexOf('in the form defined by the Tokyo Stock Exchange'));
    // 3. the targets in force on the document's date (August 10, 2010), revised that day
    expect(tse).toMatch(/3\. Target of Consolidated Financial Results for the Fiscal Year Ending March 31, 2011.*72,500.*3,100.*2,500/);
    expect(tse).toContain('4. Others');
  });

  it('equity-method income turned to a loss: the year-earlier figure is named as income, in English and Japanese', async () => {
    expect(pdfText('investors', 'release.pdf')).toContain('Equity in net loss of equity method investees was JPY8 million compared to equity in net income of equity method investees of JPY32 million in 1Q09.');
    expect(pdfText('ja', 'release.pdf')).toContain('持分法による投資損益は8百万円の損失（2010年3月期第1四半期は32百万円の利益）となりました。');
    // the deck's bullet names a result that was income a year earlier and is a loss now as both
    expect((await slideTexts('investors')).join(' ')).toContain('Equity in net income (loss) of equity method investees: 1Q10: JPY8 million in losses, 1Q09: JPY32 million');
  });
});
