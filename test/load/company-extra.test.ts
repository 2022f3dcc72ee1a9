// company.yaml's fields beyond Company's own (Company.extra): the ones code reads (totals, tickers,
// head office, dateline city, presentation eras, contacts, about, shares) are checked by the loader's
// schema, so a wrong one is a problem at its file and line; the others pass through to templates.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCompanyData } from '../../src/load/parse.js';
import { fixtures } from '../helpers.js';

const yaml = readFileSync(join(fixtures, 'harbor', 'company.yaml'), 'utf8');
const parse = (text: string) => parseCompanyData('harbor', [{ path: 'company.yaml', text }]);
const companyProblems = (text: string) => parse(text).problems.filter((p) => p.file?.endsWith('company.yaml'));

describe('company.yaml extra fields, typed and checked in the loader', () => {
  it('reads the fields code uses as typed values, and passes the others through', () => {
    const text = `${yaml}\ntickers:\n  - { exchange: TSE, symbol: "9999", market: Tokyo Stock Exchange }\nhead_office: { address: "1-1 Minato, Tokyo, 100-0001, Japan", url: "https://harbor.example/" }\nfounded: { value: "1990" }\n`;
    const { data } = parse(text);
    expect(data!.company.extra.tickers).toEqual([{ exchange: 'TSE', symbol: '9999', market: 'Tokyo Stock Exchange' }]);
    expect(data!.company.extra.head_office?.url).toBe('https://harbor.example/');
    expect(data!.company.extra.totals).toEqual({ revenue: 'pl.sales.total', assets: 'fp.assets.total' });
    expect(data!.company.extra.founded).toEqual({ value: '1990' });
    expect(companyProblems(text)).toEqual([]);
  });

  it('a ticker without its symbol is a problem at its line', () => {
    const text = `${yaml}\ntickers:\n  - exchange: TSE\n    code: "9999"\n`;
    const line = text.split('\n').findIndex((l) => l.includes('- exchange: TSE')) + 1;
    expect(companyProblems(text)).toEqual([expect.objectContaining({ file: expect.stringMatching(/company\.yaml$/), line, field: 'tickers.0.symbol' })]);
  });

  it('a head office given as text, a dateline city as a list: one problem each, at their lines', () => {
    const text = `${yaml}\nhead_office: 1-1 Minato, Tokyo\ndateline_city: [Tokyo]\n`;
    const lines = text.split('\n');
    const problems = companyProblems(text);
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ['head_office', lines.findIndex((l) => l.startsWith('head_office:')) + 1],
      ['dateline_city', lines.findIndex((l) => l.startsWith('dateline_city:')) + 1],
    ]);
  });
});
