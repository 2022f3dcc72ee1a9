// Words and phrases users read, in Japanese: the shape of messages/en.ts (type Messages), in the
// word order of Japanese IR documents ("前期比4.3%増", "69,731百万円", "2010年3月期第4四半期").
//
// Period labels name the fiscal year by the month it ends, as Japanese companies do: IIJ's FY2009
// (April 2009 – March 2010) is "2010年3月期". In running text and table headers (short labels):
// 2010年3月期, 2010年3月期第4四半期, 2010年3月期第2四半期累計 (a first half: the cumulative second
// quarter, as the TSE summaries call it; a second half is 下期), 2010年3月期第3四半期累計. In charts
// and table columns (compact labels): 10/3期, 10/3期 4Q, 10/3期 上期, 10/3期 3Q累計.
// A full year compares with 前期 (前期比), a quarter or half with 前年同期 (前年同期比), a balance
// with the previous year-end (前期末比) or the same date a year earlier (前年同期末比).
import type { Comparison } from '../contract/figures.js';
import { en, type Change, type LabelPeriod, type Messages, type Result, type Turn } from './en.js';

const parts = (iso: string) => iso.split('-').map(Number);
/** "71.0" (billions) → "710" (億): the amount ten times over, the decimal point moved, digits grouped */
function tenfold(amount: string): string {
  const [int, frac = ''] = amount.replace(/,/g, '').split('.');
  const digits = `${int}${frac.slice(0, 1).padEnd(1, '0')}`.replace(/^0+(?=\d)/, '');
  const rest = frac.slice(1);
  return `${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${rest ? `.${rest}` : ''}`;
}
/** "2010年3月期" from the ISO date a fiscal year ends */
const fyOf = (fyEnd: string) => { const [y, m] = parts(fyEnd); return `${y}年${m}月期`; };
/** "10/3期" */
const fyCompact = (fyEnd: string) => { const [y, m] = parts(fyEnd); return `${String(y % 100).padStart(2, '0')}/${m}期`; };

/** 前期比 / 前年同期比 / 前四半期比 / 前期末比 / 計画比 / 10/3期 4Q比 */
function base(vs: Comparison): string {
  switch (vs.base) {
    case 'yoy':
      if (vs.span === 'instant') return vs.yearEnd ? '前期末比' : '前年同期末比';
      return vs.span === 'FY' ? '前期比' : '前年同期比';
    case 'qoq': return vs.span === 'instant' ? '前四半期末比' : '前四半期比';
    case 'ytd': return '前期末比';
    case 'target': return '計画比';
    case 'period': return `${vs.label ?? ''}比`;
  }
}

/** Japan's quarterly reporting (四半期報告制度) covers fiscal years starting on or after April 1, 2008: from
 *  then a half is the cumulative second quarter (四半期純利益); before it, an interim period (中間純利益). */
const QUARTERLY_REPORTING_FROM = { y: 2008, m: 4 };
/** 当期 (a year, a target), 四半期 (a quarter, nine months, a half under quarterly reporting), 中間 (a half before it) */
function periodWord(p: LabelPeriod | undefined): string {
  if (!p || p.span === 'year') return '当期';
  if (p.span === 'quarter') return '四半期';
  const from = QUARTERLY_REPORTING_FROM;
  return p.fyStart.y * 12 + p.fyStart.m >= from.y * 12 + from.m ? '四半期' : '中間';
}

const TURNS_JA: Record<Turn, string> = { 'to-loss': '赤字に転落しました', 'to-profit': '黒字に転換しました', narrowed: '損失が縮小しました', widened: '損失が拡大しました' };

const MONTHS_JA = (months: number) => `${months}カ月間`;

