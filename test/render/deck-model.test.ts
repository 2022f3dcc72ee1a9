import { beforeAll, describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { deckFor, iij, slideText } from './deck-fixture.js';
import type { ChartBlock, TableBlock } from '../../src/contract/deck.js';
import type { DeckRow } from '../../src/render/deck/charts.js';
import { en } from '../../src/messages/en.js';

const SEED = '000_566802f8dac2b06a.txt';
const titles = (period: string) => deckFor(period).model.slides.map((s) => `${s.number ? `${s.number} ` : ''}${s.title}`);
const slide = (id: string, period = 'FY2009') => {
  const s = deckFor(period).model.slides.find((x) => x.id === id);
  if (!s) throw new Error(`no slide ${id}`);
  return s;
};
const table = (id: string) => slide(id).blocks.find((b): b is TableBlock => b.kind === 'table')!;
const chart = (id: string, name: string, period = 'FY2009') => slide(id, period).blocks.find((b): b is ChartBlock => b.kind === 'chart' && b.name === name)!;
const row = (t: TableBlock, label: string) => t.rows.find((r) => r.cells[0].text === label)!.cells.map((c) => c.text);

describe('deck model (FY2009, seed 000)', () => {
  // the data analysed and the deck built once, before the tests that read it
  beforeAll(() => { deckFor('FY2009'); });
  it('follows the seed slide for slide, with the company numbering', () => {
    expect(titles('FY2009')).toEqual([
      'Consolidated Financial Results',
      'Agenda',
      'I. Summary of FY2009 Financial Results and FY2010 Target',
      'II. FY2009 Consolidated Financial Results',
      'II-1. Consolidated Results for FY2009',
      'II-2. Revenues',
      'II-3. Cost of Revenues and Gross Margin Ratio',
      'II-4. Connectivity and Outsourcing Services (1) Revenues',
      'II-4. Connectivity and Outsourcing Services (2) Cost of Revenues',
      'II-5. Systems Integration (1) Revenues',
      'II-5. Systems Integration (2) Cost of Revenues',
      'II-6. SG&A Expenses/R&D',
      'II-7. Number of Employees',
      'II-8. Operating Income and Net Income',
      'II-9. Connectivity and Outsourcing Service and SI',
      'II-10. Operating Income YoY Change',
      'II-11. Consolidated Balance Sheets',
      'II-12. Consolidated Cash Flows',
      'II-13. Other Financial Data (CAPEX etc.)',
      'III. FY2010 Financial Target',
      'III. FY2010 Financial Target',
      'IV. Reference Materials',
      'IV-1. The construction of Module-Type Eco Data Center',
      'IV-2. Topics',
      'IV-3. Reference: IIJ Group Companies',
      'IV-4. Reference: Press Release',
      en.deck.continued('IV-4. Reference: Press Release').replace(/^IV-4\. /, 'IV-4. '),
      '※ Forward-looking Statements',
      'Contact Information',
    ]);
  });

  it('prints the cover, agenda and footer from the data', () => {
    const { model } = deckFor('FY2009');
    const cover = model.slides[0];
    expect(cover.subtitle).toBe('Fiscal Year ended March 31, 2010');
    expect(cover.lines?.slice(0, 2)).toEqual(['Internet Initiative Japan Inc.', '2010.5.14']);
    expect(model.slides[1].lines).toEqual([
      'I. Summary of FY2009 Financial Results and Target for FY2010', 'II. FY2009 Consolidated Financial Results',
      'III. FY2010 Financial Target', 'IV. Reference Materials',
    ]);
    expect(model.footer).toBe('© 2010 Internet Initiative Japan Inc.');
  });

  it('reproduces at least 60 figures and labels exactly as seed 000 prints them', () => {
    const text = deckFor('FY2009').model.slides.map(slideText).join('\n');
    // [seed line, text as printed]
    const printed: [number, string][] = [
      [4, 'Fiscal Year ended March 31, 2010'], [6, 'Consolidated Financial Results'], [10, 'Internet Initiative Japan Inc.'], [11, '2010.5.14'],
      [32, 'JPY68,006 million (down 2.5% YoY)'], [33, '3,412 million (up 16.9% YoY)'], [34, '2,859 million (up 40.5% YoY)'], [35, '2,234 million (up 57.4% YoY)'],
      [37, 'Connectivity and outsourcing service revenue increased 5.4% YoY, SI revenue decreased 10.6% YoY'],
      [38, 'over 1Gbps service reached 125 contracts (up 31 compared to Mar. 2009)'], [39, 'Systems construction revenue decreased by 22.5% YoY'],
      [40, 'Operating income for Connectivity and Outsourcing Service and SI increased 22.0% YoY'],
      [44, 'Operates 136 ATMs as of Mar. 2010'], [52, 'JPY71.0 billion (up 4.4% YoY)'], [52, 'JPY4.3 billion (up 26.0% YoY)'],
      [61, 'FY09 (09/4~10/03)'], [61, 'FY08 (08/4~09/03)'],
      [76, 'Recurring revenues: FY09: JPY55,690 million (up 3.0% YoY), 4Q09: JPY14,059 million (up 0.2% YoY, up 1.5% QoQ)'],
      [78, 'FY09: JPY20,701 million (up 5.2% YoY), 4Q09: up 1.7% YoY, down 0.1% QoQ'],
      [79, 'FY09: JPY16,271 million (up 5.7% YoY), 4Q09: up 3.8% YoY, up 1.9% QoQ'],
      [80, 'FY09: JPY18,717 million (down 1.4% YoY), 4Q09: down 4.3% YoY, up 2.9% QoQ'],
      [82, 'FY09: JPY12,110 million (down 22.6% YoY), 4Q09: JPY5,536 million (up 12.9% YoY, up 161.6% QoQ)'],
      [84, 'FY09: JPY11,354 million (down 22.5% YoY), 4Q09: up 12.4% YoY, up 162.6% QoQ'],
      [87, 'FY09: JPY207 million (up JPY183 million YoY), 4Q09: up JPY92 million YoY, up JPY28 million QoQ'],
      [89, 'YoY = 4Q09 compared to 4Q08'], [90, 'QoQ = 4Q09 compared to 3Q09'],
      [118, 'FY09: JPY30,534 million (up 4.1% YoY), 4Q09: up 2.5% YoY, up 1.2% QoQ'],
      [119, 'FY09 17.4% (up 1.0 points YoY)'],
      [120, 'FY09: JPY21,904 million (down 14.2% YoY), 4Q09: up 1.6% YoY, up 52.1% QoQ'],
      [121, 'FY09 27.2% (up 3.1 points YoY), 4Q09: up 1.6 points YoY, down 0.3 points QoQ'],
      [122, 'FY09: JPY964 million (up JPY542 million YoY), 4Q09: up JPY119 million YoY, up JPY4 million QoQ'],
      [131, 'FY09: JPY13,847 million (up 5.4% YoY), 4Q09: up 1.3% YoY'],
      [136, 'FY09: JPY6,854 million (up 4.8% YoY), 4Q09: up 2.5% YoY, down 0.2% QoQ'],
      [164, 'JPY3,699 million (up 0.2% YoY)'],
      [198, '4Q09: up 12.4% YoY, up 162.6% QoQ'], [200, 'up 10.5%, up JPY301 million'], [201, 'down 40.3%, down JPY2,133 million'],
      [210, '4Q09: down 4.3% YoY, up 2.9% QoQ'], [212, 'down 13.4%, down JPY1,613 million'], [213, 'up 7.3%, up JPY705 million'],
      [237, '312 people as of Mar. 2010 (up 58 people YoY, up 76 people QoQ)'],
      [247, 'FY09: down 1.2% YoY, 4Q09: down 1.6% YoY, up 15.4% QoQ'],
      [249, 'FY09: JPY5,405 million (up 16.7% YoY), 4Q09: up 31.4% YoY, up 10.7% QoQ'],
      [254, 'FY09: JPY4,826 million (down 14.2% YoY), 4Q09: down 16.5% YoY, up 22.5% QoQ'],
      [259, 'FY09: JPY313 million (down 24.6% YoY), 4Q09: down 63.7% YoY, down 7.3% QoQ'],
      [264, 'JPY88 million (JPY78 million in 4Q08, JPY56 million in 3Q09)'],
      [289, 'FY09: JPY11,119 million (up 8.4% YoY'],
      [320, '4Q09: up 30.9% YoY, up 67.0% QoQ'], [324, '4Q09: up 35.8% YoY, up 42.0% QoQ'], [326, '4Q09: up 3.4% YoY, up 163.4% QoQ'],
      [328, 'JPY756 million'], [329, 'JPY637 million'], [334, 'FY09: JPY159 million, FY08: JPY35 million'], [335, 'JPY348 million'], [335, 'JPY352 million'],
      [408, 'FY09: JPY757 million (losses), FY08: JPY399 million (losses)'], [411, 'JPY243 million'], [412, 'JPY299 million'],
      [419, 'March 31, 2010'], [419, 'March 31, 2009'], [424, 'JPY1,447 million'], [425, 'JPY867 million'], [425, 'JPY268 million'],
      [427, 'JPY2,831 million'], [428, 'JPY2,618 million'], [432, "Shareholders' equity ratio: 53.4%"],
      [447, 'Increase in accounts receivable: JPY1,179 million'], [448, 'Increase in accounts payable: JPY809 million'],
      [449, 'Decrease in inventories, prepaid expenses and other current and noncurrent assets: JPY486 million'],
      [460, 'Purchase of property and equipment: JPY3,254 million'], [461, 'Purchase of short-term and other investments (net): JPY875 million'],
      [471, 'capital leases: JPY4,083 million'], [472, 'repayment of short-term borrowings: JPY2,900 million'], [473, 'Dividend payment: JPY405 million'],
      [487, 'CAPEX related to ATM operation business: JPY297 million'],
      [520, 'Target cash dividend of JPY2,500 per share of common stock'],
      [664, 'Internet Initiative Japan Inc. (Finance Department)'], [666, 'Jinbocho Mitsui Bldg., 1-105 Kanda Jinbo-cho, Chiyoda-ku, Tokyo, 101-0051, Japan'],
    ];
    const missing = printed.filter(([, s]) => !text.includes(s)).map(([l, s]) => `${SEED}:${l} ${s}`);
    expect(missing).toEqual([]);
    expect(printed.length).toBeGreaterThanOrEqual(60);
  });

  it('prints the consolidated results table as the seed does (II-1, JPY billion)', () => {
    const t = table('results');
    expect(row(t, 'Total Revenues').slice(0, 6)).toEqual(['Total Revenues', '68.0', '', '69.7', '', '(2.5%)']);
    expect(row(t, 'Total Costs')[1]).toBe('54.1');
    expect(row(t, 'Total Costs')[5]).toBe('(3.7%)');
    expect([row(t, 'Gross Margin')[1], row(t, 'Gross Margin')[3], row(t, 'Gross Margin')[5]]).toEqual(['14.0', '13.6', '2.7%']);
    expect([row(t, 'SG&A/R&D')[1], row(t, 'SG&A/R&D')[3], row(t, 'SG&A/R&D')[5]]).toEqual(['10.5', '10.7', '(1.2%)']);
    expect([row(t, 'Operating Income')[1], row(t, 'Operating Income')[3], row(t, 'Operating Income')[5]]).toEqual(['3.4', '2.9', '16.9%']);
    expect([row(t, 'Income before Income Tax Expense')[1], row(t, 'Income before Income Tax Expense')[3], row(t, 'Income before Income Tax Expense')[5]]).toEqual(['2.9', '2.0', '40.5%']);
    expect([row(t, 'Net Income attributable to IIJ')[1], row(t, 'Net Income attributable to IIJ')[3], row(t, 'Net Income attributable to IIJ')[5]]).toEqual(['2.2', '1.4', '57.4%']);
    // comments come from the narrative (seed lines 62–68)
    expect(row(t, 'Total Revenues').at(-1)).toContain('SI revenue decreased 10.6% YoY affected by the weak economy');
    expect(row(t, 'Total Costs').at(-1)).toContain('Continued cost control');
    expect(slide('results').unit).toBe('Unit: JPY billion');
  });

  it('prints the quarterly tables of tax, equity method and noncontrolling interests (1Q07–4Q09) and of the ATM business', () => {
    const tax = slide('income').blocks.find((b): b is TableBlock => b.kind === 'table')!;
    expect(tax.header.at(-1)!.map((c) => c.text)).toEqual(['', '1Q07', '2Q07', '3Q07', '4Q07', '1Q08', '2Q08', '3Q08', '4Q08', '1Q09', '2Q09', '3Q09', '4Q09']);
    expect(row(tax, 'Income Tax Expenses').slice(1)).toEqual(['175', '(1,980)', '392', '552', '213', '326', '653', '(190)', '244', '284', '514', '90']);
    expect(row(tax, 'Equity in net income (loss) of equity method investees').slice(1)).toEqual(['(20)', '(29)', '(42)', '(52)', '18', '(17)', '44', '(10)', '32', '11', '85', '32']);
    expect(row(tax, 'Net loss attributable to noncontrolling interests').slice(1)).toEqual(['9', '15', '27', '45', '55', '85', '120', '93', '93', '82', '90', '83']);
    const atm = slide('segments').blocks.find((b): b is TableBlock => b.kind === 'table')!;
    expect(atm.caption).toBe('ATM Operation Business (136 ATMs as of Mar. 2010)');
    expect(row(atm, 'Revenue').slice(1)).toEqual(['5', '6', '6', '6', '7', '31', '70', '98']);
    // erratum 000-4q08-cost-atm: the seed prints 161 for 4Q08; the statements give 162
    expect(row(atm, 'Cost').slice(1)).toEqual(['15', '85', '161', '162', '192', '215', '277', '281']);
    expect(row(atm, 'Expenses').slice(1)).toEqual(['58', '81', '83', '78', '49', '50', '56', '88']);
    expect(row(atm, 'Sum').slice(1)).toEqual(['72', '166', '244', '239', '240', '265', '333', '369']);
    expect(row(atm, 'Operating Loss').slice(1)).toEqual(['(67)', '(160)', '(238)', '(233)', '(233)', '(234)', '(263)', '(270)']);
  });

  it('prints the balance sheet with its changes and the target table', () => {
    const bs = table('balance-sheet');
    expect(row(bs, 'Cash and Cash Equivalents').slice(1, 4)).toEqual(['8,764', '10,188', '(1,423)']);
    expect(row(bs, 'Accounts Receivable').slice(1, 4)).toEqual(['11,397', '10,257', '+1,140']);
    expect(row(bs, 'Accounts Receivable')[4]).toContain('Increased correspondingly to the increase in on-going SI Projects');
    expect(row(bs, 'Accumulated Deficit').slice(1, 4)).toEqual(['(16,720)', '(18,549)', '+1,829']);
    expect(row(bs, "Total IIJ Shareholders' Equity").slice(1, 4)).toEqual(['27,320', '25,169', '+2,150']);
    expect(row(bs, 'Total Assets').slice(1, 4)).toEqual(['51,115', '52,301', '(1,186)']);
    const tg = table('target');
    expect(row(tg, 'Total Revenues')).toEqual(['Total Revenues', '71.0', '68.0', '+3.0', '4.4%']);
    expect(row(tg, 'Operating Income')).toEqual(['Operating Income', '4.3', '3.4', '+0.9', '26.0%']);
    expect(row(tg, 'Income before Income Tax Expense (Benefit)')).toEqual(['Income before Income Tax Expense (Benefit)', '3.7', '2.9', '+0.8', '29.4%']);
    expect(row(tg, 'Net Income attributable to IIJ')).toEqual(['Net Income attributable to IIJ', '2.6', '2.2', '+0.4', '16.4%']);
    expect(row(tg, 'Net Income attributable to IIJ per Share')).toEqual(['Net Income attributable to IIJ per Share', 'JPY12,837', 'JPY11,030', '+1,807', '16.4%']);
    expect(row(tg, 'Cash Dividend per Share')).toEqual(['Cash Dividend per Share', 'JPY2,500', 'JPY2,250', '+250', '11.1%']);
  });

  it('charts the figures the seed captions print (II-3, II-5, II-8, II-13)', () => {
    const labels = (id: string, name: string, kind?: DeckRow['kind']) => (chart(id, name).data.rows as DeckRow[]).filter((r) => !kind || r.kind === kind).map((r) => `${r.period} ${r.label}`);
    expect(labels('cost-of-revenues', 'cost-and-margin', 'total')).toEqual(['FY07 52,883', 'FY08 56,146', 'FY09 54,051']);
    expect(labels('si-revenues', 'si-revenue', 'bar')).toEqual(['FY07 18,025', 'FY07 15,993', 'FY08 14,659', 'FY08 18,989', 'FY09 11,354', 'FY09 18,717']);
    expect(labels('cos-cost', 'cos-cost', 'bar')).toEqual(['FY08 29,318', 'FY09 30,534']);
    expect(labels('si-cost', 'si-cost', 'bar')).toEqual(['FY08 25,543', 'FY09 21,904']);
    expect(labels('income', 'income', 'bar')).toEqual(['FY07 4,759', 'FY07 5,177', 'FY08 2,917', 'FY08 1,419', 'FY09 3,412', 'FY09 2,234']);
    expect(labels('other-financial-data', 'capex')).toEqual(['FY07 6,078', 'FY08 7,006', 'FY09 5,584']);
    expect(labels('other-financial-data', 'adjusted-ebitda')).toEqual(['FY07 9,534', 'FY08 8,348', 'FY09 8,718']);
    expect(labels('other-financial-data', 'depreciation')).toEqual(['FY07 4,775', 'FY08 5,431', 'FY09 5,307']);
  });

  it('charts only figures: every bar is a figure of figures.json, and no period is invented or zero-filled', () => {
    const { model, figures } = deckFor('FY2009');
    const values = new Set(figures.figures.map((f) => new Decimal(f.value).div(1e6).toFixed(2)));
    for (const c of model.slides.flatMap((s) => s.blocks).filter((b): b is ChartBlock => b.kind === 'chart')) {
      if (c.data.binding.kind === 'waterfall') continue;
      for (const r of c.data.rows as DeckRow[]) {
        if (r.kind === 'line') continue;
        expect(values.has(new Decimal(r.exact).div(1e6).toFixed(2)), `${c.name} ${r.period} ${r.series}`).toBe(true);
      }
      // a stacked bar has every one of its series, or is not drawn
      if (c.stacked) for (const p of c.data.periods) expect(new Set((c.data.rows as DeckRow[]).filter((r) => r.period === p && r.kind === 'bar').map((r) => r.series)).size).toBe(c.data.binding.series.filter((s) => (s.axis ?? 'left') === 'left').length);
    }
  });

  it('uses coarser periods where the data lacks quarters, and says so to the presenter (speaker notes), never on the slide', () => {
    const c = chart('cos-revenues', 'cos-revenue');
    expect(c.data.periods).toEqual(['1H08', '2H08', '1H09', '2H09']);
    expect(c.note).toBeUndefined();
    expect(slide('cos-revenues').notes).toContain(en.deck.coarser('quarter', ['3Q09', '4Q09'], 'half year'));
    const q = chart('revenues', 'revenue-recurring');
    expect(q.data.periods).toEqual(['1Q08', '2Q08', '3Q08', '4Q08', '1Q09', '2Q09', '3Q09', '4Q09']);
    expect(q.note).toBeUndefined();
    // FY2009 cash flow totals are not in the data: the year is left out, never drawn as zero
    const cf = chart('cash-flows', 'cash-flows');
    expect(cf.data.periods).toEqual(['FY07', 'FY08']);
    expect(cf.note).toBeUndefined();
    expect(slide('cash-flows').notes).toContain(en.deck.leftOut(['FY09']));
  });

  it('generates footnotes from the periods and alt text from the data', () => {
    expect(slide('revenues').footnotes).toEqual(['YoY = 4Q09 compared to 4Q08', 'QoQ = 4Q09 compared to 3Q09']);
    expect(slide('revenues', 'FY2009-H1').footnotes).toEqual(['YoY = 2Q09 compared to 2Q08', 'QoQ = 2Q09 compared to 1Q09']);
    const c = chart('other-financial-data', 'capex');
    expect(c.data.alt).toBe('CAPEX (including capital leases). FY07, FY08, FY09 (JPY million). CAPEX: FY07 6,078, FY08 7,006, FY09 5,584.');
  });

  it('lists the sources of every figure in the speaker notes', () => {
    const notes = slide('other-financial-data').notes;
    expect(notes.split('\n')[0]).toBe(en.deck.notes(12));
    expect(notes).toContain(`CAPEX, including capital leases, FY2009 = 5,584 [non-GAAP]: ${SEED}:485`);
    expect(notes).toContain('Depreciation and amortization, FY2008 = 5,431: 004_b8253e0c2e2ec0d1.txt:479');
    expect(slide('summary').notes).toContain(`${SEED}:38 (highlights-notes)`);
    for (const s of deckFor('FY2009').model.slides) expect(s.notes.length, s.id).toBeGreaterThan(0);
  });

  it('names the errata it corrects (data/iij/errata), and shows the corrections', () => {
    const ids = new Set(iij().data.errata.map((e) => e.id));
    const text = deckFor('FY2009').model.slides.map(slideText).join('\n');
    const corrected: [string, string, string][] = [
      ['000-ii1-title-period', 'Consolidated Results for FY2009', 'Consolidated Results for FY2010'],
      ['000-ii1-unit', 'Unit: JPY billion', ''],
      ['000-ii1-net-income-label', 'Net Income attributable to IIJ', ''],
      ['000-atms-date-372', '136 ATMs as of Mar. 2010', 'as of Mar. 2009)'],
      ['000-contact-url-668', 'http://www.iij.ad.jp/IR', 'www.ij.ad.jp'],
      ['000-contact-email-668', 'ir@iij.ad.jp', 'ir@ij.ad.jp'],
      ['000-dividend-currency-53', 'JPY2,500', 'JYP'],
      ['000-ration-64', 'gross margin ratio increased', 'gross margin ration'],
      ['000-gdx-335', 'GDX Japan and Trust Networks', 'GDJ'],
      ['000-group-multifeed-623', 'Internet Multifeed Co.', 'Mufeed'],
      ['000-iij-553', 'IIJ cloud computing service “IIJ GIO”', ' IJ GIO'],
    ];
    for (const [id, good, bad] of corrected) {
      expect(ids.has(id), id).toBe(true);
      expect(text, id).toContain(good);
      if (bad) expect(text, id).not.toContain(bad);
    }
  });

  it('continues a table too long for its slide, header repeated, "(cont.)" in the title', () => {
    const pr = deckFor('FY2009').model.slides.filter((s) => s.id.startsWith('press-releases'));
    expect(pr.length).toBeGreaterThan(1);
    const [first, next] = pr.map((s) => s.blocks[0] as TableBlock);
    expect(next.header).toEqual(first.header);
    expect(pr[1].title).toBe(en.deck.continued(pr[0].title));
    expect(pr[1].number).toBe(pr[0].number);
    expect(first.rows.length + next.rows.length).toBe((iij().data.lists['press-releases'] as { items: unknown[] }).items.length);
  });
});

describe('deck model (other periods)', () => {
  it('builds FY2008 and FY2009-H1 decks from the same templates', () => {
    for (const p of ['FY2008', 'FY2009-H1']) {
      const { model } = deckFor(p);
      expect(model.slides.length, p).toBeGreaterThan(15);
      expect(model.slides[2].title).toContain(p === 'FY2008' ? 'FY2008' : '1H09');
    }
    expect(deckFor('FY2009-H1').model.slides[0].subtitle).toBe('Six Months ended September 30, 2009');
    // a half year's targets are for its own fiscal year, against the year before
    const tg = deckFor('FY2009-H1').model.slides.find((s) => s.id === 'target')!.blocks[0] as TableBlock;
    expect(tg.header.at(-1)!.map((c) => c.text).slice(1, 3)).toEqual(['FY09 Target', 'FY08 (08/4~09/03) Actual']);
  });

  it('says "(losses)" only of a loss: FY2007 had no ATM business, its gross margin is exactly nil (FY2008 deck)', () => {
    const text = slideText(slide('operating-income-change', 'FY2008'));
    expect(text).toContain('Gross loss of ATM operation business: FY08: JPY399 million (losses), FY07: JPY0 million');
    expect(text).not.toContain('FY07: JPY0 million (losses)');
  });

  it('draws the operating income bridge as a waterfall whose steps add up (1H09)', () => {
    const c = chart('operating-income-change', 'operating-income-bridge', 'FY2009-H1');
    const shown = (c.data.rows as DeckRow[]).filter((r) => r.kind !== 'base');
    // C&O gross margin change: (18,303,698 − 15,311,269) − (17,001,229 − 14,341,393) = 332,593 thousand → +333
    expect(shown.map((r) => r.label)).toEqual(['1,005', '+333', '+35', '(215)', '+196', '+92', '(279)', '1,166']);
    // each step floats on an invisible base: it starts where the one before it ended
    let level = shown[0].y1;
    for (const r of shown.slice(1, -1)) {
      const delta = r.kind === 'decrease' ? -r.value : r.value;
      expect(r.y0).toBeCloseTo(Math.min(level, level + delta), 1);
      level += delta;
    }
    expect(level).toBeCloseTo(shown.at(-1)!.y1, 0);
    // FY2009 (seed 000 II-10): from 2,917 to 3,412; the ATM step is the change in its gross loss,
    // JPY757 million (FY09) against JPY399 million (FY08) = (358)
    const fy = chart('operating-income-change', 'operating-income-bridge', 'FY2009');
    const steps = (fy.data.rows as DeckRow[]).filter((r) => r.kind !== 'base');
    expect(steps.map((r) => r.label)).toEqual(['2,917', '+681', '+63', '(229)', '+214', '+124', '(358)', '3,412']);
  });

  it('uses the quarters of whole fiscal years the data has (FY2008: 1Q08–4Q08)', () => {
    const q = chart('revenues', 'revenue-recurring', 'FY2008');
    expect(q.data.periods).toEqual(['1Q08', '2Q08', '3Q08', '4Q08']);
    expect(q.note).toBeUndefined();
    expect(slide('revenues', 'FY2008').notes).toContain(en.deck.leftOut(['1Q07', '2Q07', '3Q07', '4Q07']));
  });
});
