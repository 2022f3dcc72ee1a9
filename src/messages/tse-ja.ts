// Words of the exchange's summary in the standard Japanese form of the 決算短信 summary
// (サマリー情報): １．連結業績 (1) 連結経営成績 (2) 連結財政状態 (3) 連結キャッシュ・フローの状況、
// ２．配当の状況、３．連結業績予想、※注記事項. The shape of messages/tse-en.ts. Negative figures
// carry the exchange's "△"; a fiscal year is named by the month it ends (2009年3月期).
import type { TseMessages, TseWords } from './tse-en.js';

const parts = (iso: string) => iso.split('-').map(Number);
const date = (iso: string) => { const [y, m, d] = parts(iso); return `${y}年${m}月${d}日`; };
const fy = (fyEnd: string) => { const [y, m] = parts(fyEnd); return `${y}年${m}月期`; };
/** "第2四半期" of a cumulative period of `months` (3, 6, 9) */
const quarter = (months: number) => `第${months / 3}四半期`;
const scope = (w: Pick<TseWords, 'months' | 'fyEnd'>) => (w.months === 12 ? fy(w.fyEnd) : `${fy(w.fyEnd)}${quarter(w.months)}`);

export const tseJa: TseMessages = {
  sheet: () => 'サマリー情報',
  change: () => '増減率',
  intro: (_w) => '',
  title: (w) => `${scope(w)}決算短信`,
  gaap: (_w) => '〔米国基準〕（連結）',
  companyName: () => '上場会社名',
  exchange: () => '上場取引所',
  code: () => 'コード番号',
  url: () => 'URL',
  tel: () => 'TEL',
  rounding: () => '（百万円未満四捨五入）',
  results: (w) => `１．${scope(w)}の連結業績（${date(w.start)}～${date(w.end)}）`,
  operations: () => '(1) 連結経営成績',
  yoyNote: (w) => (w.months === 12 ? '（％表示は対前期増減率）' : '（％表示は対前年同四半期増減率）'),
  position: () => '(2) 連結財政状態',
  cashFlows: () => '(3) 連結キャッシュ・フローの状況',
  dividends: () => '２．配当の状況',
  dividendPerShare: () => '年間配当金',
  targets: (w) => `３．${fy(w.targetEnd)}の連結業績予想（${date(w.targetStart)}～${date(w.targetEnd)}）`,
  targetYoyNote: (_w) => '（％表示は、通期は対前期、第2四半期連結累計期間は対前年同四半期増減率）',
  reference: (what) => `（参考）${what}`,
  others: () => '※ 注記事項',
  subsidiaries: (_w) => '期中における重要な子会社の異動（連結範囲の変更を伴う特定子会社の異動）',
  simplified: () => '四半期連結財務諸表の作成に特有の会計処理の適用',
  policies: () => '会計処理の原則・手続、表示方法等の変更',
  policyStandards: () => '① 会計基準等の改正に伴う変更',
  policyOther: () => '② ①以外の変更',
  shares: () => '発行済株式数（普通株式）',
  numbered: (n, text) => `(${n}) ${text}`,
  answer: (question, answer) => `${question}：${answer}`,
  perShareTargetNote: (n, eps, shares, treasury, issued, at) =>
    `（注${n}）${eps}は、${date(at)}現在の発行済株式数${issued}株から自己株式${treasury}株を控除した${shares}株により算出しております。`,
  netIncomeTargetNote: (n, label, former, lastEnd) =>
    `（注${n}）上記の「${label}」は、${date(lastEnd)}以前に終了した連結会計年度の連結財務諸表における「${former}」に相当します。`,
  negative: (body) => `△${body}`,
  unit: (kind) => (({ million: '百万円', pct: '％', yen: '円', dividend: '円', shares: '株' } as Record<string, string>)[kind] ?? ''),
  amount: (x, kind) => (kind === 'million' ? `${x}百万円` : kind === 'shares' ? `${x}株` : `${x}円`),
  periodRow: (r) => (r.forecast ? (r.months === 12 ? '通期' : `${quarter(r.months)}連結累計期間`) : r.months === 12 ? fy(r.fyEnd) : `${fy(r.fyEnd)}${quarter(r.months)}`),
  asOf: (_iso, fyEnd, months) => (months === 12 ? fy(fyEnd) : `${fy(fyEnd)}${quarter(months)}`),
  targetMark: () => '（予想）',
  yes: () => '有',
  none: () => '無',
  head: (key, _short) => (({
    revenue: '売上高', operatingIncome: '営業利益', pretaxIncome: '税引前当期純利益',
    netIncome: '当期純利益', netIncomeAttributable: '当社株主に帰属する当期純利益',
    epsBasic: '1株当たり当期純利益', epsDiluted: '潜在株式調整後1株当たり当期純利益',
    epsBasicAttributable: '1株当たり当社株主に帰属する当期純利益', epsDilutedAttributable: '潜在株式調整後1株当たり当社株主に帰属する当期純利益',
    roe: '自己資本当期純利益率', roa: '総資産税引前当期純利益率', operatingMargin: '売上高営業利益率',
    totalAssets: '総資産', equity: '株主資本', equityCompany: '当社株主資本',
    equityRatio: '株主資本比率', equityRatioCompany: '当社株主資本比率',
    equityPerShare: '1株当たり株主資本', equityPerShareCompany: '1株当たり当社株主資本',
    operating: '営業活動によるキャッシュ・フロー', investing: '投資活動によるキャッシュ・フロー', financing: '財務活動によるキャッシュ・フロー', cashEnd: '現金及び現金同等物期末残高',
    q1: '第1四半期末', q2: '第2四半期末', q3: '第3四半期末', yearEnd: '期末', total: '合計',
    totalDividends: '配当金総額（年間）', payout: '配当性向（連結）', dividendsToEquity: '純資産配当率（連結）',
    netIncomeTarget: '当社株主に帰属する当期純利益', epsTarget: '1株当たり当社株主に帰属する当期純利益',
    equityMethod: '持分法投資損益',
    issued: '① 期末発行済株式数（自己株式を含む）', treasury: '② 期末自己株式数', weighted: '③ 期中平均株式数',
  } as Record<string, string>)[key]),
  referenceValue: (period, x) => `${period} ${x}百万円`,
};
