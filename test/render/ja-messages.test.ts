// messages/ja.ts: the Japanese phrases the documents are built from, and the period labels in IIJ's
// Japanese conventions (a fiscal year named by the month it ends: FY2009 = 2010年3月期).
import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { ja } from '../../src/messages/ja.js';
import { en } from '../../src/messages/en.js';
import { messagesFor } from '../../src/messages/index.js';
import { comparisonOf, periodLabels, qoqFootnote, yoyFootnote } from '../../src/periods/labels.js';
import { parsePeriod } from '../../src/periods/period.js';
import { changePhrase, yenChangePhrase, yenPhrase } from '../../src/format/display.js';
import { around } from '../../src/calc/interval.js';

const fiscal = { endMonth: 3, naming: 'start' as const };
const x = (v: string, p = '0') => around(new Decimal(v), new Decimal(p));

describe('messages/ja.ts', () => {
  it('is registered for the ja language and has every message of en.ts', () => {
    expect(messagesFor('ja')).toBe(ja);
    const shape = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' && typeof v !== 'function' && k !== 'scale' ? shape(v).map((s) => `${k}.${s}`) : [k])).sort();
    expect(shape(ja)).toEqual(shape(en));
  });

  it('writes amounts in 百万円, billions in 億円', () => {
    expect(yenPhrase(x('69731000000'), ja)).toBe('69,731百万円');
    expect(yenPhrase(x('71000000000'), ja, 1e9, 1)).toBe('710億円');
    expect(yenPhrase(x('4300000000'), ja, 1e9, 1)).toBe('43億円');
    expect(yenPhrase(x('2500'), ja, 1)).toBe('2,500円');
    expect(ja.yen('', ja.scale[1e6])).toBe('百万円');
    expect(ja.yen('', ja.scale[1e9])).toBe('十億円');
  });

  it('says what a change compares with in Japanese word order: 前期 for a year, 前年同期 for a quarter or half', () => {
    const fy = comparisonOf('yoy:is.revenue.total', 'FY2008', fiscal);
    const h1 = comparisonOf('yoy:is.revenue.total', 'FY2009-H1', fiscal);
    const q = comparisonOf('qoq:is.revenue.total', 'FY2008-Q4', fiscal);
    expect(changePhrase(x('0.043'), ja, 1, fy)).toBe('前期比4.3%増');
    expect(changePhrase(x('-0.029'), ja, 1, h1)).toBe('前年同期比2.9%減');
    expect(changePhrase(x('0.080'), ja, 1, q)).toBe('前四半期比8.0%増');
    expect(changePhrase(x('0'), ja, 1, fy)).toBe('前期比横ばい');
    expect(yenChangePhrase(x('-1283000000'), ja, 1e6, 0, fy)).toBe('前期比1,283百万円減');
    expect(ja.change({ dir: 'up', x: '1.6', vs: fy, style: 'points' })).toBe('前期比1.6ポイント上昇');
    expect(ja.change({ dir: 'down', x: '5.4%', vs: q, style: 'verb' })).toBe('前四半期比5.4%減少');
    // balances: the previous year-end, or the same date a year earlier
    expect(ja.versus(comparisonOf('yoy-diff:kpi.contracts.ip-1gbps', '2010-03-31', fiscal))).toBe('前期末比');
    expect(ja.versus(comparisonOf('yoy:kpi.backlog.si-equipment', '2009-09-30', fiscal))).toBe('前年同期末比');
    expect(ja.versus(comparisonOf('ytd-pts:bs.ratio.equity-iij', '2009-09-30', fiscal))).toBe('前期末比');
  });

  it('keeps the English phrases as they were', () => {
    const fy = comparisonOf('yoy:is.revenue.total', 'FY2008', fiscal);
    expect(changePhrase(x('0.043'), en)).toBe('up 4.3%');
    expect(changePhrase(x('0.043'), en, 1, fy)).toBe('up 4.3% YoY');
    expect(en.change({ dir: 'down', x: '0.3', vs: fy, style: 'points' })).toBe(`${en.deck.downPoints('0.3')} YoY`);
    expect(en.change({ dir: 'up', x: '5.4%', style: 'verb' })).toBe(en.deck.increased('5.4%'));
  });

  it('labels periods as IIJ does in Japanese', () => {
    const l = (id: string) => periodLabels(id, fiscal, ja);
    expect(l('FY2009').short).toBe('2010年3月期');
    expect(l('FY2009').compact).toBe('10/3期');
    expect(l('FY2009-Q4').short).toBe('2010年3月期第4四半期');
    expect(l('FY2009-Q4').compact).toBe('10/3期 4Q');
    expect(l('FY2009-H1').short).toBe('2010年3月期第2四半期累計');
    expect(l('FY2009-H1').compact).toBe('10/3期 上期');
    expect(l('FY2009-9M').short).toBe('2010年3月期第3四半期累計');
    expect(l('2010-03-31').short).toBe('2010年3月31日');
    expect(ja.asOf('2010-03-31')).toBe('2010年3月31日現在');
    expect(ja.date('2010-05-14')).toBe('2010年5月14日');
    expect(ja.release.statementPeriod(undefined, '2009-03-31')).toBe('2009年3月31日現在');
    expect(yoyFootnote(parsePeriod('FY2009-Q4')!, fiscal, ja)).toBe('前年同期比：10/3期 4Qと09/3期 4Qの比較');
    expect(qoqFootnote(parsePeriod('FY2009-Q4')!, fiscal, ja)).toBe('前四半期比：10/3期 4Qと10/3期 3Qの比較');
    // and the English labels are unchanged
    expect(periodLabels('FY2009-Q4', fiscal, en).short).toBe('4Q09');
    expect(yoyFootnote(parsePeriod('FY2009-Q4')!, fiscal, en)).toBe('YoY = 4Q09 compared to 4Q08');
  });
});
