// A release prints no table or statement with an empty current-period column: what the data does not
// hold for the period is left out and reported (build's summary, manifest.json `omitted`, --strict).
// The release model (HTML, no browser): IIJ FY2009 (whose data comes from the results deck only)
// against FY2008 and 1H09 (full statements), and the fictional company with one statement's facts removed.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { releaseInputs } from './release-support.js';
import { jaInputs } from './ja-support.js';
import { renderReleaseHtml, type ReleaseHtml } from '../../src/render/release/index.js';
import { builtinTemplates } from '../../src/template/builtin.js';
import { packageOmissions } from '../../src/export/package-omissions.js';
import { currentColumnRule } from '../../src/render/release/current-column.js';
import { prepare } from '../../src/build.js';
import { figuresOf } from '../support/figures.js';
import { makeInputs } from '../../src/render/inputs.js';
import { en } from '../../src/messages/en.js';
import { omissionSaid, omissionsEn } from '../../src/messages/omissions-en.js';
import { omissionIn, omissionsJa } from '../../src/messages/omissions-ja.js';
import { copyFixture, fixtures } from '../helpers.js';

const html: Record<string, ReleaseHtml> = {};
let fy2009Inputs: ReturnType<typeof releaseInputs>['inputs'];
const figures: Record<string, ReturnType<typeof releaseInputs>['figures']> = {};

beforeAll(async () => {
  for (const p of ['FY2009', 'FY2008', 'FY2009-H1']) {
    const r = releaseInputs(p);
    figures[p] = r.figures;
    if (p === 'FY2009') fy2009Inputs = r.inputs;
    html[p] = await renderReleaseHtml(r.inputs);
  }
  html.ja = await renderReleaseHtml(jaInputs('FY2009').inputs);
}, 180_000);

const text = (h: string) => h.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/\s+/g, ' ');

/** Every row of every release table (not the exchange's summary) as its value cells, current period last. */
function tableRows(h: string): { label: string; values: string[] }[] {
  const out: { label: string; values: string[] }[] = [];
  for (const t of h.matchAll(/<table class="fin (?!tse)[^"]*">([\s\S]*?)<\/table>/g)) {
    for (const r of t[1].matchAll(/<tr class="[^"]*"><th scope="row">([\s\S]*?)<\/th>([\s\S]*?)<\/tr>/g)) {
      const values = [...r[2].matchAll(/<td class="(value|usd)">([\s\S]*?)<\/td>/g)].filter((c) => c[1] === 'value').map((c) => text(c[2]).trim());
      out.push({ label: text(r[1]).trim(), values });
    }
  }
  return out;
}

