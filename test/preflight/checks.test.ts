// The preflight's checks on pages of text, against the fictional company's figures: no browser.
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/build.js';
import { figuresOf } from '../support/figures.js';
import { en } from '../../src/messages/en.js';
import { ja } from '../../src/messages/ja.js';
import { preflightContext } from '../../src/preflight/context.js';
import { checkDocuments, failing } from '../../src/preflight/run.js';
import type { DocText, Page } from '../../src/preflight/types.js';
import { fixtures } from '../helpers.js';

const { data, analysis } = prepare(fixtures, 'harbor');
const ctx = (period: string, m = en, published?: string) => preflightContext(data, figuresOf(analysis.ledger, period, m), m, published);
const pdf = (...pages: string[]): DocText => ({ file: 'release.pdf', kind: 'pdf', pages: pages.map((text, i) => ({ n: i + 1, text })) });
const pptx = (...pages: Omit<Page, 'n'>[]): DocText => ({ file: 'deck.pptx', kind: 'pptx', pages: pages.map((p, i) => ({ n: i + 1, ...p })) });
const codes = (docs: DocText[], c: ReturnType<typeof ctx>) => checkDocuments(docs, c).map((f) => `${f.severity}:${f.code}@${f.page}`);

describe('preflight checks', () => {
  it('a loss written as profit is an error, with its page; the loss in words is clean', () => {
    const c = ctx('FY2025-Q3');
    const found = checkDocuments([pdf('Net sales were JPY145 million.', 'Operating profit was JPY10 million, down 150.0% from 3Q24.')], c);
    expect(found.map((f) => `${f.code}@${f.page}`)).toEqual(['sign@2', 'sign@2']);
    expect(found[0].message).toContain('pl.operating-profit@FY2025-Q3');
    expect(codes([pdf('Operating loss was JPY10 million compared to operating profit of JPY20 million in 3Q24 (turned to a loss).')], c)).toEqual([]);
  });

  it('reads Japanese: 営業利益 for a loss is an error, 営業損失 is not', () => {
    const c = ctx('FY2025', ja);
    expect(codes([pdf('営業利益は20百万円となりました')], c)).toEqual(['error:sign@1']);
    expect(codes([pdf('営業損失は20百万円（前期は営業利益110百万円）となり、赤字に転落しました')], c)).toEqual([]);
  });

  it('a label not in force for the period is found (a warning until presentation eras land), either way round', () => {
    expect(codes([pdf('Selling, general and administrative expenses 120')], ctx('FY2024'))).toEqual(['warning:label@1']);
    expect(codes([pdf('Selling and admin 130')], ctx('FY2025'))).toEqual(['warning:label@1']);
    expect(codes([pdf('Selling and admin 120')], ctx('FY2024'))).toEqual([]);
  });

  it('a list item dated outside the window and a date after the document are errors; the year end named is not', () => {
    const c = ctx('FY2024', en, '2025-02-10');
    expect(c.window).toEqual({ from: '2024-01-01', to: '2025-02-10' });
    expect(codes([pptx({ text: '5/12 Harbor Lights Recalls Lamp Model HL-7 Batteries' })], c)).toEqual(['error:dated@1']);
    expect(codes([pptx({ text: '11/5 Harbor Lights Launches Solar Beacon Maintenance Plans' })], c)).toEqual([]);
    expect(codes([pdf('Announced on March 3, 2025.')], c)).toEqual(['error:dated@1']);
    expect(codes([pdf('for the fiscal year ending December 31, 2025')], c)).toEqual([]);
  });

  it('a note to the author is an error (the messages the deck used to print on a slide)', () => {
    const found = checkDocuments([pptx({ text: en.deck.leftOut(['9M06']) }, { text: 'Revenue {{money "x"}}' })], ctx('FY2025'));
    expect(found.map((f) => `${f.code}@${f.page}`)).toEqual(['author-note@1', 'author-note@2']);
  });

  it('an empty heading, an unlabelled table and a period named twice are warnings; strict makes them fail', () => {
    const c = ctx('FY2025');
    const found = checkDocuments([pptx(
      { text: 'Operating income:\nRevenue', paragraphs: [{ text: 'Operating income:', level: 0 }, { text: 'Revenue', level: 0 }] },
      { text: '', tables: [[['', '3Q25', '3Q24'], ['', '145', '160'], ['', '110', '100']]] },
      { text: '◆ Operating income: 3Q08: up 5.0% YoY, 3Q08: up 2.0% QoQ' },
    )], c);
    expect(found.map((f) => `${f.severity}:${f.code}@${f.page}`)).toEqual(['warning:empty@1', 'warning:empty@2', 'warning:repeated@3']);
    expect(failing(found, false)).toEqual([]);
    expect(failing(found, true)).toHaveLength(3);
  });

  it('a ratio printed to a digit its rounded inputs do not support is found; at the precision they support it is clean', () => {
    const c = ctx('FY2025-Q3');
    // 3Q25 net sales 145 against 160 (JPY million): anywhere from −10.57% to −8.18%
    const found = checkDocuments([pdf('Net sales were JPY145 million, down 9.4% from 3Q24.')], c);
    expect(found.map((f) => `${f.severity}:${f.code}@${f.page}`)).toEqual(['warning:precision@1']);
    expect(found[0].message).toContain('yoy:pl.sales.total@FY2025-Q3');
    expect(found[0].message).toContain('-10.57% to -8.18%');
    // not even a whole percent is known: the change is shown as n.m., and worded in amount
    expect(c.figures.figures.find((f) => f.id === 'yoy:pl.sales.total@FY2025-Q3')?.display).toBe('n.m.');
    const table = checkDocuments([pdf('Net sales were JPY145 million, down JPY15 million from 3Q24.\nNet sales 145 160 (9.4%)\n9M25 440 480 (8%)')], c);
    expect(table).toHaveLength(1);
    expect(table[0].text).toMatch(/Net sales 145 160 \(9\.4%\) 9M25/);
    // the nine months, 440 against 480: (8.53%, 8.13%), a whole percent known
    expect(c.figures.figures.find((f) => f.id === 'yoy:pl.sales.total@FY2025-9M')?.display).toBe('(8%)');
  });

  it('a figure known to the million printed in thousands with padded zeros is found', () => {
    const found = checkDocuments([pdf('Net sales 595,000 thousand')], ctx('FY2025'));
    expect(found.map((f) => f.code)).toEqual(['precision']);
    expect(found[0].message).toContain('pl.sales.total@FY2025');
  });
});
