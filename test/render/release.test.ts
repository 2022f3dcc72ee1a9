// The earnings release PDF for FY2008 (seed 004) and 1H FY2009 (seed 001): built once each with one
// browser, then read back with poppler (text, pages, fonts), qpdf (structure, outline) and pdfinfo.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Printer } from '../../src/export/browser.js';
import { workerPrinter } from '../support/browser.js';
import { buildRelease, bare, figureTokens, numbersIn, otherTokens, type BuiltRelease } from './release-support.js';
import { contains, elements, fonts, outline, pdfInfo, qpdfCheck, structure } from '../export/pdf-tools.js';

let printer: Printer;
let fy: BuiltRelease;
let h1: BuiltRelease;

beforeAll(async () => {
  printer = await workerPrinter();
  fy = await buildRelease('FY2008', printer);
  h1 = await buildRelease('FY2009-H1', printer);
}, 120_000);

/** Phrases as seed 004 prints them (line numbers of the seed). Corrected where an erratum says the seed is wrong. */
const FY2008: string[] = [
  // title, dateline, highlights (lines 7-26)
  'IIJ Announces Full Year and Fourth Quarter Financial Results for Fiscal Year Ended March 31, 2009',
  'Tokyo, May 15, 2009 - Internet Initiative Japan Inc. ("IIJ", NASDAQ:IIJI, TSE:3774) today announced its full year and 4th quarter consolidated financial results for fiscal year ended March 31, 2009 ("FY2008")',
  'Highlights of Full FY2008 Financial Results',
  'Revenue was JPY69,731 million ($703 million), up 4.3% YoY lead by the steady increase in recurring revenues which were up 14.3% YoY.',
  'Operating income was JPY2,917 million ($29 million), down 38.7% YoY affected by the decrease in gross margin from systems integration',
  'JPY1,419 million ($14 million), down 72.6% largely affected by deferred tax expense of JPY637 million',
  'Highlights of Fourth Quarter FY2008 Results',
  'Revenue was JPY18,942 million ($191 million), up 2.5% from 4Q07, up 8.0% from 3Q08.',
  'Operating income was JPY1,073 million ($11 million), down 40.6% from 4Q07.',
  'JPY1,065 million ($11 million), down 2.2% from 4Q07.',
  'Financial Targets for FY2009',
  'IIJ targets revenues of JPY73.0 billion, operating income of JPY3.3 billion',
  'of JPY2.7 billion and net income of JPY1.7 billion for FY2009.',
  'IIJ targets cash dividend of JPY2,000 per share of common stock for FY2009.',
  'accounted for 77.5% of our total revenues for FY2008',
  'The rate used for the translation was JPY99.15 per US$1.00, which was the noon buying rate on March 31, 2009.',
  // operating results, segments (lines 48-71)
  'Total Revenues 66,835 69,731 4.3%', 'Operating Income 4,759 2,917 (38.7%)', 'Net Income 5,177 1,419 (72.6%)',
  'Income before Income Tax Expense 4,362 2,034 (53.4%)', 'SG&A Expenses and R&D 9,193 10,668 16.0%',
  'Network services and Systems Integration Business 69,961', 'ATM Operation Business (705)',
  // results of operation (lines 75-145)
  'Revenues totaled JPY69,731 million',
  'JPY35,076 million, up 12.1% YoY followed by the steady increase in outsourcing service and the use of internet connectivity services',
  'JPY33,647 million, down 1.1% YoY', 'JPY985 million, down 35.0% YoY', 'JPY56,146 million', 'JPY29,318 million, up 12.6% YoY',
  'Gross margin ratio was 16.4% compared to 16.8% for FY2007', 'Gross margin ratio was 24.1% compared to 24.9%', 'Gross margin ratio was 12.3%',
  'JPY422 million and gross margin was a loss of JPY399 million',
  'JPY4,631 million, up 7.0% YoY', 'JPY5,622 million, up 21.6% YoY', 'JPY415 million, up 72.7% YoY',
  'net other expenses of JPY883 million compared to net other expenses of JPY398 million in FY2007', 'JPY2,034 million, down 53.4% YoY',
  'was JPY1,003 million largely due to deferred tax expense of JPY637 million',
  'were JPY352 million related to GDX and Trust Networks Inc. compared to minority interests in losses of subsidiaries of JPY97 million in FY2007',
  'was JPY35 million compared to equity in net loss of equity method investees of JPY143 million in FY2007',
  // financial condition (lines 151-173)
  'the balance of total assets was JPY52,301 million, which was a decrease of JPY3,401 million from the balance as of March 31, 2008',
  'accounts receivable decreased by JPY1,999 million', 'cash and cash equivalents decreased by JPY1,283 million', 'inventories decreased by JPY654 million',
  'Property and equipment increased by JPY1,433 million from the balance as of March 31, 2008, mainly due to an increase in property for our internal use',
  'short-term borrowings decreased by JPY1,800 million', 'accounts payable decreased by JPY1,830 million',
  'net deferred tax asset (current) of JPY762 million and net deferred tax asset (non-current) of JPY2,253 million',
  'JPY674 million in available-for-sale securities, JPY863 million in nonmarketable equity securities and JPY378 million in other',
  'JPY2,703 million in customer relationships, JPY2,639 million in goodwill and JPY192 million in trademark',
  'JPY171 million in customer relationships and JPY126 million in licenses',
  'was JPY25,169 million, an increase of JPY188 million',
  // erratum 004-equity-ratio-points-163: the seed says "up by 3.3%"; it is 3.3 points
  'was 48.1%, up 3.3 points compared to March 31, 2008',
  'were JPY10,188 million', 'JPY8,631 million',
  // erratum 004-fy2007-operating-cf-169: the seed prints 4,537 (4,537,746 thousand rounds to 4,538)
  'of JPY4,538 million in FY2007',
  'payment of JPY2,991 million for the purchase of property', 'JPY6,573 million', 'JPY1,152 million in FY2007',
  'principal payments under capital leases of JPY3,954 million', 'payments for dividends of JPY413 million',
  // business overview (lines 181-257)
  'JPY13,142 million, up 8.2% YoY', 'IP service increased by 2.8% YoY', 'Contracts of over 1Gbps increased to 94 compared to 70 contracts',
  // 6,537,370 thousand: the seed's sentence says 6,538, as its breakdown table (footed) prints it
  'JPY6,538 million, up 20.4%',
  'JPY15,396 million, up 12.2% YoY', 'JPY14,871 million, down 6.5% YoY', 'JPY33,594 million, down 20.0% YoY',
  'IP Service (1Gbps-) 70 94 24', 'hi-ho 189,700 179,786 (9,914)', '392.4 Gbps 530.5 Gbps 138.1 Gbps',
  '9,022 9,275 2.8%', '463 973 110.4%', '3,766 4,971 32.0%', 'Cost of Connectivity and Outsourcing Services 26,040 29,318 12.6%', '3,470 3,692 6.4%',
  // the seed's tables foot: 14,658 (14,658,502 thousand) so that 14,658 + 18,989 = 33,647
  'Systems Construction 18,025 14,658 (18.7%)',
  'Systems Operation and Maintenance 15,993 18,989 18.7%', '15,909 14,871 (6.5%)', '1,300 863 (33.6%)', '14.2% 12.3%',
  // targets (lines 296-302); erratum 004-outlook-quarter-302: the seed says "for 1Q08 to decrease compared to 1Q08"
  '1H FY2009 33,500 800 550 300', '73,000 3,300 2,700 1,700', 'we expect operating income for 1Q09 to decrease compared to 1Q08',
  // erratum 004-atms-date-93: the seed says "As of March 31, 2008"
  'As of March 31, 2009, Trust Networks operates 10 ATMs',
  'Presentation Materials will be posted on our web site (http://www.iij.ad.jp/en/IR/) on May 15, 2009.',
  // balance sheet (lines 322-371)
  '11,470,980', '102,751', '10,187,724', '12,255,163', '103,445', '10,256,527', '28,485,627 51.1 245,656 24,356,769 46.6', '55,702,546 100.0 527,496 52,301,199 100.0',
  '9,150,000', '74,130', '7,350,000', '23,924,022 42.9 199,573 19,787,648 37.8', '(19,555,489) (35.1)', '(406,547) (0.8)',
  // income statement (lines 377-431)
  '66,835,299 100.0 703,285 69,730,730 100.0', '52,882,621 79.1 566,270 56,145,719 80.5', '4,759,364 7.1 29,424 2,917,382 4.2', '(397,695) (0.6) (8,905) (882,894) (1.3)',
  '4,361,669 6.5 20,519 2,034,488 2.9', '(861,414) (1.3) 10,113 1,002,711 1.4', '5,176,589 7.7 14,315 1,419,304 2.0',
  '206,240 205,165', '82,495,987 82,065,978', '25,099.83 69.77 6,917.87', '25,072.48 69.76 6,916.85', '62.75 0.17 17.29',
  // shareholders' equity (lines 437-465)
  'BALANCE, APRIL 1, 2007', '204,300 16,833,847 26,599,217 (24,270,769) 949,709', '20,112,004', '(859,091)', '4,317,498', '(461,309)', '1,012,520',
  'BALANCE, MARCH 31, 2008', '1,007,974', '(412,956)', 'BALANCE, MARCH 31, 2009', '169,782', '278,484', '(187,082)', '(3,235)', '(4,100)',
  // cash flows (lines 469-538)
  '4,774,804 54,771 5,430,501', '4,537,746 87,049 8,630,869', '(1,856,249) (30,170) (2,991,378)', '(5,443,766) (33,566) (3,328,072)',
  '(1,152,151) (66,297) (6,573,337)', '13,554,544 115,693 11,470,980', '438,850 4,122 408,712', '4,221,807 40,490 4,014,537',
  // the fourth quarter (lines 544-758)
  '4th Quarter FY2008 Consolidated Financial Results (3 months)',
  '18,486 18,942 2.5%', '8,447 9,135 8.1%', '9,805 9,542 (2.7%)', '234 259 10.5%', '14,221 14,891 4.7%', '2,458 2,978 21.2%',
  '1,807 1,073 (40.6%)', '1,647 792 (51.9%)', '1,089 1,065 (2.2%)', '3,144 3,437 9.3%', '2,340 2,351 0.5%', '100 350 250.8%',
  '1,228 1,289 5.0%', '3,681 4,020 9.2%', '896 916 2.2%', '16.7% 18.3%', '5,384 4,644 (13.7%)', '4,420 4,898 10.8%', '28.8% 26.2%', '14.0% 13.4%',
  // errata 004-4q08-ebitda-yoy and 004-4q08-da-yoy: the seed prints (23.3%) and 0.9%
  'Adjusted EBITDA 3,101 2,550 (17.8%)', 'CAPEX, including capital leases 1,546 657 (57.5%)', 'Depreciation and amortization 1,293 1,477 14.2%',
  '(1,293) (1,477)', '1,305 329', '241 328',
  '18,485,893 100.0 191,041 18,941,727 100.0', '1,807,173 9.8 10,822 1,073,040 5.7', '1,088,598 5.9 10,741 1,064,982 5.6', '5,272.22 53.03 5,258.03',
  '4,083,239 33,081 3,280,002', '(1,436,700) (16,763) (1,662,100)',
];