describe('FY2009: no table with an empty current column', () => {
  const statements = ['Consolidated Balance Sheets (Unaudited)', 'Consolidated Statements of Income (Unaudited)', 'Consolidated Statements of Shareholders\' Equity (Unaudited)', 'Consolidated Statements of Cash Flows (Unaudited)'];

  it('prints no statement the data holds only in part, and none of their headings', () => {
    const t = text(html.FY2009.html);
    for (const s of statements) expect(t).not.toContain(s);
    expect(t).not.toContain('BALANCE, MARCH 31, 2010');
    expect(t).not.toContain('Number of Contracts for Connectivity Services');
  });

  it('lists each left-out statement with its reason in the package\'s omissions (what build prints and the manifest lists)', () => {
    const list = packageOmissions(fy2009Inputs, { release: html.FY2009 });
    for (const s of statements) expect(list.some((o) => o.document === 'release.pdf' && o.what === s)).toBe(true);
    const cash = list.find((o) => o.what === 'Consolidated Statements of Cash Flows (Unaudited)')!;
    expect(cash).toMatchObject({ document: 'release.pdf', reason: expect.stringMatching(/^the data holds FY2009 figures for \d+ of its \d+ lines/), says: { reason: { key: 'someFigures' } } });
    // the reason as a ja document's list says it: the same key and arguments in Japanese
    expect(omissionIn(cash, 'ja').reason).toBe(omissionsJa.someFigures(...(cash.says!.reason!.args as [string, number, number])));
    expect(list).toContainEqual({ document: 'release.pdf', what: 'Consolidated Balance Sheets (Unaudited)', reason: 'no March 31, 2010 figures in the data', says: { reason: omissionSaid('noFigures', 'March 31, 2010') } });
    // a line of a table that is otherwise printed, and a column of the exchange's summary
    expect(list).toContainEqual({ document: 'release.pdf', what: 'CAPEX: line "Acquisition of Assets by Entering into Capital Leases"', reason: 'no FY2009 figure in the data',
      says: { what: omissionSaid('line', 'CAPEX', 'Acquisition of Assets by Entering into Capital Leases'), reason: omissionSaid('noLineFigure', 'FY2009', 0) } });
    expect(list).toContainEqual({ document: 'release.pdf', what: 'exchange\'s summary: "Shareholders\' Equity per share"', reason: 'no March 31, 2010 figure in the data',
      says: { what: omissionSaid('tseColumn', 'Shareholders\' Equity per share'), reason: omissionSaid('noLineFigure', 'March 31, 2010', 0) } });
  });

  it('every printed line of every table has its current-period figure; the breakdown keeps the lines it has', () => {
    const rows = tableRows(html.FY2009.html);
    expect(rows.length).toBeGreaterThan(40);
    for (const r of rows) if (r.values.some(Boolean)) expect({ label: r.label, current: r.values.at(-1) }).toEqual({ label: r.label, current: expect.stringMatching(/\S/) });
    expect(rows.find((r) => r.label === 'Connectivity Service (Corporate Use)')?.values).toEqual(['13,142', '13,847']);
    expect(rows.some((r) => r.label === 'hi-ho')).toBe(false);
    expect(rows.find((r) => r.label === 'Purchase of Property and Equipment')?.values).toEqual(['2,991', '3,254']);
  });

  it('the exchange\'s summary prints no empty FY2009 cell: columns without the figure are left out, "4. Others" with its lines', () => {
    const t = text(html.FY2009.html);
    expect(t).not.toContain('124,265.27');
    expect(t).not.toContain('4. Others');
    expect(t).not.toContain('As of March 31, 2009: 206,478 shares');
  });

  it('the Japanese release follows the same rule', () => {
    const t = text(html.ja.html);
    expect(t).not.toContain('連結貸借対照表');
    expect(tableRows(html.ja.html).filter((r) => r.values.some(Boolean)).every((r) => r.values.at(-1) !== '')).toBe(true);
    expect(html.ja.leftOut.length).toBe(html.FY2009.leftOut.length);
  });
});

describe('FY2008 and 1H09 print their full statements', () => {
  it.each(['FY2008', 'FY2009-H1'])('%s leaves nothing out for want of figures', (p) => {
    expect(html[p].leftOut).toEqual([]);
    const t = text(html[p].html);
    for (const s of ['Consolidated Balance Sheets (Unaudited)', 'Consolidated Statements of Income (Unaudited)', 'Consolidated Statements of Cash Flows (Unaudited)']) expect(t).toContain(s);
  });
});

describe('dividends: the FY2009 year-end, derived exactly', () => {
  it('is 2,250 − 1,000.00 = 1,250, derived, with its formula and both sources', () => {
    const f = figures.FY2009.figures.find((x) => x.id === 'div.per-share.year-end@FY2009')!;
    expect(f).toMatchObject({ value: '1250', kind: 'derived', precision: '0', display: '1,250' });
    expect(f.formula).toBe('div.per-share.year-end@FY2009 = div.per-share.total@FY2009 − div.per-share.q1@FY2009 − div.per-share.q2@FY2009 − div.per-share.q3@FY2009');
    expect(f.sources.map((s) => `${s.file}:${s.line}`)).toEqual(expect.arrayContaining(['000_566802f8dac2b06a.txt:512', '001_f4982778eceb06ff.txt:789']));
  });

  it('the TSE summary\'s dividend row prints it, as that row prints dividends (two decimals)', () => {
    expect(text(html.FY2009.html)).toContain('Fiscal year ended March 31, 2010 - 1,000.00 - 1,250.00 2,250.00');
  });
});

describe('the forward-looking sentence names the package\'s fiscal year', () => {
  it.each([['FY2008', 'FY2008'], ['FY2009-H1', 'FY2009'], ['FY2009', 'FY2009']])('%s: "regarding %s revenues"', (p, fy) => {
    const t = text(html[p].html);
    expect(t).toContain(`such as statements regarding ${fy} revenues`);
    expect(t).not.toMatch(new RegExp(`such as statements regarding (?!${fy})FY\\d{4}`));
  });
  it('in Japanese too', () => {
    expect(text(html.ja.html)).toContain('2010年3月期の売上高、営業利益及び純利益に関する記述');
  });
});

