// Releases of periods and languages no seed is of, read as an IR lead reads them before publishing
// (render only, no browser: the release HTML is what release.pdf prints).
//   - a sentence says what the table above it prints (a footed table moves a part by one unit);
//   - "Net income attributable to IIJ" is the caption in force from ASC 810 (FY2009) on, whether the
//     period's net income was printed or derived (1Q09 = 1H09 − 2Q09), and never before (2Q08);
//   - the TSE note names the last year of the former caption, not the document's own year end;
//   - the pretax footnote is the whole note of seed 001 line 770, and its Japanese has no English label.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReleaseHtml } from '../../src/render/release/index.js';
import { releaseInputs } from './release-support.js';
import { jaInputs } from './ja-support.js';

const text = (html: string) => html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<svg[\s\S]*?<\/svg>/g, '')
  .replace(/<sup[^>]*>([\s\S]*?)<\/sup>/g, '$1').replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/\s+/g, ' ');
/** the cells of the rows labelled `label`, in document order */
const rows = (html: string, label: string) => [...html.matchAll(/<th scope="row">([\s\S]*?)<\/th>([\s\S]*?)<\/tr>/g)]
  .filter((r) => r[1].replace(/<[^>]+>/g, '').trim() === label)
  .map((r) => [...r[2].matchAll(/<td class="[^"]*">([^<]*)<\/td>/g)].map((c) => c[1]));

const html: Record<string, string> = {};
beforeAll(async () => {
  for (const p of ['FY2009-H1', 'FY2009-Q1', 'FY2009', 'FY2008-Q2']) html[p] = (await renderReleaseHtml(releaseInputs(p).inputs)).html;
  html['FY2009-H1.ja'] = (await renderReleaseHtml(jaInputs('FY2009-H1').inputs)).html;
}, 120_000);

describe('a sentence prints an amount as the table beside it does (1H09)', () => {
  it('SI revenues: 13,623,562 thousand, footed to 13,623 in the revenue table, is JPY13,623 million in words too', () => {
    expect(rows(html['FY2009-H1'], 'SI')[0]).toEqual(['15,718', '13,623', '(13.3%)']);
    const t = text(html['FY2009-H1']);
    expect(t).toContain('SI revenues were JPY13,623 million, down 13.3% YoY.');
    expect(t).not.toContain('JPY13,624 million');
    // cost of SI: 10,049,470 thousand, footed up to 10,050 (as the seed's table and sentence print it)
    expect(rows(html['FY2009-H1'], 'SI')[1]).toEqual(['12,178', '10,050', '(17.5%)']);
    expect(t).toContain('Cost of SI revenues was JPY10,050 million, down 17.5% YoY');
  });

  it('in Japanese as well', () => {
    const t = text(html['FY2009-H1.ja']);
    expect(t).toContain('システムインテグレーション売上高 は13,623百万円（前年同期比13.3%減）');
    expect(t).toContain('システムインテグレーション売上原価 は10,050百万円（前年同期比17.5%減）');
    expect(t).not.toMatch(/13,624百万円|10,049百万円/);
  });
});

describe('the net income caption follows the presentation era, not whether the figure was printed', () => {
  it('1Q09 (no seed; its figures derived as 1H09 − 2Q09): "Net income attributable to IIJ", with net income before the noncontrolling interests', () => {
    const t = text(html['FY2009-Q1']);
    expect(t).toContain('Net income attributable to IIJ² was JPY180 million, up 6.7% YoY.');
    expect(t).not.toContain('Net income was JPY180 million');
    expect(t).toContain('Net income was JPY87 million compared to JPY114 million in 1Q08.');
    expect(t).toContain('Net income attributable to IIJ was JPY180 million, up 6.7% YoY.');
  });

  it('FY2009 (figures from the results deck only): the highlights say "Net income attributable to IIJ", as seed 000 line 31', () => {
    const t = text(html.FY2009);
    expect(t).toContain('Net income attributable to IIJ² was JPY2,234 million, up 57.4% YoY.');
    expect(t).not.toContain('Net income was JPY2,234 million');
  });

  it('2Q08 (a FY2008 document, before ASC 810): "Net income" and minority interests', () => {
    const t = text(html['FY2008-Q2']);
    expect(t).toContain('Net income was JPY368 million, down 89.4% YoY.');
    expect(t).not.toContain('attributable to IIJ² was');
    expect(t).toContain('Minority interests in losses of subsidiaries were JPY140 million');
  });

  it('the TSE note on the caption names the last year of "Net income" (FY2008), not FY2009\'s own year end', () => {
    const t = text(html.FY2009);
    expect(t).toContain('"Net income attributable to IIJ" presented above is comparable to the caption "Net Income" appearing in the consolidated financial statements for fiscal years ended as of or prior to March 31, 2009.');
    expect(t).not.toContain('prior to March 31, 2010');
  });
});

describe('the pretax income footnote (from FY2009)', () => {
  it('is the whole note of seed 001 line 770: "According to this" follows the sentence it refers to', () => {
    const t = text(html['FY2009-H1']);
    expect(t).toContain('² Effective April 1, 2009, we adopted FASB Accounting Standards Codification ("ASC") 810, "Consolidations"');
    expect(t).toContain('"Noncontrolling Interests in Consolidated Financial Statements – an amendment of ARB No. 51"). According to this, in this document,');
    expect(t).not.toMatch(/² According to this/);
  });

  it('in Japanese: the same two sentences, and the former year as a Japanese reader names it (2009年3月期, not FY2008)', () => {
    const t = text(html['FY2009-H1.ja']);
    expect(t).toContain('² 2009年4月1日より、IIJは米国財務会計基準審議会（FASB）の会計基準コディフィケーション（「ASC」）810「連結」');
    expect(t).toContain('当社株主に帰属する当期純利益は、2009年3月期までの従来の資料における当期純利益に相当します。');
    expect(t).not.toContain('FY2008');
  });
});

describe('a release whose date the data does not give shows nothing published after its period', () => {
  it('1Q09: the TSE dividends give the year\'s targets as announced, not the year-end 1,250 declared in May 2010', () => {
    const t = text(html['FY2009-Q1']);
    expect(t).toContain('Fiscal year ended March 31, 2009 - 1,000.00 - 1,000.00 2,000.00 Fiscal year ending March 31, 2010 (Target) - 1,000.00 - 1,000.00 2,000.00');
    expect(t).not.toMatch(/1,250\.00|2,250\.00/);
  });

  it('2Q08: no targets announced after the document (1H FY2009\'s, May 2009), and no percentage left without its amount', () => {
    const t = text(html['FY2008-Q2']);
    expect(t).not.toContain('Interim period ending September 30, 2009');
    expect(t).not.toContain('3. Target of Consolidated Financial Results');
    expect(t).not.toMatch(/\b0\.7 \(20\.4\) \(28\.2\)/);
  });
});
