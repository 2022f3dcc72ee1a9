// Words of the exchange's summary (the TSE-format section of the release, and the data pack's sheet
// of it): the catalog's `tse.*` messages (templates/i18n/<lang>.yaml), read through the same
// catalog as the rest of the templates, so a user folder's i18n/ja.yaml can change one entry of one
// language. The code passes the section's context as arguments: dates in the language's form
// (messages' `date`), the fiscal year a date ends (fyYear, fyMonth), months (12, 3, 6, 9) and the
// quarter (q; interim: the quarter a half-year target ends) as words to choose by.
import type { Catalog } from '../../template/catalog.js';
import { formatMessage } from '../../template/format-message.js';
import { TemplateFault } from '../../errors/template-fault.js';
import type { Messages } from '../../messages/en.js';

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
  /** the fiscal year the targets are for: its first and last day */
  targetStart: string;
  targetEnd: string;
  company: string;
  short: string;
}

/** The words a layout or template asks for by name ({{tse "rounding"}}), each a message of the section's context. */
const CONTEXT_WORDS = {
  sheet: 'sheet', change: 'change', intro: 'intro', title: 'title', gaap: 'gaap', companyName: 'company-name', exchange: 'exchange',
  code: 'code', url: 'url', tel: 'tel', rounding: 'rounding', results: 'results', operations: 'operations', yoyNote: 'yoy-note',
  position: 'position', cashFlows: 'cash-flows', dividends: 'dividends', dividendPerShare: 'dividend-per-share', targets: 'targets',
  targetYoyNote: 'target-yoy-note', others: 'others', subsidiaries: 'subsidiaries', simplified: 'simplified', policies: 'policies',
  policyStandards: 'policy-standards', policyOther: 'policy-other', shares: 'shares', targetMark: 'target-mark', yes: 'yes', none: 'none',
} as const;
type ContextWord = keyof typeof CONTEXT_WORDS;

/** Column heads by the layouts' keys (tse-*.yaml `key`), each `tse.head.<kebab-case key>`. */
const HEADS = ['revenue', 'operatingIncome', 'pretaxIncome', 'netIncome', 'netIncomeAttributable', 'epsBasic', 'epsDiluted', 'epsBasicAttributable',
  'epsDilutedAttributable', 'roe', 'roa', 'operatingMargin', 'totalAssets', 'equity', 'equityCompany', 'equityRatio', 'equityRatioCompany',
  'equityPerShare', 'equityPerShareCompany', 'operating', 'investing', 'financing', 'cashEnd', 'quarterEnd', 'yearEnd', 'total',
  'totalDividends', 'payout', 'dividendsToEquity', 'netIncomeTarget', 'epsTarget', 'equityMethod', 'issued', 'treasury', 'weighted'];
const UNITS = ['million', 'pct', 'yen', 'dividend', 'shares'];
const OTHER = ['reference', 'numbered', 'answer', 'per-share-target-note', 'net-income-target-note', 'negative', 'amount', 'period-row', 'as-of', 'reference-value', 'earlier-target'];
const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Every key of the catalog the summary's code asks for (the catalog test counts them as used). */
export const TSE_KEYS = [...Object.values(CONTEXT_WORDS), ...OTHER, ...HEADS.map((h) => `head.${kebab(h)}`), ...UNITS.map((u) => `unit.${u}`)].map((k) => `tse.${k}`);

export type TseMessages = Record<ContextWord, (w?: TseWords) => string> & {
  reference(what: string): string;
  numbered(n: number, text: string): string;
  answer(question: string, answer: string): string;
  perShareTargetNote(n: number, eps: string, shares: string, treasury: string, issued: string, at: string): string;
  netIncomeTargetNote(n: number, label: string, former: string, lastEnd: string): string;
  negative(body: string): string;
  unit(kind: string): string;
  amount(x: string, kind: string): string;
  periodRow(r: { months: number; end: string; fyEnd: string; ended: boolean; forecast: boolean }): string;
  asOf(iso: string, fyEnd: string, months: number): string;
  head(key: string, short: string): string | undefined;
  referenceValue(period: string, x: string): string;
  /** a target left as an earlier announcement had it, beside targets revised since: "JPY12,837.00 (announced on May 14, 2010)" */
  earlierTarget(x: string, iso: string): string;
};

/** The summary's words in the catalog's language; `m.date` writes a date as the language does. */
export function tseMessages(catalog: Catalog, m: Pick<Messages, 'date'>): TseMessages {
  const say = (key: string, args: Record<string, unknown> = {}): string => {
    const msg = catalog.messages.get(`tse.${key}`);
    if (!msg) throw new TemplateFault([{ code: 'E_TEMPLATE', file: catalog.files.at(-1), field: `tse.${key}`, message: `no message "tse.${key}" in the ${catalog.lang} catalog` }]);
    return formatMessage(msg, args, 'text');
  };
  /** a fiscal year by the date it ends, a span by its months */
  const fy = (fyEnd: string | undefined, months: number | undefined) => ({
    fyYear: fyEnd?.slice(0, 4), fyMonth: fyEnd && String(Number(fyEnd.slice(5, 7))), months: months === undefined ? undefined : String(months), q: months === undefined ? undefined : String(months / 3),
  });
  const date = (iso: string | undefined) => (iso ? m.date(iso) : undefined);
  const context = (w?: Partial<TseWords>): Record<string, unknown> => (w ? {
    ...fy(w.fyEnd, w.months), interim: String(6 / 3), company: w.company, short: w.short, start: date(w.start), end: date(w.end),
    targetStart: date(w.targetStart), targetEnd: date(w.targetEnd), ...(w.targetEnd ? { targetYear: w.targetEnd.slice(0, 4), targetMonth: String(Number(w.targetEnd.slice(5, 7))) } : {}),
  } : {});
  const words = Object.fromEntries(Object.entries(CONTEXT_WORDS).map(([name, key]) => [name, (w?: TseWords) => say(key, context(w))])) as Record<ContextWord, (w?: TseWords) => string>;
  return {
    ...words,
    reference: (what) => say('reference', { what }),
    numbered: (n, text) => say('numbered', { n: String(n), text }),
    answer: (question, answer) => say('answer', { question, answer }),
    perShareTargetNote: (n, eps, shares, treasury, issued, at) => say('per-share-target-note', { n: String(n), eps, shares, treasury, issued, at: m.date(at) }),
    netIncomeTargetNote: (n, label, former, lastEnd) => say('net-income-target-note', { n: String(n), label, former, lastEnd: m.date(lastEnd) }),
    negative: (body) => say('negative', { body }),
    unit: (kind) => (UNITS.includes(kind) ? say(`unit.${kind}`) : ''),
    amount: (x, kind) => say('amount', { x, kind }),
    periodRow: (r) => say('period-row', { ...fy(r.fyEnd, r.months), end: m.date(r.end), ended: r.ended, forecast: r.forecast }),
    asOf: (iso, fyEnd, months) => say('as-of', { ...fy(fyEnd, months), date: m.date(iso) }),
    // q1 … q3: the dividend's quarter-ends, one message by the quarter's number
    head: (key, short) => {
      const q = /^q([1-3])$/.exec(key);
      if (q) return say('head.quarter-end', { n: Number(q[1]) });
      return HEADS.includes(key) ? say(`head.${kebab(key)}`, { short }) : undefined;
    },
    referenceValue: (period, x) => say('reference-value', { period, x }),
    earlierTarget: (x, iso) => say('earlier-target', { x, date: m.date(iso) }),
  };
}