/** Phrases as seed 001 prints them. */
const H1_FY2009: string[] = [
  'IIJ Announces First Six Months Financial Results for the Fiscal Year Ending March 31, 2010',
  'today announced its consolidated financial results for the first six months of Fiscal Year Ending March 31, 2010 (from April 1 to September 30, 2009, "1H09")',
  'Actual Results', 'Target Announced', 'JPY32,275 million ($360.7 million)', 'JPY33,500 million', 'JPY1,166 million ($13.0 million)', 'JPY800 million',
  'JPY715 million ($8.0 million)', 'JPY300 million',
  'Revenue was JPY32,275 million, down 2.9% YoY. While recurring revenues increased by 5.1% YoY, systems construction revenues decreased by 34.1% YoY.',
  'Operating income was JPY1,166 million, up 16.0% YoY as a result of continuous cost control.',
  'Operating loss related to our new ATM operation business was JPY467 million (JPY227 million in 1H08).',
  'JPY715 million, up 94.6% YoY', 'Cash dividend for FY2009 interim period of IIJ\'s common stock: JPY1,000 per share.',
  'The rate used for the translation was JPY89.49 per US$1.00, which was the noon buying rate on September 30, 2009.',
  'our connectivity and outsourcing service revenues increased by 7.7% YoY', 'As for systems construction, revenues were down 34.1% YoY',
  '33,254 32,275 (2.9%)', '27,085 26,037 (3.9%)', '5,164 5,072 (1.8%)', '1,005 1,166 16.0%', '766 1,026 33.9%', '368 715 94.6%',
  '33,323 32,443', '80 206', '14 19',
  'We have omitted segment analysis because most of our revenues are dominated by Network services and systems integration business.',
  // the sentence says what the revenue table prints: 13,623,562 thousand footed to 13,623 (the seed foots
  // equipment to 309 instead and says 13,624)
  'JPY18,304 million, up 7.7% YoY', 'JPY13,623 million, down 13.3% YoY', 'JPY38 million, up 248.0% YoY',
  'reaching 106 contracts as of September 30, 2009 (up 30 contracts YoY)', 'Trust Networks placed 34 ATMs in the Kansai area during 2Q09 and operates 60 ATMs as of September 30, 2009 (10 ATMs as of March 31, 2009)',
  '40,611 57,200 16,589', '895 926 31', '213 228 15', '76 106 30', '299 295 (4)', '25,101 26,865 1,764', '12,373 27,327 14,954', '1,654 1,453 (201)',
  '457,289 414,154 (43,135)', '48,287 48,263 (24)', '186,396 173,410 (12,986)', '222,606 192,481 (30,125)', '449.1 Gbps 619.8 Gbps 170.7 Gbps',
  '4,565 4,648 1.8%', '1,434 1,456 1.5%', '151 634 318.5%', '178 150 (15.4%)', '3,211 3,410 6.2%', '512 513 0.3%', '2,425 2,612 7.7%', '274 285 3.7%',
  '7,462 8,006 7.3%', '17,001 18,304 7.7%',
  'JPY26,037 million, down 3.9% YoY', 'JPY15,311 million, up 6.8% YoY', 'Backbone cost was JPY1,830 million, down 0.9% YoY', 'Gross margin ratio was 16.3%',
  // 10,049,470 thousand: the seed's sentence says 10,050, as its cost table (footed) prints it
  'JPY10,050 million, down 17.5% YoY', 'Gross margin ratio was 26.2%', 'JPY269 million, down 42.1% YoY', 'JPY407 million compared to JPY100 million in 1H08',
  // 2,593,637 thousand, footed to 2,593 in the SG&A table, and so in its sentence (the seed says 2,594)
  'JPY2,593 million, up 10.3% YoY', 'JPY163 million, up 13.5% YoY',
  'net other expenses of JPY140 million compared to net other expenses of JPY239 million in 1H08', 'JPY1,026 million, up 33.9% YoY',
  'Net income was JPY540 million compared to JPY228 million in 1H08', 'JPY528 million', 'JPY539 million', 'JPY42 million compared to JPY1 million in 1H08',
  'JPY175 million compared to JPY140 million in 1H08', 'both related to GDX Japan Inc. and Trust Networks Inc.',
  'the balance of total assets was JPY51,389 million, which was a decrease of JPY912 million from the balance as of March 31, 2009',
  'accounts receivable decreased by JPY1,530 million', 'prepaid expenses increased by JPY442 million mainly for maintenance expenses related to SI projects increased',
  'accounts payable decreased by JPY679 million', 'deferred income increased by JPY232 million',
  'net deferred tax asset (current) of JPY424 million and net deferred tax asset (non-current) of JPY2,240 million', 'JPY2,171 million', 'increased by JPY257 million',
  'JPY809 million in available-for-sale securities, JPY998 million in nonmarketable equity securities and JPY364 million in other', 'JPY5,393 million', 'JPY250 million',
  'JPY2,562 million in customer relationships', 'JPY138 million in customer relationships and JPY112 million in licenses', 'JPY25,641 million, an increase of JPY471 million',
  // erratum 001-equity-ratio-points-190: the seed says "up 1.8%"; it is 1.8 points
  '49.9%, up 1.8 points compared to March 31, 2009',
  'JPY10,789 million', 'JPY4,792 million', 'JPY4,005 million in 1H08', 'JPY2,105 million', 'JPY2,034 million in 1H08',
  'payment of JPY1,949 million for the purchase of property and equipment (JPY1,748 million in 1H08)', 'JPY2,063 million', 'JPY4,100 million in 1H08',
  'principal payments under capital leases of JPY1,710 million (JPY1,744 million in 1H08)',
  '3,810', '(2,599) (2,644)', '(239) (140)', '539 528', '228 540', '140 175', '4,516 2,613', '2,768 664', '1,748 1,949',
  'FY2009 Financial Targets (announced on May 15, 2009)', 'Full FY2009 73,000 3,300 2,700 1,700',
  // erratum 001-1h-revenue-254: the seed says "revenues were JPY33,275 million"
  'During the first half of FY2009, revenues were JPY32,275 million, 3.7% below the target announced on May 15, 2009',
  'Operating income was JPY1,166 million, up 45.8% compared to the target',
  // the statements (lines 278-458)
  '10,187,724 120,561 10,789,017', '10,256,527 97,515 8,726,598', '762,221 4,742 424,380', '24,356,769 46.6 261,611 23,411,526 45.6', '52,301,199 100.0 574,247 51,389,402 100.0',
  '7,350,000 80,456 7,200,000', '19,787,648 37.8 212,260 18,995,186 37.0', '27,058,280 51.7 286,676 25,654,612 49.9', '25,169,184 48.1 286,518 25,640,526 49.9',
  '6,327,721 76,961 6,887,207', '33,253,841 100.0 360,655 32,275,024 100.0', '1,005,442 3.0 13,030 1,166,083 3.6', '(239,392) (0.7)', '(140,470) (0.4)',
  '766,050 2.3 11,461 1,025,613 3.2', '539,124 1.6 5,898 527,809 1.6', '227,761 0.7 6,034 539,951 1.7', '139,793 0.4 1,960 175,436 0.5', '367,554 1.1 7,994 715,387 2.2',
  '1,780.11 39.47 3,532.01', '1,779.60 39.47 3,532.01', '4.45 0.10 8.83', '2,599,105 29,540 2,643,516', '4,004,588 53,550 4,792,214', '(2,034,390) (23,523) (2,105,078)',
  '(4,100,325) (23,049) (2,062,635)', '11,470,980 113,842 10,187,724', '9,319,235 120,561 10,789,017',
  // the second quarter (lines 508-725)
  '2nd Quarter FY2009 Consolidated Financial Results (3 months)',
  '16,926 16,441 (2.9%)', '8,605 9,178 6.7%', '8,029 7,059 (12.1%)', '594 815 37.2%', '456 726 59.0%', '198 535 169.5%',
  '3,218 3,439 6.9%', '115 335 191.1%', '951 912 (4.2%)', '15.4% 16.5%', '3,254 2,344 (28.0%)', '23.3% 26.7%', '286 173 (39.5%)', '7.0% 13.1%',
  '1,948 2,099 7.7%', '2,685 1,124 (58.1%)', '1,354 1,284 (5.2%)', '1,705 269', '980 855',
  '16,925,708 100.0 183,713 16,440,514 100.0', '198,477 1.2 5,977 534,909 3.3', '961.25 29.51 2,640.95', '1,986,754 29,370 2,628,334', '9,943,205 110,598 9,897,436',
];

