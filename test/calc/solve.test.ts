import { describe, expect, it } from 'vitest';
import { loadCompany } from '../../src/load/load-company.js';
import { analyse } from '../../src/calc/analyse.js';
import { fixtures } from '../helpers.js';

describe('derivation and checks on a fictional company (calendar year, own taxonomy)', () => {
  const { data } = loadCompany(fixtures, 'harbor');
  const a = analyse(data);
  const k = (id: string) => a.ledger.known.get(id);

  it('passes its own checks', () => {
    expect(a.problems).toEqual([]);
    expect(a.stats.printedChecked).toBe(2);
  });

  it('derives quarters exactly and marks them derived with their formula', () => {
    expect(k('pl.sales.total@FY2024-Q3')?.value.div(1e6).toFixed()).toBe('160');
    expect(k('pl.sales.total@FY2024-Q3')?.kind).toBe('derived');
    expect(k('pl.sales.total@FY2024-Q3')?.formula).toMatch(/FY2024-9M/);
    expect(k('pl.sales.total@FY2024-Q4')?.value.div(1e6).toFixed()).toBe('230');
    expect(k('pl.sales.total@FY2024-H2')?.value.div(1e6).toFixed()).toBe('390');
    // a child from its parent and siblings
    expect(k('pl.sales.lamps@FY2024-H1')?.value.div(1e6).toFixed()).toBe('220');
    expect(k('pl.sales.service@FY2024-Q1')?.kind).toBe('reported');
  });

  it('leaves what cannot be derived absent, never zero', () => {
    expect(k('pl.sales.lamps@FY2024-Q3')).toBeUndefined();
    expect(a.ledger.value('pl.sales.total', 'FY2022')).toBeUndefined();
  });

  it('computes ratios and changes with decimal.js', () => {
    const yoy = a.ledger.measure('yoy', 'pl.sales.total', 'FY2024')!;
    expect(yoy.interval.mid.toFixed(6)).toBe('0.203390');
    const margin = a.ledger.value('pl.ratio.operating-margin', 'FY2024')!;
    expect(margin.interval.mid.toFixed(4)).toBe('0.1549');
  });
});
