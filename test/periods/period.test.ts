import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { endDate, nextQuarterEnd, openingDate, parsePeriod, parsePeriodArg, periodId, priorQuarter, priorYear, monthRange, type Duration, type Span } from '../../src/periods/period.js';
import { periodLabels, qoqFootnote, yoyFootnote } from '../../src/periods/labels.js';
import { en } from '../../src/messages/en.js';

const iij = { endMonth: 3, naming: 'start' as const };
const calendar = { endMonth: 12, naming: 'start' as const };
const spans: Span[] = ['FY', 'H1', 'H2', 'Q1', 'Q2', 'Q3', 'Q4', '9M'];

describe('period ids', () => {
  it('reads canonical ids and the company labels', () => {
    expect(periodId(parsePeriodArg('1H09')!)).toBe('FY2009-H1');
    expect(periodId(parsePeriodArg('4Q08')!)).toBe('FY2008-Q4');
    expect(periodId(parsePeriodArg('FY09')!)).toBe('FY2009');
    expect(periodId(parsePeriodArg('fy2009-q2')!)).toBe('FY2009-Q2');
    expect(periodId(parsePeriodArg('9M09')!)).toBe('FY2009-9M');
    expect(parsePeriodArg('5Q09')).toBeUndefined();
    expect(parsePeriod('2009-02-30')).toBeUndefined();
  });

  it('names IIJ fiscal years by the year they start in', () => {
    const fy = parsePeriod('FY2009')!;
    expect(endDate(fy, iij)).toBe('2010-03-31');
    expect(endDate(parsePeriod('FY2009-Q4')!, iij)).toBe('2010-03-31');
    expect(endDate(parsePeriod('FY2009-H1')!, iij)).toBe('2009-09-30');
    expect(openingDate(fy as Duration, iij)).toBe('2009-03-31');
    expect(endDate(parsePeriod('FY2024-Q2')!, calendar)).toBe('2024-06-30');
  });

  it('round-trips every canonical id (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 1990, max: 2100 }), fc.constantFrom(...spans), (fy, span) => {
      const id = periodId({ kind: 'duration', fy, span });
      expect(periodId(parsePeriod(id)!)).toBe(id);
    }));
  });

  it('quarters tile the fiscal year and prior quarter steps back across years (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 }), (fy, endMonth) => {
      const fiscal = { endMonth, naming: 'start' as const };
      const q = (s: Span) => monthRange({ kind: 'duration', fy, span: s }, fiscal);
      const fyRange = q('FY');
      expect(q('Q1').start).toEqual(fyRange.start);
      expect(q('Q4').end).toEqual(fyRange.end);
      expect(fyRange.end.m).toBe(endMonth);
      expect(endDate({ kind: 'duration', fy, span: 'H1' }, fiscal)).toBe(endDate({ kind: 'duration', fy, span: 'Q2' }, fiscal));
      expect(periodId(priorQuarter({ kind: 'duration', fy, span: 'Q1' })!)).toBe(`FY${fy - 1}-Q4`);
      expect(periodId(priorYear({ kind: 'duration', fy, span: 'Q3' }))).toBe(`FY${fy - 1}-Q3`);
    }));
  });
});

describe('labels in the company conventions', () => {
  it('prints the labels IIJ uses', () => {
    const fy = periodLabels('FY2009', iij, en);
    expect(fy.short).toBe('FY2009');
    expect(fy.compact).toBe('FY09');
    expect(fy.range).toBe('FY09 (09/4~10/03)');
    expect(fy.long).toBe('Fiscal Year ended March 31, 2010');
    expect(periodLabels('FY2009', iij, en, '2009-11-13').long).toBe('Fiscal Year ending March 31, 2010');
    expect(periodLabels('FY2009-H1', iij, en).long).toBe('Six Months ended September 30, 2009');
    expect(periodLabels('FY2008-Q4', iij, en).short).toBe('4Q08');
    expect(periodLabels('2010-03-31', iij, en).short).toBe('March 31, 2010');
    expect(yoyFootnote(parsePeriod('FY2009-Q4')!, iij, en)).toBe('YoY = 4Q09 compared to 4Q08');
    expect(qoqFootnote(parsePeriod('FY2009-Q4')!, iij, en)).toBe('QoQ = 4Q09 compared to 3Q09');
  });
});

describe('nextQuarterEnd', () => {
  const fiscal = { endMonth: 3, naming: 'start' } as const;
  it('is the last day of the quarter after the period ends', () => {
    expect(nextQuarterEnd(parsePeriod('FY2009-Q1')!, fiscal)).toBe('2009-09-30');
    expect(nextQuarterEnd(parsePeriod('FY2009-Q3')!, fiscal)).toBe('2010-03-31');
    expect(nextQuarterEnd(parsePeriod('FY2008')!, fiscal)).toBe('2009-06-30');
    expect(nextQuarterEnd(parsePeriod('FY2009-Q4')!, fiscal)).toBe('2010-06-30');
  });
});
