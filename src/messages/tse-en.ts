// Words of the exchange's summary (the TSE-format section of the release), in English, as the
// company's English releases print it. messages/tse-ja.ts has the same shape in the standard
// Japanese form of the 決算短信 summary. Every function takes the section's context (TseWords).

/** What the words of the section may name: the document's period, its dates, the company. */
export interface TseWords {
  /** span of the document's cumulative period: FY, H1, 9M, Q1 */
  span: string;
  /** months of the cumulative period (12, 6, 9, 3) */
  months: number;
  /** the period's first day and last day (ISO) */
  start: string;
  end: string;
  /** the ISO date the document's fiscal year ends */
  fyEnd: string;
  /** the fiscal year the targets are for: its first and last day, and its first half's end */
  targetStart: string;
  targetEnd: string;
  company: string;
  short: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const date = (iso: string) => { const [y, m, d] = iso.split('-').map(Number); return `${MONTHS[m - 1]} ${d}, ${y}`; };
const spanWords = (months: number) => (months === 12 ? 'Fiscal Year' : `${({ 3: 'Three', 6: 'Six', 9: 'Nine' } as Record<number, string>)[months]} Months`);
const lower = (s: string) => s.toLowerCase();
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const tseEn = {
  /** the data pack's sheet of the summary */
  sheet: () => 'TSE summary',
  /** the heading of a change column in the data pack */
  change: () => 'YoY %',
  /** the note that opens the section */
  intro: (w: TseWords) => `Note: The following information is provided to disclose ${w.company} ("${w.short}") financial results (unaudited) for the ${w.months === 12 ? `fiscal year ended ${date(w.end)}` : `${lower(spanWords(w.months))} ended ${date(w.end)}`} in the form defined by the Tokyo Stock Exchange.`,
  title: (w: TseWords) => `Consolidated Financial Results for the ${spanWords(w.months)} Ended ${date(w.end)}`,
  gaap: (_w: TseWords) => '[Under accounting principles generally accepted in the United States ("U.S. GAAP")]',
  companyName: () => 'Company name',
  exchange: () => 'Exchange listed',
  code: () => 'Stock code number',
  url: () => 'URL',
  tel: () => 'TEL',
  /** the exchange's rounding rule for amounts in millions */
  rounding: () => '(Amounts of less than JPY one million are rounded)',
  results: (w: TseWords) => `1. Consolidated Financial Results for the ${spanWords(w.months)} Ended ${date(w.end)} (${date(w.start)} to ${date(w.end)})`,
  operations: () => '(1) Consolidated Results of Operations',
  yoyNote: (_w: TseWords) => '(% shown is YoY change)',
  position: () => '(2) Consolidated Financial Position',
  cashFlows: () => '(3) Consolidated Cash Flow',
  dividends: () => '2. Dividends',
  dividendPerShare: () => 'Dividend per Share',
  targets: (w: TseWords) => `3. Target of Consolidated Financial Results for the Fiscal Year Ending ${date(w.targetEnd)} (${date(w.targetStart)} through ${date(w.targetEnd)})`,
  targetYoyNote: (_w: TseWords) => '(% shown is YoY change)',
  /** "(Reference) Equity in net earning (loss) of equity method investees:" */
  reference: (what: string) => `(Reference) ${what}:`,
  others: () => '4. Others',
  subsidiaries: (w: TseWords) => `Change of Condition in Consolidated Subsidiaries during the ${w.months === 12 ? 'fiscal year' : lower(spanWords(w.months))} ended ${date(w.end)} (Change of Condition in Specific Consolidated Subsidiaries with a Change of Scope of Consolidation)`,
  simplified: () => 'Application of Simplified Accounting Method or Specific Accounting Principles for quarterly consolidated financial statements',
  policies: () => 'Changes in Significant Accounting and Reporting Policies for Consolidated Financial Statements',
  policyStandards: () => '1) Changes due to the revision of accounting standards',
  policyOther: () => '2) Others',
  shares: () => 'Number of Shares Outstanding (Shares of Common Stock)',
  /** "(2)": the exchange numbers the notes it prints */
  numbered: (n: number, text: string) => `(${n}) ${text}`,
  /** a flag of the notes as the data states it, after its question */
  answer: (question: string, answer: string) => `${question}: ${answer}`,
  /** (Note2) of the per-share target */
  perShareTargetNote: (n: number, eps: string, shares: string, treasury: string, issued: string, at: string) =>
    `(Note${n}) ${eps} is computed by dividing net income by ${shares} shares (excluding ${treasury} treasury stock from the ${issued} shares outstanding as of ${date(at)}).`,
  /** (Note1) of the net income target, after a change of presentation */
  netIncomeTargetNote: (n: number, label: string, former: string, lastEnd: string) =>
    `(Note${n}) "${label}" presented above is comparable to the caption "${former}" appearing in the consolidated financial statements for fiscal years ended as of or prior to ${date(lastEnd)}.`,
  /** the exchange's sign style: (38.7) for a decrease, no % sign */
  negative: (body: string) => `(${body})`,
  /** units of the table columns */
  unit: (kind: string) => (({ million: 'JPY millions', pct: '%', yen: 'JPY', dividend: 'Yen', shares: 'Shares' } as Record<string, string>)[kind] ?? ''),
  /** amounts in running lines: "JPY300 million", "JPY1,481.16", "206,478 shares" */
  amount: (x: string, kind: string) => (kind === 'million' ? `JPY${x} million` : kind === 'shares' ? `${x} shares` : `JPY${x}`),
  /** a row's period: "Fiscal year ended March 31, 2009", "Six months ended September 30, 2009"; in the
   *  targets table (forecast): "Interim period ending September 30, 2009", "Fiscal year ending March 31, 2010" */
  periodRow: (r: { months: number; end: string; fyEnd: string; ended: boolean; forecast: boolean }) => {
    const when = r.ended ? 'ended' : 'ending';
    const what = r.months === 12 ? 'Fiscal year' : r.forecast && r.months === 6 ? 'Interim period' : cap(lower(spanWords(r.months)));
    return `${what} ${when} ${date(r.end)}`;
  },
  /** "As of March 31, 2009" (the share counts of the notes) */
  asOf: (iso: string, _fyEnd: string, _months: number) => `As of ${date(iso)}`,
  /** after a dividends row of targets */
  targetMark: () => ' (Target)',
  /** flags of the notes */
  yes: () => 'Yes',
  none: () => 'None',
  /** column heads (the exchange's captions; an item's own label where none is named here) */
  head: (key: string, short: string) => (({
    revenue: 'Total Revenues', operatingIncome: 'Operating Income', pretaxIncome: 'Income before Income Tax Expense (Benefit)',
    netIncome: 'Net Income', netIncomeAttributable: `Net Income attributable to ${short}`,
    epsBasic: 'Basic Net Income per Share', epsDiluted: 'Diluted Net Income per Share',
    epsBasicAttributable: `Basic Net Income attributable to ${short} per Share`, epsDilutedAttributable: `Diluted Net Income attributable to ${short} per Share`,
    roe: "Net Income to Total Shareholders' Equity", roa: 'Income before Income Tax Expense (Benefit) to Total Assets', operatingMargin: 'Operating Margin Ratio',
    totalAssets: 'Total Assets', equity: "Shareholders' Equity", equityCompany: `${short} Shareholders' Equity`,
    equityRatio: "Shareholders' Equity as a percentage of Total Assets", equityRatioCompany: `${short} Shareholders' Equity as a percentage of Total Assets`,
    equityPerShare: "Shareholders' Equity per share", equityPerShareCompany: `${short} Shareholders' Equity per share`,
    operating: 'Operating Activities', investing: 'Investing Activities', financing: 'Financing Activities', cashEnd: 'Cash and Cash Equivalents (End of the Period)',
    q1: '1st quarter-end', q2: '2nd quarter-end', q3: '3rd quarter-end', yearEnd: 'Year-end', total: 'Total',
    totalDividends: 'Total cash dividends for the year', payout: 'Payout Ratio (consolidated)', dividendsToEquity: "Ratio of Dividends to Shareholder's Equity (consolidated)",
    netIncomeTarget: `Net income attributable to ${short}`, epsTarget: `Basic net income per share attributable to ${short} shareholders`,
    equityMethod: 'Equity in net earning (loss) of equity method investees',
    issued: '1) The number of shares outstanding (including treasury stock)', treasury: '2) The number of treasury stock', weighted: '3) The weighted average number of shares outstanding',
  } as Record<string, string>)[key]),
  /** "FY2008: JPY 35 millions" in a reference line */
  referenceValue: (period: string, x: string) => `${period}: JPY ${x} millions`,
};

export type TseMessages = typeof tseEn;
