// Precision is part of the value: a derived figure is shown in the unit its inputs were printed in,
// never padded with digits it does not have; a small non-zero amount is not "0.0".
import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { loadCompany } from '../../src/load/load-company.js';
import { analyse } from '../../src/calc/analyse.js';
import { buildFigures } from '../../src/model/figures.js';
import { en } from '../../src/messages/en.js';
import { FigureSet } from '../../src/render/figure-set.js';
import { buildTable } from '../../src/render/release/tables.js';
import type { TableLayout } from '../../src/template/release-layouts.js';
import { Notes } from '../../src/render/release/notes.js';
import { decimalsForNonZero, decimalsOfPrecision, showNumber } from '../../src/format/display.js';
import { around } from '../../src/calc/interval.js';
import { fixtures } from '../helpers.js';

describe('precision of derived figures (harbor: the fourth quarter, derived from figures printed in JPY millions)', () => {
  const { data } = loadCompany(fixtures, 'harbor');
  const a = analyse(data);
  const file = buildFigures(a.ledger, 'FY2024-Q4', en);
  const ctx = {
    figures: new FigureSet(file, data.company.fiscalYear), labels: new Map<string, string>(), items: data.items, m: en,
    fiscal: data.company.fiscalYear, notes: new Notes(), columnSets: {}, word: (text: string) => text,
  };
  const table = (unit: TableLayout['unit']) => buildTable({ unit, columns: [{ period: 'cur', show: 'value' }], rows: [{ item: 'pl.sales.total', label: 'Sales' }] }, ctx)!;
  const cell = (html: string) => /<td class="value">([^<]*)<\/td>/.exec(html)?.[1];

  it('carries the grain of its inputs', () => {
    const q4 = file.figures.find((f) => f.id === 'pl.sales.total@FY2024-Q4')!;
    expect(q4).toMatchObject({ kind: 'derived', value: '230000000', grain: '500000' });
  });

  it('is shown in millions, and as a dash in a thousands table (never "230,000")', () => {
    expect(cell(table('million'))).toBe('230');
    expect(cell(table('thousand'))).toBe('—');
  });
});

describe('display never pads or hides digits', () => {
  it('decimals follow the precision', () => {
    expect(decimalsOfPrecision(new Decimal('0.5'))).toBe(0);
    expect(decimalsOfPrecision(new Decimal('0.005'))).toBe(2);
    expect(decimalsOfPrecision(new Decimal(5e7), 1e9)).toBe(1);
  });

  it('a loss of 0.01 billion is (0.01), not 0.0', () => {
    const x = around(new Decimal(-1e7), new Decimal(5e6));
    const d = decimalsForNonZero(x, 1e9, 1, new Decimal(5e6));
    expect(d).toBe(2);
    expect(showNumber(x, { scale: 1e9, decimals: d }).text).toBe('(0.01)');
    // known only to 0.05 billion, it cannot show more: the plain decimals stay
    expect(decimalsForNonZero(around(new Decimal(-1e7), new Decimal(5e7)), 1e9, 1, new Decimal(5e7))).toBe(1);
  });
});

describe('charts keep one unit per axis', () => {
  it('a figure known only to 0.1 billion is not drawn on a JPY-million chart', async () => {
    const { chartData } = await import('../../src/render/charts.js');
    const fig = (period: string, value: string, precision: string) => ({
      id: `pl.sales.total@${period}`, item: 'pl.sales.total', label: 'Net sales', period, periodLabel: period, scenario: 'actual' as const,
      value, display: '', unit: 'JPY', kind: 'reported' as const, sources: [], precision,
    });
    const file = { company: 'harbor', period: 'FY2024', periodLabel: 'FY2024', generatedFrom: '', figures: [fig('FY2024', '710000000', '500000'), fig('FY2023', '600000000', '50000000')] };
    const { loadCompany: load } = await import('../../src/load/load-company.js');
    const fiscal = load(fixtures, 'harbor').data.company.fiscalYear;
    const spec = { usermeta: { quarterdeck: { kind: 'bar', unit: 'million', series: [{ key: 'pl.sales.total' }], periods: ['prior', 'cur'] } } };
    const d = chartData(spec, 'sales.vl.json', new FigureSet(file, fiscal), new Map(), en, fiscal);
    expect(d.rows.map((r) => `${r.period} ${r.label}`)).toEqual(['FY24 710']);
    expect(d.omitted).toEqual(['FY23']);
  });
});
