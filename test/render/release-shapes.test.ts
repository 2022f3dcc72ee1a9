// The release's shape comes from the span of its period: full year (and fourth quarter), first six
// months (and second quarter), nine months (and third quarter), first quarter. No browser needed.
import { describe, expect, it } from 'vitest';
import { renderReleaseHtml } from '../../src/render/release/index.js';
import { releaseShape, datelineCity } from '../../src/render/release/shape.js';
import { en } from '../../src/messages/en.js';
import { QuarterDeckError } from '../../src/errors/problem.js';
import { iij, releaseInputs } from './release-support.js';
import { figuresFor } from '../../src/model/figures-cache.js';
import { makeInputs } from '../../src/render/inputs.js';
import { tseMessages } from '../../src/render/release/tse-words.js';
import { loadCatalogs } from '../../src/template/catalogs.js';
import { join } from 'node:path';
import { root } from '../helpers.js';

// the summary's words as the built-in catalogs have them (render/release/tse-words.ts)
const tseIn = (m: typeof en) => tseMessages(loadCatalogs([join(root, 'templates')]).find((c) => c.lang === m.lang)!, m);


/** The release's inputs for a quarter as `build` makes them for a package of documents: a computed
 *  measure made when the release asks for it (the same release as from every figure:
 *  model/asked-figures.test.ts); these tests read the release only, never the list of every figure. */
const quarterInputs = (period: string) => ({ inputs: makeInputs(iij().data, figuresFor(iij().analysis.ledger, period, en, { measures: 'asked' }), en, [join(root, 'templates')], 'investors') });

const headings = (html: string, tag: string) => [...html.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1].replace(/<[^>]+>/g, ''));

describe('release shape', () => {
  const company = () => iij().data.company;
  const fiscal = () => iij().data.company.fiscalYear;

  it.each([
    ['FY2008', 'IIJ Announces Full Year and Fourth Quarter Financial Results for Fiscal Year Ended March 31, 2009', 'Full FY2008', true],
    ['FY2009-H1', 'IIJ Announces First Six Months Financial Results for the Fiscal Year Ending March 31, 2010', '1H FY2009', true],
    ['FY2009-Q2', 'IIJ Announces First Six Months Financial Results for the Fiscal Year Ending March 31, 2010', '1H FY2009', true],
    ['FY2009-9M', 'IIJ Announces Third Quarter and First Nine Months Financial Results for the Fiscal Year Ending March 31, 2010', '9M FY2009', true],
    ['FY2009-Q3', 'IIJ Announces Third Quarter and First Nine Months Financial Results for the Fiscal Year Ending March 31, 2010', '9M FY2009', true],
    ['FY2009-Q1', 'IIJ Announces First Quarter Financial Results for the Fiscal Year Ending March 31, 2010', '1Q FY2009', false],
  ])('%s: "%s"', (period, title, scope, hasQuarter) => {
    const s = releaseShape(period, company(), fiscal(), en, '2010-01-29');
    expect(s.title).toBe(title);
    expect(s.scopeName).toBe(scope);
    expect(s.hasQuarter).toBe(hasQuarter);
  });

  it('writes the dateline from the company and the period', () => {
    expect(datelineCity(company())).toBe('Tokyo');
    expect(releaseShape('FY2009-9M', company(), fiscal(), en, '2010-02-12').dateline).toBe(
      'Tokyo, February 12, 2010 - Internet Initiative Japan Inc. ("IIJ", NASDAQ:IIJI, TSE:3774) today announced its consolidated financial results for the third quarter and the first nine months of Fiscal Year Ending March 31, 2010 (from April 1 to December 31, 2009, "9M09").');
    expect(releaseShape('FY2008', company(), fiscal(), en).dateline).toMatch(/^Tokyo - Internet Initiative Japan Inc\./);
    expect(releaseShape('FY2009-Q4', company(), fiscal(), en).span).toBe('FY');
  });

  it('a first quarter: three months are the period, no separate quarter section, no equity statement', async () => {
    const { inputs } = quarterInputs('FY2009-Q1');
    const { html, meta } = await renderReleaseHtml(inputs);
    expect(meta.title).toBe('IIJ Announces First Quarter Financial Results for the Fiscal Year Ending March 31, 2010');
    // the release's sections, then the exchange's summary (TSE format) of the three months
    const w = { months: 3, end: '2009-06-30' } as Parameters<ReturnType<typeof tseIn>['title']>[0];
    expect(headings(html, 'h1')).toEqual([meta.title, '1Q FY2009 Financial Results', `${tseIn(en).title(w)} ${tseIn(en).gaap(w)}`.replace(/"/g, '&quot;')]);
    expect(html).not.toContain('Consolidated Financial Results (3 months)');
    expect(html).not.toContain("Shareholders' Equity (Unaudited)");
    expect(headings(html, 'h2')).toContain('Operating Results Summary');
  });

  it('a quarter first reported by a later period\'s document (1Q09, by the 1H09 release) is undated: that release\'s date is not the quarter\'s', async () => {
    const { inputs } = quarterInputs('FY2009-Q1');
    expect(inputs.date).toBeUndefined();
    const { html } = await renderReleaseHtml(inputs);
    expect(html).toContain('Tokyo - Internet Initiative Japan Inc.');
    expect(html).not.toContain('November 13, 2009');
  });

  it('a second quarter builds the six months with the quarter', async () => {
    const { inputs } = quarterInputs('FY2009-Q2');
    const { html } = await renderReleaseHtml(inputs);
    expect(headings(html, 'h1')).toContain('2nd Quarter FY2009 Consolidated Financial Results (3 months)');
    expect(headings(html, 'h2')).toContain('Quarterly Consolidated Statements of Income (Unaudited)');
  });

  it('a third quarter without its nine months in the data: a clear error, not a broken document', async () => {
    const { inputs } = quarterInputs('FY2009-Q3');
    const err = await renderReleaseHtml(inputs).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QuarterDeckError);
    expect((err as QuarterDeckError).problems[0]).toMatchObject({ code: 'E_PERIOD', message: expect.stringContaining('FY2009-9M') });
  });

  it('a full year the seeds did not cover (FY2009, from the results deck) renders, leaving out what the data lacks', async () => {
    const { inputs } = releaseInputs('FY2009');
    const { html } = await renderReleaseHtml(inputs);
    expect(headings(html, 'h1')).toContain('Full FY2009 Financial Results');
    expect(html).not.toMatch(/JPY0 million|NaN|undefined/);
  });

  it('a narrative placeholder that names no figure: an error naming the narrative entry', async () => {
    const { inputs } = releaseInputs('FY2009-H1');
    const narrative = inputs.narrative.map((n) => (n.period !== 'FY2009-H1' ? n : { ...n, sections: { ...n.sections, 'ceo-quotes': [{ text: 'Revenues were {{money "is.revenue.totl"}}.', line: 29 }] } }));
    const err = await renderReleaseHtml({ ...inputs, narrative }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QuarterDeckError);
    expect((err as QuarterDeckError).problems[0]).toMatchObject({ code: 'E_TEMPLATE', file: expect.stringContaining('FY2009-H1.en.yaml'), field: 'sections.ceo-quotes.0', hint: expect.stringContaining('is.revenue.total') });
  });
});