describe('the rule (release/current-column.ts)', () => {
  const row = (text: string, level: number, cur?: string, prior = '1', heading = false) => ({ text, level, heading, cells: heading ? [undefined, undefined] : [prior, cur] });
  const opts = (statement: boolean) => ({ statement, title: 'T', period: 'FY2009' });

  it('a statement prints whole or not at all; a nil "-" is a figure', () => {
    const rows = [row('a', 0, '2'), row('b', 0, '-'), row('c', 0, undefined)];
    const { leftOut } = currentColumnRule(rows, 1, opts(true));
    expect(leftOut).toEqual([{ what: 'T', reason: omissionsEn.someFigures('FY2009', 2, 3), says: { reason: omissionSaid('someFigures', 'FY2009', 2, 3) } }]);
    expect(leftOut[0].reason).toBe('the data holds FY2009 figures for 2 of its 3 lines (a statement prints whole or not at all)');
    // the same reason in a Japanese document's words
    expect(omissionIn(leftOut[0], 'ja')).toMatchObject({ what: 'T', reason: omissionsJa.someFigures('FY2009', 2, 3) });
    expect(currentColumnRule(rows.slice(0, 2), 1, opts(true)).rows).toHaveLength(2);
  });

  it('another table drops the line (with the lines under it) and a heading left with nothing under it', () => {
    const rows = [row('H', 0, undefined, undefined, true), row('p', 1, undefined), row('child', 2, '5'), row('q', 0, '3')];
    const d = currentColumnRule(rows, 1, opts(false));
    expect(d.rows!.map((r) => r.text)).toEqual(['q']);
    expect(d.leftOut).toEqual([{ what: omissionsEn.line('T', 'p'), reason: omissionsEn.noLineFigure('FY2009', 1), says: { what: omissionSaid('line', 'T', 'p'), reason: omissionSaid('noLineFigure', 'FY2009', 1) } }]);
    expect(omissionIn(d.leftOut[0], 'ja')).toMatchObject({ what: omissionsJa.line('T', 'p'), reason: omissionsJa.noLineFigure('FY2009', 1) });
  });
});

describe('the fictional company: a statement whose facts file is removed is left out, exactly that one', () => {
  const tpl = mkdtempSync(join(tmpdir(), 'qd-cur-tpl-'));
  mkdirSync(join(tpl, 'release', 'tables'), { recursive: true });
  mkdirSync(join(tpl, 'release', 'partials'), { recursive: true });
  writeFileSync(join(tpl, 'release', 'tables', 'harbor-pl.yaml'), 'title: Statement of profit and loss\nstatement: true\nunit: million\ncolumns: pair\nrows:\n  - { item: pl.sales.total }\n  - { item: pl.cogs }\n  - { item: pl.sga }\n  - { item: pl.operating-profit }\n');
  writeFileSync(join(tpl, 'release', 'tables', 'harbor-fp.yaml'), 'title: Statement of financial position\nstatement: true\nunit: thousand\ncolumns: [{ period: open, show: value }, { period: end, show: value }]\nrows:\n  - { item: fp.cash }\n  - { item: fp.other-assets }\n  - { item: fp.assets.total }\n');
  writeFileSync(join(tpl, 'release', 'release.yaml'), 'sections: [harbor-results, statements]\ncharts: {}\nprint:\n  margin: { top: 22mm, bottom: 18mm, left: 16mm, right: 16mm }\n');
  writeFileSync(join(tpl, 'release', 'partials', 'statements.hbs'), '<section class="statements">{{#table "harbor-pl" cls="statement"}}<h2 id="pl">P&amp;L</h2>{{html}}{{/table}}{{#table "harbor-fp" cls="statement"}}<h2 id="fp">FP</h2>{{html}}{{/table}}</section>\n');
  const render = async (edit?: (c: ReturnType<typeof copyFixture>) => void) => {
    const c = copyFixture();
    edit?.(c);
    const { data, analysis } = prepare(c.dir, 'harbor');
    const file = figuresOf(analysis.ledger, 'FY2025', en);
    return renderReleaseHtml(makeInputs(data, file, en, [tpl, join(fixtures, 'harbor-templates'), builtinTemplates], 'investors'));
  };

  it('both statements print with the data whole; without FY2025\'s position, only the profit and loss', async () => {
    const whole = await render();
    expect(whole.html).toContain('<h2 id="pl">');
    expect(whole.html).toContain('<h2 id="fp">');
    expect(whole.leftOut).toEqual([]);
    const cut = await render((c) => c.edit('facts/fy2025-release/results.yaml', (s) => s.slice(0, s.indexOf('  - title: Financial position'))));
    expect(cut.html).toContain('<h2 id="pl">');
    expect(cut.html).not.toContain('<h2 id="fp">');
    expect(cut.leftOut).toEqual([{ what: 'Statement of financial position', reason: omissionsEn.noFigures('December 31, 2025'), says: { reason: omissionSaid('noFigures', 'December 31, 2025') } }]);
  }, 60_000);
});
