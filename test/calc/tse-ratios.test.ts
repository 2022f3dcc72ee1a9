// The exchange summary's ratios on the fictional company: returns on average balances (formula
// `@start` / `@end`), full years only, with a loss year (negative ROE) and a year without dividends.
import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { loadCompany } from '../../src/load/load-company.js';
import { analyse } from '../../src/calc/analyse.js';
import { parseFormula, formulaInputs } from '../../src/calc/formula.js';
import { buildFigures } from '../../src/model/figures.js';
import { FigureSet } from '../../src/render/figure-set.js';
import { tseNumber, type TseContext } from '../../src/render/release/tse.js';
import { en } from '../../src/messages/en.js';
import { ja } from '../../src/messages/ja.js';
import type { Messages } from '../../src/messages/en.js';
import { fixtures } from '../helpers.js';
import { join } from 'node:path';
import { loadCatalogs } from '../../src/template/catalogs.js';
import { tseMessages } from '../../src/render/release/tse-words.js';

describe('TSE summary ratios (harbor)', () => {
  const { data } = loadCompany(fixtures, 'harbor');
  const a = analyse(data);
  const v = (item: string, period: string) => a.ledger.value(item, period);
  const exactly = (item: string, period: string) => v(item, period)!.interval.mid;

  it('passes its checks with the new facts', () => {
    expect(a.problems).toEqual([]);
  });

  it('reads balances at the opening and end of a period in a formula', () => {
    const e = parseFormula('pl.net-profit / ((fp.equity@start + fp.equity@end) / 2)');
    expect(formulaInputs(e)).toEqual(['pl.net-profit', 'fp.equity@start', 'fp.equity@end']);
    // the inputs of the computed figure are the balances at the two dates
    expect(v('pl.ratio.roe', 'FY2024')!.inputs).toEqual(['pl.net-profit@FY2024', 'fp.equity@2023-12-31', 'fp.equity@2024-12-31']);
  });

  it('net income to average equity: 70 / ((380 + 420) / 2) = 17.5%; a loss year is negative', () => {
    expect(exactly('pl.ratio.roe', 'FY2024').toFixed()).toBe('0.175');
    // FY2023: (25) / ((400 + 380) / 2) = −6.41%
    expect(exactly('pl.ratio.roe', 'FY2023').toFixed(8)).toBe(new Decimal(-25).div(390).toFixed(8));
    expect(exactly('pl.ratio.roe', 'FY2023').isNegative()).toBe(true);
  });

  it('income before tax to average total assets', () => {
    expect(exactly('pl.ratio.roa-pretax', 'FY2024').toFixed(10)).toBe(new Decimal(100_000).div(new Decimal(910_250).plus(1_000_500).div(2)).toFixed(10));
    expect(exactly('pl.ratio.roa-pretax', 'FY2023').toFixed(10)).toBe(new Decimal(-20_000).div(new Decimal(850_000).plus(910_250).div(2)).toFixed(10));
  });

  it('equity ratio and equity per share at a date', () => {
    expect(exactly('fp.ratio.equity', '2024-12-31').toFixed(10)).toBe(new Decimal(420_000).div(1_000_500).toFixed(10));
    expect(exactly('fp.equity-per-share', '2024-12-31').toFixed()).toBe('42000');
  });

  it('payout ratio and dividends to equity; a year without dividends pays out nothing', () => {
    expect(exactly('ps.eps', 'FY2024').toFixed()).toBe('7000');
    expect(exactly('dv.payout', 'FY2024').toFixed()).toBe('0.2');
    expect(exactly('dv.ratio-to-equity', 'FY2024').toFixed()).toBe('0.035');
    expect(exactly('ps.eps', 'FY2023').toFixed()).toBe('-2500');
    expect(exactly('dv.payout', 'FY2023').isZero()).toBe(true);
    expect(exactly('dv.ratio-to-equity', 'FY2023').isZero()).toBe(true);
  });

  it('returns are full-year figures: none for a half or a quarter', () => {
    expect(v('pl.ratio.roe', 'FY2024-H1')).toBeUndefined();
    expect(v('dv.payout', 'FY2024-Q4')).toBeUndefined();
  });

  it('prints them in the exchange\'s style: (6.4) / △6.4, and "-" for no payout', () => {
    const sets = new Map<string, FigureSet>();
    const cell = (m: Messages, key: string, role: string) => {
      if (!sets.has(m.lang)) sets.set(m.lang, new FigureSet(buildFigures(a.ledger, 'FY2024', m), data.company.fiscalYear));
      const figures = sets.get(m.lang)!;
      const items = new Map([...data.items.values()].map((i) => [i.id, { unit: i.unit }]));
      const tse = tseMessages(loadCatalogs([join(import.meta.dirname, '..', '..', 'templates')]).find((c) => c.lang === m.lang)!, m);
      const ctx = { figures, items, m, tse } as unknown as TseContext;
      return tseNumber(figures.get(key, role), key, ctx);
    };
    expect(cell(en, 'pl.ratio.roe', 'prior')).toBe('(6.4)');
    expect(cell(ja, 'pl.ratio.roe', 'prior')).toBe('△6.4');
    expect(cell(en, 'pl.ratio.roe', 'cur')).toBe('17.5');
    expect(cell(en, 'dv.payout', 'prior')).toBe('-');
    expect(cell(en, 'dv.payout', 'cur')).toBe('20.0');
    expect(cell(en, 'dv.per-share', 'prior')).toBe('-');
    expect(cell(en, 'pl.net-profit', 'prior')).toBe('(25)');
    expect(cell(ja, 'ps.eps', 'prior')).toBe('△2,500.00');
  });
});
