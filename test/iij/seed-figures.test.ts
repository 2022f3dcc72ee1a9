// Figures as IIJ printed them in its own documents (../shared/seeds), reproduced from data/iij.
// Each row: seed file:line, figure id, the string exactly as printed, and how it is shown.
import { beforeAll, describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { prepare } from '../../src/build.js';
import { figuresOf } from '../support/figures.js';
import { en } from '../../src/messages/en.js';
import { showNumber } from '../../src/format/display.js';
import { around } from '../../src/calc/interval.js';
import type { Figure } from '../../src/contract/figures.js';
import { dataDir } from '../helpers.js';

type Show = 'display' | 'thousand' | 'usd-million-1';
type Row = [seed: string, id: string, printed: string, show?: Show];

const FY2008: Row[] = [
  ['004:53', 'is.revenue.total@FY2008', '69,731'],
  ['004:53', 'yoy:is.revenue.total@FY2008', '4.3%'],
  ['004:54', 'is.cost.total@FY2008', '56,146'],
  ['004:54', 'yoy:is.cost.total@FY2008', '6.2%'],
  ['004:55', 'is.sga.total@FY2008', '10,668'],
  ['004:55', 'yoy:is.sga.total@FY2008', '16.0%'],
  ['004:56', 'is.operating-income@FY2008', '2,917'],
  ['004:56', 'yoy:is.operating-income@FY2008', '(38.7%)'],
  ['004:57', 'is.pretax-income@FY2008', '2,034'],
  ['004:57', 'yoy:is.pretax-income@FY2008', '(53.4%)'],
  ['004:58', 'is.net-income-iij@FY2008', '1,419'],
  ['004:58', 'yoy:is.net-income-iij@FY2008', '(72.6%)'],
  ['004:82', 'yoy:is.revenue.cos@FY2008', '12.1%'],
  ['004:83', 'yoy:is.revenue.si@FY2008', '(1.1%)'],
  ['004:84', 'yoy:is.revenue.equipment@FY2008', '(35.0%)'],
  ['004:13', 'yoy:is.revenue.recurring@FY2008', '14.3%'],
  ['004:30', 'is.ratio.recurring-share@FY2008', '77.5%'],
  ['004:238', 'yoy:is.revenue.si.construction@FY2008', '(18.7%)'],
  ['004:219', 'is.ratio.gm-cos@FY2008', '16.4%'],
  ['004:219', 'is.ratio.gm-cos@FY2007', '16.8%'],
  ['004:241', 'is.ratio.gm-si@FY2008', '24.1%'],
  ['004:241', 'is.ratio.gm-si@FY2007', '24.9%'],
  ['004:257', 'is.ratio.gm-equipment@FY2008', '12.3%'],
  ['004:792', 'is.ratio.operating-margin@FY2008', '4.2%'],
  ['004:407', 'is.operating-income@FY2008', '2,917,382', 'thousand'],
  ['004:396', 'is.revenue.total@FY2008', '69,730,730', 'thousand'],
  ['004:396', 'usd:is.revenue.total@FY2008', '703,285', 'thousand'],
  ['004:407', 'usd:is.operating-income@FY2008', '29,424', 'thousand'],
  ['004:13', 'usd:is.revenue.total@FY2008', '703'],
  ['004:428', 'ps.eps-basic@FY2008', '6,917.87'],
  ['004:330', 'bs.cash@2009-03-31', '10,187,724', 'thousand'],
  ['004:344', 'bs.total-assets@2009-03-31', '52,301,199', 'thousand'],
  ['004:336', 'pct-of-assets:bs.current-assets.total@2009-03-31', '46.6%'],
  ['004:163', 'bs.ratio.equity-iij@2009-03-31', '48.1%'],
  ['004:163', 'yoy-pts:bs.ratio.equity-iij@2009-03-31', '3.3'],
  ['004:153', 'yoy-diff:bs.cash@2009-03-31', '(1,283)'],
  ['004:153', 'yoy-diff:bs.accounts-receivable@2009-03-31', '(1,999)'],
  ['004:151', 'yoy-diff:bs.total-assets@2009-03-31', '(3,401)'],
  ['004:814', 'cf.operating.total@FY2008', '8,631'],
  ['004:814', 'cf.investing.total@FY2008', '(3,328)'],
  ['004:814', 'cf.financing.total@FY2008', '(6,573)'],
  ['004:19', 'is.revenue.total@FY2008-Q4', '18,942'],
  ['004:19', 'yoy:is.revenue.total@FY2008-Q4', '2.5%'],
  ['004:19', 'qoq:is.revenue.total@FY2008-Q4', '8.0%'],
  ['004:20', 'yoy:is.operating-income@FY2008-Q4', '(40.6%)'],
  ['004:21', 'yoy:is.net-income-iij@FY2008-Q4', '(2.2%)'],
  ['004:583', 'is.ratio.gm-cos@FY2008-Q4', '18.3%'],
  ['004:614', 'ng.adjusted-ebitda@FY2008-Q4', '2,550'],
  // erratum 004:614: the release prints "(23.3%)"; 2,550 against 3,101 is down 17.8%
  ['004:614', 'yoy:ng.adjusted-ebitda@FY2008-Q4', '(17.8%)'],
  ['004:615', 'yoy:ng.capex@FY2008-Q4', '(57.5%)'],
  // erratum 004:616: the release prints "0.9%"; 1,476,858 / 1,293,410 thousand is up 14.2%
  ['004:616', 'yoy:cf.operating.depreciation-amortization@FY2008-Q4', '14.2%'],
];

const H1FY2009: Row[] = [
  ['001:15', 'is.revenue.total@FY2009-H1', '32,275'],
  ['001:15', 'usd:is.revenue.total@FY2009-H1', '360.7', 'usd-million-1'],
  ['001:17', 'usd:is.operating-income@FY2009-H1', '13.0', 'usd-million-1'],
  ['001:21', 'yoy:is.revenue.total@FY2009-H1', '(2.9%)'],
  ['001:21', 'yoy:is.revenue.recurring@FY2009-H1', '5.1%'],
  ['001:21', 'yoy:is.revenue.si.construction@FY2009-H1', '(34.1%)'],
  ['001:22', 'yoy:is.operating-income@FY2009-H1', '16.0%'],
  ['001:24', 'yoy:is.net-income-iij@FY2009-H1', '94.6%'],
  ['001:87', 'yoy:is.revenue.cos@FY2009-H1', '7.7%'],
  ['001:140', 'is.ratio.gm-cos@FY2009-H1', '16.3%'],
  ['001:142', 'is.ratio.gm-si@FY2009-H1', '26.2%'],
  ['001:190', 'bs.ratio.equity-iij@2009-09-30', '49.9%'],
  ['001:190', 'ytd-pts:bs.ratio.equity-iij@2009-09-30', '1.8'],
  ['001:301', 'bs.total-assets@2009-09-30', '51,389,402', 'thousand'],
  ['001:365', 'usd:is.operating-income@FY2009-H1', '13,030', 'thousand'],
  ['001:387', 'ps.eps-basic@FY2009-H1', '3,532.01'],
  ['001:254', 'vs-target:is.operating-income@FY2009-H1', '45.8%'],
  // 001:254 prints revenue as "JPY33,275 million" (erratum); the statement's 32,275 is 3.7% below target
  ['001:254', 'vs-target:is.revenue.total@FY2009-H1', '(3.7%)'],
  ['001:211', 'ng.adjusted-ebitda@FY2009-H1', '3,810'],
  ['001:225', 'ng.capex@FY2009-H1', '2,613'],
  ['001:516', 'yoy:is.revenue.total@FY2009-Q2', '(2.9%)'],
  ['001:527', 'yoy:is.operating-income@FY2009-Q2', '37.2%'],
];

const FY2009: Row[] = [
  ['000:26', 'is.revenue.total@FY2009', '68,006'],
  ['000:69', 'yoy:is.revenue.total@FY2009', '(2.5%)'],
  ['000:27', 'yoy:is.operating-income@FY2009', '16.9%'],
  ['000:28', 'yoy:is.pretax-income@FY2009', '40.5%'],
  ['000:29', 'yoy:is.net-income-iij@FY2009', '57.4%'],
  ['000:31', 'yoy:is.revenue.cos@FY2009', '5.4%'],
  ['000:31', 'yoy:is.revenue.si@FY2009', '(10.6%)'],
  ['000:85', 'is.revenue.recurring@FY2009', '55,690'],
  ['000:85', 'yoy:is.revenue.recurring@FY2009', '3.0%'],
  ['000:91', 'yoy:is.revenue.si.construction@FY2009', '(22.5%)'],
  ['000:127', 'is.cost.cos@FY2009', '30,534'],
  ['000:127', 'yoy:is.cost.cos@FY2009', '4.1%'],
  ['000:128', 'is.ratio.gm-cos@FY2009', '17.4%'],
  ['000:128', 'yoy-pts:is.ratio.gm-cos@FY2009', '1.0'],
  ['000:398', 'bs.cash@2010-03-31', '8,764'],
  ['000:398', 'yoy-diff:bs.cash@2010-03-31', '(1,423)'],
  ['000:410', 'bs.ratio.equity-iij@2010-03-31', '53.4%'],
  ['000:453', 'ng.capex@FY2009', '5,584'],
  ['000:461', 'ng.adjusted-ebitda@FY2009', '8,718'],
  ['000:467', 'cf.operating.depreciation-amortization@FY2009', '5,307'],
];

function show(f: Figure, how: Show = 'display'): string {
  const x = around(new Decimal(f.value), new Decimal(f.precision ?? 0));
  if (how === 'thousand') return showNumber(x, { scale: 1e3 }).text;
  if (how === 'usd-million-1') return showNumber(x, { scale: 1e6, decimals: 1 }).text;
  return f.display;
}

describe('IIJ figures as the company printed them', () => {
  const figures = new Map<string, Map<string, Figure>>();
  beforeAll(() => {
    const { analysis } = prepare(dataDir, 'iij');
    for (const p of ['FY2008', 'FY2009-H1', 'FY2009']) {
      figures.set(p, new Map(figuresOf(analysis.ledger, p, en).figures.map((f) => [f.id, f])));
    }
  });

  const cases: [string, Row[]][] = [['FY2008', FY2008], ['FY2009-H1', H1FY2009], ['FY2009', FY2009]];
  for (const [period, rows] of cases) {
    it.each(rows)(`${period} %s %s = %s`, (_seed, id, printed, how) => {
      const f = figures.get(period)!.get(id);
      expect(f, `figure ${id}`).toBeDefined();
      expect(show(f!, how)).toBe(printed);
    });
  }

  it('covers at least 60 printed figures', () => {
    expect(FY2008.length + H1FY2009.length + FY2009.length).toBeGreaterThanOrEqual(60);
  });
});

describe('per-share figures are computed, and every printed one agrees', () => {
  it('EPS = net income attributable to IIJ / weighted-average shares, shown in yen and sen', () => {
    const { analysis } = prepare(dataDir, 'iij');
    const eps = analysis.ledger.value('ps.eps-basic', 'FY2008')!;
    // 1,419,304 thousand / 205,165 shares (004 lines 420, 424)
    expect(eps.formula).toBe('is.net-income-iij / ps.shares-basic');
    expect(eps.interval.mid.toFixed(2)).toBe('6917.87');
    // per ADS: 1,419,304 thousand / 82,065,978 ADS = 17.29 (004 line 430)
    expect(analysis.ledger.value('ps.eps-ads-basic', 'FY2008')!.interval.mid.toFixed(2)).toBe('17.29');
    // every printed EPS was checked against the formula (no failure = agreement)
    expect(analysis.problems).toEqual([]);
  });
});