export const ja: Messages = {
  lang: 'ja',
  up: (x: string) => `${x}増`,
  down: (x: string) => `${x}減`,
  unchanged: () => '横ばい',
  notMeaningful: () => '－',
  /** 当期純利益 → 四半期純利益 / 中間純利益 by the figure's period (当社株主に帰属する四半期純利益, 税引前四半期純利益 …) */
  labelFor: (label: string, p?: LabelPeriod) => label.replace(/当期純(利益|損失|損益)/g, (_all, x: string) => `${periodWord(p)}純${x}`),
  chartNoPoint: (series: string, period: string, why: string) => `${series}（${period}）：表示なし。${why.replace(/([^。])$/, '$1。')}`,
  notComparable: (x: { label: string; since: string; base: string }) => `比較可能な数値なし：${x.label}は${x.since}から区分して表示しており、${x.base}は新しい区分に組み替えていません`,
  /** "69,731百万円"; billions are shown in 億円 ("710億円"); without an amount, the unit ("百万円", "十億円") */
  yen: (amount: string, scale: string) => (scale === '十億' && amount ? `${tenfold(amount)}億円` : `${amount}${scale}円`),
  usd: (amount: string, scale: string) => (scale === '十億' && amount ? `${tenfold(amount)}億米ドル` : `${amount}${scale}米ドル`),
  scale: { 1: '', 1e3: '千', 1e6: '百万', 1e9: '十億' } as Record<number, string>,
  percent: (x: string) => `${x}%`,
  /** 「1,000円から1,250円に上方修正」 */
  targetRevised: (dir: 'up' | 'down', to: string, from: string) => `${from}から${to}に${dir === 'up' ? '上方' : '下方'}修正`,
  versus: (vs: Comparison | undefined) => (vs ? base(vs) : ''),
  /** "前期比4.3%増", "前年同期比4.3%減", "前期比横ばい", "前四半期比5.4%増加", "前期比1.6ポイント上昇" */
  change: (c: Change) => {
    const pre = c.vs ? base(c.vs) : '';
    if (c.dir === 'none') return `${pre}横ばい`;
    const word = c.style === 'points' ? (c.dir === 'up' ? 'ポイント上昇' : 'ポイント低下')
      : c.style === 'verb' ? (c.dir === 'up' ? '増加' : '減少') : c.dir === 'up' ? '増' : '減';
    return `${pre}${c.x}${word}`;
  },
  date: (iso: string) => { const [y, m, d] = parts(iso); return `${y}年${m}月${d}日`; },
  atDate: (amount: string, iso: string) => `${ja.asOf(iso)} ${amount}`,
  dayMonth: (iso: string) => { const [, m, d] = parts(iso); return `${m}月${d}日`; },
  monthYear: (iso: string) => { const [y, m] = parts(iso); return `${y}年${m}月末`; },
  fyShort: (_fy: number, fyEnd: string) => fyCompact(fyEnd),
  fyLong: (_fy: number, fyEnd: string) => fyOf(fyEnd),
  quarter: (q: number, _fy: number, fyEnd: string) => `${fyCompact(fyEnd)} ${q}Q`,
  half: (h: number, _fy: number, fyEnd: string) => `${fyCompact(fyEnd)} ${h === 1 ? '上期' : '下期'}`,
  nineMonths: (_fy: number, fyEnd: string) => `${fyCompact(fyEnd)} 3Q累計`,
  quarterLong: (q: number, _fy: number, fyEnd: string) => `${fyOf(fyEnd)}第${q}四半期`,
  halfLong: (h: number, _fy: number, fyEnd: string) => `${fyOf(fyEnd)}${h === 1 ? '第2四半期累計' : '下期'}`,
  nineMonthsLong: (_fy: number, fyEnd: string) => `${fyOf(fyEnd)}第3四半期累計`,
  monthRange: (s: { y: number; m: number }, e: { y: number; m: number }) => `（${s.y}年${s.m}月～${e.y}年${e.m}月）`,
  /** the deck's cover: "2010年3月期" */
  fiscalYearEnded: (endIso: string, _ended: boolean) => fyOf(endIso),
  monthsEnded: (months: number, endIso: string) => `${ja.date(endIso)}に終了した${MONTHS_JA(months)}`,
  asOf: (iso: string) => `${ja.date(iso)}現在`,
  yoyFootnote: (a: string, b: string) => `前年同期比：${a}と${b}の比較`,
  qoqFootnote: (a: string, b: string) => `前四半期比：${a}と${b}の比較`,
  dottedDate: (iso: string) => ja.date(iso),
  figureLabel: (item: string, measure: string, announced?: string) => {
    const words: Record<string, string> = {
      usd: '（米ドル換算）', yoy: '前年同期比増減率', qoq: '前四半期比増減率', 'pct-of-revenue': '売上高比', 'pct-of-assets': '総資産比',
      'vs-target': '計画比', 'yoy-diff': '前年同期比増減', 'qoq-diff': '前四半期比増減', 'ytd-diff': '前期末比増減',
      'yoy-pts': '前年同期比増減（ポイント）', 'qoq-pts': '前四半期比増減（ポイント）', 'ytd-pts': '前期末比増減（ポイント）',
      target: `計画（${announced ?? ''}公表）`, 'target-yoy-diff': '計画の前期比増減', 'target-yoy': '計画の前期比増減率',
    };
    const w = words[measure];
    return w === undefined ? undefined : measure === 'usd' ? `${item}${w}` : `${item} — ${w}`;
  },
  translated: (from: string) => `（${({ en: '英文', ja: '和文' } as Record<string, string>)[from] ?? from}資料からの翻訳）`,
  untranslated: (section: string, from: string) => `${section}：${({ en: '英文', ja: '和文' } as Record<string, string>)[from] ?? from}の記述に日本語訳がないため掲載していません`,
  /** the preflight reports to the operator, in English (the CLI's language) */
  preflight: en.preflight,
  /** the entry workbook and its import report to the operator, in English (the CLI's language) */
  sheet: en.sheet,
  result: {
    /** "営業利益" → "営業損失", "当社株主に帰属する当期純利益" → "当社株主に帰属する当期純損失" */
    lossLabel: (label: string) => label.replace(/利益/, '損失').replace(/\b(income|profit)\b/i, (w) => (w[0] === w[0].toUpperCase() ? 'Loss' : 'loss')),
    /** 前期 / 前年同期 / 前四半期 / 10/3期 3Q */
    when: (vs: Comparison | undefined, period: string) => (vs?.base === 'yoy' ? (vs.span === 'FY' ? '前期' : '前年同期') : vs?.base === 'qoq' ? '前四半期' : period),
    turn: (t: Turn) => TURNS_JA[t].replace(/しました$/, ''),
    /** "当期純損失は13百万円（前年同期は当期純利益607百万円）となり、赤字に転落しました"; "営業利益は1,844百万円（前期比37.5%減）となりました" */
    was: (r: Result) => (r.prior
      ? `${r.label}は${r.amount}（${r.prior.when}は${r.turn ? r.prior.label : ''}${r.prior.amount}）となり${r.turn ? `、${TURNS_JA[r.turn]}` : 'ました'}`
      : `${r.label}は${r.amount}${r.change ? `（${r.change}）` : ''}となりました`),
    withChange: (amount: string, change: string) => `${amount}（${change}）`,
    withUsd: (yen: string, usd: string) => `${yen}（${usd}）`,
    /** "当期純損失13百万円（前年同期は当期純利益607百万円）" */
    amountOf: (r: Result) => `${r.label}${r.amount}${r.prior ? `（${r.prior.when}は${r.prior.label}${r.prior.amount}）` : ''}`,
    inLosses: (amount: string) => `${amount}の損失`,
  },
  deck: {
    continued: (title: string) => `${title}（続き）`,
    grain: (g: 'quarter' | 'half' | 'year') => ({ quarter: '四半期', half: '半期', year: '通期' })[g],
    coarser: (asked: string, missing: string[], used: string) => `${missing.join('、')}の${asked}の数値がないため、${used}で表示しています。`,
    leftOut: (missing: string[]) => `${missing.join('、')}の数値がないため表示していません。`,
    notes: (n: number) => `このスライドの数値${n}件の出典（シード文書:行）：`,
    textSources: () => '本文の出典（シード文書:行）：',
    noSources: () => 'このスライドに数値はありません。',
    copyright: (year: string, company: string) => `© ${year} ${company}`,
    increased: (x: string) => `${x}増加`,
    decreased: (x: string) => `${x}減少`,
    upPoints: (x: string) => `${x}ポイント上昇`,
    downPoints: (x: string) => `${x}ポイント低下`,
    numbered: (n: string, title: string) => `${n} ${title}`,
    part: (group: string, k: number, title: string) => `${group}（${k}）${title}`,
  },
  release: {
    forImmediateRelease: () => 'ニュースリリース',
    scope: (span: string) => (({ FY: '通期及び第4四半期', H1: '第2四半期累計期間', '9M': '第3四半期累計期間', Q1: '第1四半期' } as Record<string, string>)[span] ?? ''),
    /** "IIJ、2009年3月期 通期及び第4四半期の連結決算を発表" */
    title: (company: string, scope: string, fyEnd: string, _ended: boolean) => `${company}、${fyOf(fyEnd)} ${scope}の連結決算を発表`,
    announced: (span: string, fyEnd: string, start: string, end: string, label: string) => (span === 'FY'
      ? `${ja.date(fyEnd)}に終了した連結会計年度（${label}）の通期及び第4四半期の連結決算`
      : `${label}（${ja.date(start)}～${ja.date(end)}）の連結決算`),
    /** "2009年5月15日、株式会社インターネットイニシアティブ（以下「IIJ」、NASDAQ:IIJI、TSE:3774）は本日、…を発表しました。" */
    dateline: (_city: string, date: string | undefined, company: string, tickers: string, announced: string) =>
      `${date ? `${ja.date(date)}、` : ''}${company}（${tickers}）は${date ? '本日' : ''}、${announced}を発表しました。`,
    tickers: (short: string, list: { exchange: string; symbol: string }[]) => [`以下「${short}」`, ...list.map((t) => `${t.exchange}:${t.symbol}`)].join('、'),
    scopeName: (span: string, fy: number, fyEnd: string) => (span === 'FY' ? `${fyOf(fyEnd)} 通期`
      : span === 'H1' ? ja.halfLong(1, fy, fyEnd) : span === '9M' ? ja.nineMonthsLong(fy, fyEnd) : span.startsWith('Q') ? ja.quarterLong(Number(span[1]), fy, fyEnd) : `${fyOf(fyEnd)} ${span}`),
    quarterName: (q: number, fy: number, fyEnd: string) => ja.quarterLong(q, fy, fyEnd),
    quarterSection: (q: number, fy: number, fyEnd: string) => `${ja.quarterLong(q, fy, fyEnd)}（${MONTHS_JA(3)}）の連結業績`,
    quarterIntro: (q: number, fy: number, start: string, end: string, fyEnd: string) =>
      `以下は、${ja.quarterLong(q, fy, fyEnd)}（${ja.date(start)}～${ja.date(end)}、未監査）の連結業績の概要です。`,
    target: () => '計画',
    yoyChange: (vs?: Comparison) => `${vs ? base(vs) : '前年同期比'}増減率`,
    qoqChange: (vs?: Comparison) => `${vs ? base(vs) : '前四半期比'}増減率`,
    yoyDiff: (vs?: Comparison) => `${vs ? base(vs) : '前年同期比'}増減`,
    ytdDiff: (_vs?: Comparison) => '前期末比増減',
    /** the targets table uses the taxonomy's Japanese labels */
    netIncome: (p?: LabelPeriod) => `${periodWord(p)}純利益`,
    netIncomeAttributable: (_company: string, p?: LabelPeriod) => `当社株主に帰属する${periodWord(p)}純利益`,
    /** "売掛金は1,140百万円増加しました。…によるものです" (the caller ends the last sentence) */
    balanceChange: (label: string, moved: string, open: string | undefined, because: string) =>
      `${label}は${open ? `${open}現在の残高から` : ''}${moved}しました${because ? `。${because.replace(/。$/, '')}` : ''}`,
    balanceChanges: (list: string[], _sentences: boolean) => list.join('。'),
    /** where {{reason}} puts a narrative reason: inline: each reason a sentence after the generated one (the template's sentence ends first) */
    reasonStyle: 'inline' as 'after' | 'inline',
    joinSentences: (list: string[]) => list.join(''),
    unit: (kind: string) => (({ million: '百万円', thousand: '千円', 'usd-thousand': '千米ドル', 'usd-million': '百万米ドル', one: '円', 'usd-one': '米ドル', 'pct-of-revenue': '売上高比（%）', 'pct-of-assets': '構成比（%）', shares: '株' } as Record<string, string>)[kind] ?? ''),
    /** column headers of the statements: "2009年3月期", "2009年9月30日に終了した6カ月間", "2009年3月31日現在" */
    statementPeriod: (months: number | undefined, end: string) => (months === undefined ? ja.asOf(end)
      : months === 12 ? fyOf(end) : `${ja.date(end)}に終了した${MONTHS_JA(months)}`),
    statementSpan: (months: number | undefined, a: string, b: string) => (months === undefined ? `（${ja.date(a)}及び${ja.date(b)}現在）`
      : `（${ja.date(a)}及び${ja.date(b)}に終了した${months === 12 ? '各連結会計年度' : `各${MONTHS_JA(months)}`}）`),
    balanceAt: (iso: string) => `${ja.date(iso)}現在残高`,
    increaseOf: (x: string) => `${x}の増加`,
    decreaseOf: (x: string) => `${x}の減少`,
    increasedBy: (x: string) => `${x}増加`,
    decreasedBy: (x: string) => `${x}減少`,
    noChange: () => '横ばい',
    unchangedBy: () => '変わらず推移',
    upPoints: (x: string) => `${x}ポイント上昇`,
    downPoints: (x: string) => `${x}ポイント低下`,
    from: (change: string, period: string) => `${period}比${change}`,
    page: () => '',
    of: () => '/',
  },
};
