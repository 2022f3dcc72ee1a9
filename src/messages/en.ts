// Words and phrases users read, in English. Templates, narrative and tests use these functions
// instead of typing the words; messages/ja.ts has the same shape (type Messages).
import type { Comparison } from '../contract/figures.js';
import { sheetEn } from './sheet-en.js';

/** A change as one phrase: its direction, its magnitude as shown and what it is compared with. */
export interface Change {
  dir: 'up' | 'down' | 'none';
  /** "4.3%", "JPY183 million", "1.6" (points), "58" (a count) */
  x: string;
  vs?: Comparison;
  /** plain: "up 4.3%"; verb: "increased 4.3%"; points: "up 1.6 points" */
  style?: 'plain' | 'verb' | 'points';
}
/** How a result moved across a change of sign (or between two losses). */
export type Turn = 'to-loss' | 'to-profit' | 'narrowed' | 'widened';
/** A result (a profit or a loss) as words: the label already reads the sign ("Net loss"). */
/** The period a line's figure is for, where a language words the line by it (Japanese: 当期純利益 for a year,
 *  四半期純利益 for a quarter, 中間純利益 for a half before quarterly reporting): its span and the calendar
 *  year and month its fiscal year starts. A target is worded as a year. */
export interface LabelPeriod { span: 'year' | 'half' | 'quarter'; fyStart: { y: number; m: number } }

export interface Result {
  label: string;
  /** the magnitude with its unit: "JPY13 million" */
  amount: string;
  /** the change phrase, when the result and its comparison are both profits: "down 37.5% YoY" */
  change?: string;
  /** the result it is compared with, when a turn is named (or a comparison asked for) */
  prior?: { label: string; amount: string; when: string };
  turn?: Turn;
}
/** "Net income" → "net income"; "SI revenues" and "IIJ …" keep their capitals. */
const inSentence = (label: string) => (/^[A-Z][a-z]/.test(label) ? label[0].toLowerCase() + label.slice(1) : label);
/** "Net sales were", "Operating income was" */
const wasOrWere = (label: string) => (/\b(sales|revenues|expenses|costs|losses)$/i.test(label.replace(/<[^>]*>/g, '').trim()) ? 'were' : 'was');
const TURNS: Record<Turn, string> = { 'to-loss': 'turned to a loss', 'to-profit': 'returned to profit', narrowed: 'loss narrowed', widened: 'loss widened' };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Oct.', 'Nov.', 'Dec.'];