describe.each([
  ['FY2008 release (seed 004)', () => fy, FY2008],
  ['1H FY2009 release (seed 001)', () => h1, H1_FY2009],
])('%s', (_name, doc, phrases) => {
  it(`prints ${phrases.length} figures and phrases exactly as the seed does`, () => {
    expect(phrases.length).toBeGreaterThanOrEqual(80);
    const missing = phrases.filter((p) => !contains(doc().text, p));
    expect(missing).toEqual([]);
  });

  it('prints no number that is not a figure (or the narrative\'s, company.yaml\'s or a chart axis\'s)', () => {
    const known = figureTokens(doc().figures);
    const other = otherTokens(doc());
    const printed = numbersIn(doc().text.layout);
    expect(printed.length).toBeGreaterThan(800);
    const untraced = [...new Set(printed.filter((t) => !known.has(bare(t)) && !other.has(bare(t))))];
    expect(untraced).toEqual([]);
  });

  it('is a sound PDF: qpdf --check, A4, tagged, document information', () => {
    const check = qpdfCheck(doc().text.file);
    expect(check.ok, check.out).toBe(true);
    const info = pdfInfo(doc().text.file);
    expect(info.Title).toBe(doc().html.meta.title);
    expect(info.Author).toBe('Internet Initiative Japan Inc.');
    expect(info.Subject).toBe(doc().html.meta.subject);
    expect(info.Keywords).toContain('TSE:3774');
    expect(info.CreationDate).toMatch(/\d{4}/);
    expect(info.Tagged).toBe('yes');
    expect(info['Page size']).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  it('is accessible: in English, each chart one Figure with its alt text (its caption beside it, not a Figure without one)', () => {
    const { lang, tree } = structure(doc().text.file);
    expect(lang).toBe('en');
    const figures = elements(tree, 'Figure');
    expect(figures.length).toBe(2);
    expect(figures.every((f) => f.alt)).toBe(true);
    expect(figures[0].alt).toMatch(/^Revenues by line of business\. /);
    expect(elements(tree, 'Caption').length).toBe(2);
  }, 30_000);

  it('has pages in a sane number, none empty, each with the running header and "Page n of N"', () => {
    const pages = doc().text.pages;
    expect(pages.length).toBeGreaterThanOrEqual(12);
    expect(pages.length).toBeLessThanOrEqual(32);
    pages.forEach((p, i) => {
      expect(p, `page ${i + 1}`).toContain('Internet Initiative Japan Inc.');
      expect(p, `page ${i + 1}`).toContain(doc().html.meta.title);
      expect(p.replace(/\s+/g, ' '), `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`);
      const body = p.replace(doc().html.meta.title, '').replace(/Internet Initiative Japan Inc\./g, '').replace(/Page \d+ of \d+/, '').replace(/\s+/g, '');
      expect(body.length, `page ${i + 1} is (nearly) empty`).toBeGreaterThan(300);
    });
  });

  it('has an outline from its headings', () => {
    const flat = (l: ReturnType<typeof outline>): string[] => l.flatMap((o) => [o.title, ...flat(o.kids)]);
    const titles = flat(outline(doc().text.file));
    for (const t of ['Operating Results Summary', 'Consolidated Balance Sheets (Unaudited)', 'Consolidated Statements of Income (Unaudited)', 'Consolidated Statements of Cash Flows (Unaudited)', 'Quarterly Consolidated Statements of Income (Unaudited)']) {
      expect(titles).toContain(t);
    }
  });

  it('embeds its fonts, Latin text as TrueType (no Type 3 text fonts)', () => {
    const list = fonts(doc().text.file);
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((f) => f.embedded)).toBe(true);
    expect(list.filter((f) => /Liberation|DejaVu/.test(f.name)).length).toBeGreaterThan(0);
  });

  it('prints every narrative entry of its period', () => {
    expect(doc().html.unused.map((e) => `${e.section} ${e.item ?? e.label ?? e.line}`)).toEqual([]);
  });
});

describe('what the shape of the release takes from the period', () => {
  it('numbers the footnotes in the order of the seeds (¹ U.S. GAAP, ² income before income tax expense …)', () => {
    const t = fy.text.prose;
    const gaap = t.indexOf('¹ Unless otherwise stated');
    const pretax = t.indexOf('² In this document, income before income tax expense');
    const contracts = t.indexOf('³ The number of contracts for IIJ Mobile Service is included in "Others"');
    const ip = t.indexOf('⁴ IP Service revenues include revenues from the Data Center Connectivity Service.');
    const revenue = t.indexOf('⁵ The revenue for IIJ Mobile Service is included in "Others"');
    expect([gaap, pretax, contracts, ip, revenue].every((i) => i >= 0)).toBe(true);
    expect(gaap).toBeLessThan(pretax);
    expect(pretax).toBeLessThan(contracts);
    expect(contracts).toBeLessThan(ip);
    expect(ip).toBeLessThan(revenue);
    // 1H FY2009: IIJ Mobile Service has its own lines, so the notes say where home-use mobile is
    expect(h1.text.prose).toContain('Contracts for mobile data communication service for home use is included in Connectivity service (home use).');
    expect(h1.text.prose).not.toContain('The number of contracts for IIJ Mobile Service is included in "Others"');
  });

  it('shows the statement of shareholders\' equity for a full year only', () => {
    expect(contains(fy.text, "Consolidated Statements of Shareholders' Equity (Unaudited)")).toBe(true);
    expect(contains(h1.text, "Consolidated Statements of Shareholders' Equity (Unaudited)")).toBe(false);
  });

  it('follows the presentation in force: minority interest before ASC 810, noncontrolling interests after', () => {
    expect(contains(fy.text, 'MINORITY INTERESTS IN LOSSES OF SUBSIDIARIES')).toBe(true);
    expect(contains(fy.text, 'NONCONTROLLING INTERESTS')).toBe(false);
    expect(contains(h1.text, 'NET INCOME ATTRIBUTABLE TO INTERNET INITIATIVE JAPAN INC.')).toBe(true);
    expect(contains(h1.text, 'Total equity 25,242,919 48.3')).toBe(true);
  });
});

describe('the quarterly statements print no digit their figures lack', () => {
  it('a three-month cash-flow line known only to the million has no thousands, in yen or in dollars', () => {
    // 2Q09's capital-lease acquisitions are 1H09 (thousands) less 1Q09 (printed in millions): a dash in every
    // thousands column; the six months' line, printed to the thousand, keeps its digits
    const quarter = h1.text.layout.slice(h1.text.layout.indexOf('Quarterly Consolidated Statements of Cash Flows'));
    expect(quarter).toContain('Acquisition of assets by entering into capital leases — — —');
    expect(contains(h1.text, 'Acquisition of assets by entering into capital leases 2,768,002 7,424 664,353')).toBe(true);
    // the translation at the period-end rate of a figure known to the million would print thousands of dollars
    expect(quarter).not.toMatch(/capital leases — 3,006 —/);
    expect(fy.text.layout).toContain('Acquisition of assets by entering into capital leases — — —');
  });
});
