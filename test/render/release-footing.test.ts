// The FY2008 release rounds its tables as the company does (seed 004): the parts add up to the
// printed totals, so the release prints the seed's 12,149, 6,538, 14,658 and 1,514 where plain
// rounding of the thousands gives 12,148, 6,537, 14,659 and 1,515 — and figures.json stays exact.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReleaseHtml } from '../../src/render/release/index.js';
import { releaseInputs } from './release-support.js';
import type { FiguresFile } from '../../src/contract/figures.js';

type Table = { rows: [string, string[]][] };
let tables: Table[] = [];
let figures: FiguresFile;

function parseTables(html: string): Table[] {
  return [...html.matchAll(/<table[\s\S]*?<\/table>/g)].map((t) => ({
    rows: [...t[0].matchAll(/<th scope="row">([\s\S]*?)<\/th>([\s\S]*?)<\/tr>/g)].map((r) => [
      r[1].replace(/<sup[\s\S]*?<\/sup>/g, '').replace(/<[^>]+>/g, '').trim(),
      [...r[2].matchAll(/<td class="[^"]*">([^<]*)<\/td>/g)].map((c) => c[1]),
    ] as [string, string[]]),
  }));
}
const row = (label: string, n = 0) => tables.flatMap((t) => t.rows).filter(([l]) => l === label)[n]?.[1];
/** the n-th table with a row of that label, as a label → cells lookup */
const tableWith = (label: string, n = 0) => {
  const t = tables.filter((x) => x.rows.some(([l]) => l === label))[n];
  return (l: string) => t.rows.find(([x]) => x === l)?.[1];
};
const num = (s: string) => Number(s.replace(/[(),]/g, '')) * (s.startsWith('(') ? -1 : 1);

describe('FY2008 release: the company\'s footing rounding (seed 004)', () => {
  beforeAll(async () => {
    const r = releaseInputs('FY2008');
    figures = r.figures;
    tables = parseTables((await renderReleaseHtml(r.inputs)).html);
  }, 120_000);

  it('prints the seed\'s breakdown (lines 205-216): FY2007 then FY2008, JPY millions', () => {
    expect(row('Connectivity Service (Corporate Use)')).toEqual(['12,149', '13,142', '8.2%']);
    expect(row('Connectivity Service (Home Use)')).toEqual(['5,430', '6,538', '20.4%']);
    expect(row('Outsourcing Services')).toEqual(['13,724', '15,396', '12.2%']);
    expect(row('Total Connectivity and Outsourcing Services')).toEqual(['31,303', '35,076', '12.1%']);
    expect(row('Systems Construction')).toEqual(['18,025', '14,658', '(18.7%)']);
    expect(row('Systems Operation and Maintenance')).toEqual(['15,993', '18,989', '18.7%']);
  });

  it('prints equipment sales of 1,514 for FY2007 in the summary (line 84) and in its own table (line 255)', () => {
    expect(row('Equipment Sales')?.[0]).toBe('1,514');
    expect(row('Equipment Sales Revenues')?.[0]).toBe('1,514');
  });

  it('the breakdown foots: each line is the sum of its printed parts, the total the sum of the lines', () => {
    const t = tableWith('Connectivity Service (Corporate Use)');
    const [corp, home, out, total] = ['Connectivity Service (Corporate Use)', 'Connectivity Service (Home Use)', 'Outsourcing Services', 'Total Connectivity and Outsourcing Services'].map((l) => t(l)!);
    for (const c of [0, 1]) {
      expect(num(corp[c]) + num(home[c]) + num(out[c])).toBe(num(total[c]));
      expect(num(t('IP Service')![c]) + num(t('IIJ FiberAccess/F and IIJ DSL/F')![c]) + num(t('Others')![c])).toBe(num(corp[c]));
      expect(num(t('Under IIJ Brand')![c]) + num(t('hi-ho')![c]) + num(t('OEM')![c])).toBe(num(home[c]));
    }
    const si = tableWith('SI Revenues');
    expect(num(si('Systems Construction')![1]) + num(si('Systems Operation and Maintenance')![1])).toBe(num(si('SI Revenues')![1]));
  });

  it('the fourth-quarter tables stay plainly rounded, as the seed prints them (lines 576-591)', () => {
    expect(tableWith('Connectivity Service (Home Use)', 1)('Connectivity Service (Home Use)')).toEqual(['1,622', '1,678', '3.5%']);
    expect(tableWith('SI Revenues', 1)('Systems Operation and Maintenance')).toEqual(['4,420', '4,898', '10.8%']);
  });

  it('figures.json keeps the exact values', () => {
    const f = (id: string) => figures.figures.find((x) => x.id === id)!;
    expect(f('is.revenue.cos.connectivity-corporate@FY2007')).toMatchObject({ value: '12148490000', display: '12,148', footing: true });
    expect(f('is.revenue.cos.connectivity-home@FY2008').value).toBe('6537370000');
    expect(f('is.revenue.cos.connectivity-home@FY2007-Q4').footing).toBeUndefined();
  });
});