export const en = {
  lang: 'en',
  /** the entry workbook and its import (src/sheet), operator words: messages/sheet-en.ts */
  sheet: sheetEn,
  up: (x: string) => `up ${x}`,
  down: (x: string) => `down ${x}`,
  unchanged: () => 'unchanged',
  notMeaningful: () => 'n.m.',
  /** an item's label for a figure of a period (English words a line the same for every period) */
  labelFor: (label: string, _p?: LabelPeriod) => label,
  /** figures.json's reason of a change with no comparable figure (model/not-comparable.ts) */
  /** a chart's alt text: a series' point not drawn for a period, and why ("YoY, FY25: no point drawn. No comparable figure: …") */
  chartNoPoint: (series: string, period: string, why: string) => `${series}, ${period}: no point drawn. ${why.replace(/([^.])$/, '$1.')}`,
  notComparable: (x: { label: string; since: string; base: string }) => `no comparable figure: ${x.label} is reported from ${x.since}, and ${x.base} was not restated in the new grouping`,
  yen: (amount: string, scale: string) => `JPY${amount}${scale ? ` ${scale}` : ''}`,
  usd: (amount: string, scale: string) => `$${amount}${scale ? ` ${scale}` : ''}`,
  scale: { 1: '', 1e3: 'thousand', 1e6: 'million', 1e9: 'billion' } as Record<number, string>,
  percent: (x: string) => `${x}%`,
  /** a revised target beside the one it replaced: "revised up to JPY1,250 from JPY1,000" */
  targetRevised: (dir: 'up' | 'down', to: string, from: string) => `revised ${dir} to ${to} from ${from}`,
  /** what a change is compared with, after the change: " YoY", " QoQ", " from 4Q07" */
  versus: (vs: Comparison | undefined) => (!vs ? '' : vs.base === 'yoy' ? ' YoY' : vs.base === 'qoq' ? ' QoQ'
    : vs.base === 'ytd' ? ` from the beginning of the fiscal year` : vs.base === 'target' ? ' against the target' : ` from ${vs.label ?? ''}`),
  /** a whole change phrase: "up 4.3% YoY", "increased 5.4% QoQ", "down 0.3 points YoY", "unchanged YoY" */
  change: (c: Change) => {
    const body = c.dir === 'none' ? en.unchanged()
      : c.style === 'points' ? `${c.dir} ${c.x} points`
        : c.style === 'verb' ? `${c.dir === 'up' ? 'increased' : 'decreased'} ${c.x}` : c.dir === 'up' ? en.up(c.x) : en.down(c.x);
    return `${body}${en.versus(c.vs)}`;
  },
  date: (iso: string) => { const [y, m, d] = iso.split('-').map(Number); return `${MONTHS[m - 1]} ${d}, ${y}`; },
  /** a figure at a date inside or after the period: "440 as of May 15, 2010" */
  atDate: (amount: string, iso: string) => `${amount} ${en.asOf(iso)}`,
  dayMonth: (iso: string) => { const [, m, d] = iso.split('-').map(Number); return `${MONTHS[m - 1]} ${d}`; },
  monthYear: (iso: string) => { const [y, m] = iso.split('-').map(Number); return `${MON[m - 1]} ${y}`; },
  // period labels in the company's conventions; fy is the company's fiscal-year number, fyEnd the
  // ISO date the fiscal year ends (Japanese labels name the year by its end: 2010年3月期)
  fyShort: (fy: number, _fyEnd: string) => `FY${String(fy % 100).padStart(2, '0')}`,
  fyLong: (fy: number, _fyEnd: string) => `FY${fy}`,
  /** compact labels (charts, table columns): 4Q09, 1H09, 9M09 */
  quarter: (q: number, fy: number, _fyEnd: string) => `${q}Q${String(fy % 100).padStart(2, '0')}`,
  half: (h: number, fy: number, _fyEnd: string) => `${h}H${String(fy % 100).padStart(2, '0')}`,
  nineMonths: (fy: number, _fyEnd: string) => `9M${String(fy % 100).padStart(2, '0')}`,
  /** the same periods in running text (English uses the compact labels) */
  quarterLong: (q: number, fy: number, fyEnd: string) => en.quarter(q, fy, fyEnd),
  halfLong: (h: number, fy: number, fyEnd: string) => en.half(h, fy, fyEnd),
  nineMonthsLong: (fy: number, fyEnd: string) => en.nineMonths(fy, fyEnd),
  monthRange: (s: { y: number; m: number }, e: { y: number; m: number }) =>
    `(${String(s.y % 100).padStart(2, '0')}/${s.m}~${String(e.y % 100).padStart(2, '0')}/${String(e.m).padStart(2, '0')})`,
  fiscalYearEnded: (endIso: string, ended: boolean) => `Fiscal Year ${ended ? 'ended' : 'ending'} ${en.date(endIso)}`,
  /** a title, as the company heads a statement column ("Three Months ended September 30, 2008", seed 001),
   *  and as fiscalYearEnded heads a year: the deck's cover prints it */
  monthsEnded: (months: number, endIso: string) => `${({ 3: 'Three', 6: 'Six', 9: 'Nine', 12: 'Twelve' } as Record<number, string>)[months]} Months ended ${en.date(endIso)}`,
  asOf: (iso: string) => `as of ${en.date(iso)}`,
  yoyFootnote: (a: string, b: string) => `YoY = ${a} compared to ${b}`,
  qoqFootnote: (a: string, b: string) => `QoQ = ${a} compared to ${b}`,
  /** "2010.5.14", as the deck's cover prints its date */
  dottedDate: (iso: string) => { const [y, m, d] = iso.split('-').map(Number); return `${y}.${m}.${d}`; },
  /** a figure's label in figures.json and the deck's speaker notes, for a measure of an item
   *  ("yoy", "target", "usd" …); undefined: the model's English wording */
  figureLabel: (_item: string, _measure: string, _announced?: string): string | undefined => undefined,
  /** a document's text translated from another language (narrative files marked `translation:`) */
  translated: (from: string) => `(translated from ${({ ja: 'Japanese', en: 'English' } as Record<string, string>)[from] ?? from})`,
  /** narrative the document leaves out: the data has it in another language only */
  untranslated: (section: string, from: string) => `narrative "${section}" is not translated from ${({ ja: 'Japanese', en: 'English' } as Record<string, string>)[from] ?? from}`,
  /** results that read their sign (render/result-helpers.ts): "net loss of JPY13 million" */
  result: {
    /** the label of a loss: "Operating income" → "Operating loss", "Net income attributable to X" → "Net loss attributable to X" */
    lossLabel: (label: string) => label.replace(/\b(income|profit)\b/i, (w) => (w[0] === w[0].toUpperCase() ? 'Loss' : 'loss')),
    /** when the compared result was: "a year earlier", "in the previous quarter", "in 3Q07" */
    when: (vs: Comparison | undefined, period: string) => (vs?.base === 'yoy' ? 'a year earlier' : vs?.base === 'qoq' ? 'in the previous quarter' : `in ${period}`),
    turn: (t: Turn) => TURNS[t],
    /** "Net loss was JPY13 million compared to net income of JPY607 million a year earlier (turned to a loss)";
     *  "Operating income was JPY1,844 million, down 37.5% YoY" (no full stop: a reason may follow) */
    was: (r: Result) => (r.prior
      ? `${r.label} ${wasOrWere(r.label)} ${r.amount} compared to ${r.turn ? `${inSentence(r.prior.label)} of ` : ''}${r.prior.amount} ${r.prior.when}${r.turn ? ` (${TURNS[r.turn]})` : ''}`
      : `${r.label} ${wasOrWere(r.label)} ${r.amount}${r.change ? `, ${r.change}` : ''}`),
    /** an amount with its convenience translation: "JPY2,917 million ($29 million)" */
    withChange: (amount: string, change: string) => `${amount} (${change})`,
    withUsd: (yen: string, usd: string) => `${yen} (${usd})`,
    /** "net loss of JPY13 million (net income of JPY607 million a year earlier)" */
    amountOf: (r: Result) => `${inSentence(r.label)} of ${r.amount}${r.prior ? ` (${inSentence(r.prior.label)} of ${r.prior.amount} ${r.prior.when})` : ''}`,
    /** a loss in a list of amounts, as the company writes it: "JPY92 million in losses" */
    inLosses: (amount: string) => `${amount} in losses`,
  },
  /** the preflight's findings (src/preflight): what a document it just read gets wrong */
  preflight: {
    sign: (id: string, period: string, display: string) => `words contradict the sign of ${id}@${period} (${display}): a loss written as income, or a % change across a change of sign`,
    precision: (id: string, scale: string, half: string) => `${id} is printed in ${scale}s, beyond its precision (±${half} JPY): the digits are padding`,
    /** a computed ratio printed to a digit its inputs do not support */
    ratioPrecision: (id: string, shown: string, lo: string, hi: string) => `${id} is printed as ${shown}, but its inputs' rounding allows anything from ${lo}% to ${hi}%: a digit beyond its precision`,
    datedAfter: (iso: string, to: string) => `dated ${iso}, after the document's window (to ${to})`,
    listOutside: (list: string, date: string, from: string, to: string) => `an item of ${list} dated ${date}, outside the document's window (${from} to ${to})`,
    authorNote: () => 'a note to the author on an investor\'s page',
    emptyBullet: () => 'an empty bullet',
    emptyHeading: () => 'a heading with nothing under it',
    emptyTable: () => 'a table without content',
    unlabelledTable: () => 'a table whose rows have values and no labels',
    emptyRow: () => 'an empty table row',
    repeated: (label: string) => `the period ${label} named twice in one line`,
    label: (id: string, label: string, inForce: string) => `"${label}" is not the wording in force for this period (${id}: "${inForce}")`,
    where: (file: string, page: number, kind: 'pdf' | 'pptx') => `${file} ${kind === 'pptx' ? 'slide' : 'page'} ${page}`,
    summary: (errors: number, warnings: number) => `preflight: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
    strictHint: () => 'warnings count as errors (--strict / preflight: strict)',
  },
  /** the results deck (render/deck): words the slide code itself writes */
  deck: {
    continued: (title: string) => `${title} (cont.)`,
    grain: (g: 'quarter' | 'half' | 'year') => ({ quarter: 'quarter', half: 'half year', year: 'fiscal year' })[g],
    /** said on a chart that uses coarser periods than its template asks for */
    coarser: (asked: string, missing: string[], used: string) => `${asked[0].toUpperCase()}${asked.slice(1)}ly figures are not available for ${missing.join(', ')}; shown by ${used}.`,
    leftOut: (missing: string[]) => `No figures for ${missing.join(', ')}: not shown.`,
    notes: (n: number) => `Sources of the ${n} figure${n === 1 ? '' : 's'} on this slide (seed document:line):`,
    textSources: () => 'Text from (seed document:line):',
    noSources: () => 'No figures on this slide.',
    copyright: (year: string, company: string) => `© ${year} ${company}`,
    /** "increased 5.4%", "decreased 10.6%" */
    increased: (x: string) => `increased ${x}`,
    decreased: (x: string) => `decreased ${x}`,
    /** "up 1.6 points", "down 0.3 points" */
    upPoints: (x: string) => `up ${x} points`,
    downPoints: (x: string) => `down ${x} points`,
    /** an agenda or divider line: "II. FY2009 Consolidated Financial Results" */
    numbered: (n: string, title: string) => `${n} ${title}`,
    /** slides of one topic share a number: "Connectivity and Outsourcing Services (1) Revenues" */
    part: (group: string, k: number, title: string) => `${group} (${k}) ${title}`,
  },
  /** the earnings release (render/release): phrases generated from the period */
  release: {
    forImmediateRelease: () => 'For Immediate Release',
    /** what the release covers, by the span of its cumulative period */
    scope: (span: string) => (({ FY: 'Full Year and Fourth Quarter', H1: 'First Six Months', '9M': 'Third Quarter and First Nine Months', Q1: 'First Quarter' } as Record<string, string>)[span] ?? ''),
    title: (company: string, scope: string, fyEnd: string, ended: boolean) =>
      `${company} Announces ${scope} Financial Results for ${ended ? 'Fiscal Year Ended' : 'the Fiscal Year Ending'} ${en.date(fyEnd)}`,
    /** "full year and 4th quarter consolidated financial results for fiscal year ended March 31, 2009 ("FY2008")" */
    announced: (span: string, fyEnd: string, start: string, end: string, label: string) => span === 'FY'
      ? `its full year and 4th quarter consolidated financial results for fiscal year ended ${en.date(fyEnd)} ("${label}")`
      : `its consolidated financial results for ${({ H1: 'the first six months', '9M': 'the third quarter and the first nine months', Q1: 'the first quarter' } as Record<string, string>)[span] ?? 'the period'} of Fiscal Year Ending ${en.date(fyEnd)} (from ${en.dayMonth(start)} to ${en.date(end)}, "${label}")`,
    dateline: (city: string, date: string | undefined, company: string, tickers: string, announced: string) =>
      `${[city, date && en.date(date)].filter(Boolean).join(', ')} - ${company} (${tickers}) today announced ${announced}.`,
    tickers: (short: string, list: { exchange: string; symbol: string }[]) => [`"${short}"`, ...list.map((t) => `${t.exchange}:${t.symbol}`)].join(', '),
    /** "Full FY2008", "1H FY2009", "9M FY2009", "1Q FY2009" */
    scopeName: (span: string, fy: number, fyEnd: string) => (span === 'FY' ? `Full ${en.fyLong(fy, fyEnd)}` : `${span === '9M' ? '9M' : span.replace(/^([HQ])(\d)$/, '$2$1')} ${en.fyLong(fy, fyEnd)}`),
    /** "Fourth Quarter FY2008" */
    quarterName: (q: number, fy: number, fyEnd: string) => `${['First', 'Second', 'Third', 'Fourth'][q - 1]} Quarter ${en.fyLong(fy, fyEnd)}`,
    /** "4th Quarter FY2008 Consolidated Financial Results (3 months)" */
    quarterSection: (q: number, fy: number, fyEnd: string) => `${['1st', '2nd', '3rd', '4th'][q - 1]} Quarter ${en.fyLong(fy, fyEnd)} Consolidated Financial Results (3 months)`,
    quarterIntro: (q: number, fy: number, start: string, end: string, fyEnd: string) =>
      `The following tables are highlight data of ${['1st', '2nd', '3rd', '4th'][q - 1]} Quarter ${en.fyLong(fy, fyEnd)} consolidated financial results (unaudited, from ${en.date(start)} to ${en.date(end)}).`,
    /** table headers; vs: what the column compares (Japanese says 前期比 for a year, 前年同期比 for a quarter) */
    target: () => 'Target',
    yoyChange: (_vs?: Comparison) => 'YoY % change',
    qoqChange: (_vs?: Comparison) => 'QoQ % change',
    yoyDiff: (_vs?: Comparison) => 'YoY Change',
    ytdDiff: (_vs?: Comparison) => 'Change',
    /** the targets table's column heads (by item id; other items use their taxonomy label) */
    /** net income before ASC 810 / attributable to the company after it */
    netIncome: (_p?: LabelPeriod) => 'Net income',
    netIncomeAttributable: (company: string, _p?: LabelPeriod) => `Net income attributable to ${company}`,
    /** a balance's change since the fiscal year's opening, with its reason: "accounts receivable decreased by JPY1,283 million" */
    balanceChange: (label: string, moved: string, open: string | undefined, because: string) =>
      `${label} ${moved}${open ? ` from the balance as of ${open}${because ? ',' : ''}` : ''}${because ? ` ${because}` : ''}`,
    /** a list of balance changes: "; " between clauses, ". " between sentences */
    balanceChanges: (list: string[], sentences: boolean) => list.join(sentences ? '. ' : '; '),
    /** narrative sentences after a generated sentence */
    /** where {{reason}} puts a narrative reason: after a generated sentence: a clause before its full stop, then sentences */
    reasonStyle: 'after' as 'after' | 'inline',
    joinSentences: (list: string[]) => (list.length ? ` ${list.join(' ')}` : ''),
    unit: (kind: string) => (({ million: 'JPY millions', thousand: 'Thousands of JPY', 'usd-thousand': 'Thousands of U.S. Dollars', 'usd-million': 'U.S. Dollars in millions', one: 'JPY', 'usd-one': 'U.S. Dollars', 'pct-of-revenue': '% of total revenues', 'pct-of-assets': '%', shares: 'Shares' } as Record<string, string>)[kind] ?? ''),
    /** "Fiscal Year Ended March 31, 2009", "Six Months Ended September 30, 2009", "As of March 31, 2009" */
    statementPeriod: (months: number | undefined, end: string) => months === undefined ? `As of ${en.date(end)}`
      : months === 12 ? `Fiscal Year Ended ${en.date(end)}` : `${({ 3: 'Three', 6: 'Six', 9: 'Nine' } as Record<number, string>)[months]} Months Ended ${en.date(end)}`,
    /** "(For the fiscal year ended March 31, 2008 and March 31, 2009)" */
    statementSpan: (months: number | undefined, a: string, b: string) => months === undefined ? `(As of ${en.date(a)} and ${en.date(b)})`
      : `(For the ${months === 12 ? 'fiscal year' : `${({ 3: 'three', 6: 'six', 9: 'nine' } as Record<number, string>)[months]} months`} ended ${en.date(a)} and ${en.date(b)})`,
    balanceAt: (iso: string) => `BALANCE, ${en.date(iso).toUpperCase()}`,
    increaseOf: (x: string) => `an increase of ${x}`,
    decreaseOf: (x: string) => `a decrease of ${x}`,
    increasedBy: (x: string) => `increased by ${x}`,
    decreasedBy: (x: string) => `decreased by ${x}`,
    /** a change of exactly zero, where {{delta}} / {{movedBy}} would name an amount */
    noChange: () => 'unchanged',
    unchangedBy: () => 'was unchanged',
    upPoints: (x: string) => `up ${x} points`,
    downPoints: (x: string) => `down ${x} points`,
    from: (change: string, period: string) => `${change} from ${period}`,
    page: () => 'Page',
    of: () => 'of',
  },
};

export type Messages = typeof en;
