// The problems of messages/problems-en.ts in Japanese (the same keys and arguments): what the
// preview's overlay says when its language is ja. Names, ids, values and the data's own words
// (a sum's description) are arguments and stay as written.
import { problemCodesEn, problemsEn, type ProblemWords } from './problems-en.js';
import type { ProblemCode } from '../errors/codes.js';

/** the YAML parser's error codes (yaml's ErrorCode) named in Japanese; others keep the parser's words */
const YAML_CAUSES: Record<string, string> = {
  BAD_INDENT: 'インデントが揃っていません',
  MISSING_CHAR: '閉じ記号（] や } や引用符）がありません',
  UNEXPECTED_TOKEN: '予期しない記号があります',
  BLOCK_AS_IMPLICIT_KEY: 'キーの書き方が正しくありません',
  MULTILINE_IMPLICIT_KEY: 'キーが複数行にまたがっています',
  DUPLICATE_KEY: '同じキーが二度あります',
  TAB_AS_INDENT: 'タブでインデントされています',
  BAD_SCALAR_START: '値の書き始めが正しくありません',
  MISSING_ANCHOR: '参照先のアンカーがありません',
};

export const problemsJa: ProblemWords = {
  expected: (x) => `期待値 ${x}`,
  found: (x) => `実際 ${x}`,
  affects: (n) => `影響を受けるチェック ${n} 件：`,
  didYouMean: (name) => `「${name}」ではありませんか？`,
  summary: (n) => `問題が ${n} 件見つかりました。何も書き出していません。`,

  yamlSyntax: (detail, code) => `YAML の構文エラー：${YAML_CAUSES[code] ?? detail}`,
  yamlMore: (tab, more, lines) => [
    tab ? 'この行はタブでインデントされています。YAML のインデントは空白です。' : '',
    more ? `この誤りのため、以降に ${more} 件のエラーが出ています${lines ? `（${lines} 行目）` : ''}。` : '',
  ].filter(Boolean).join(''),
  malformedTemplate: (detail) => `テンプレートの構文エラー：${detail}`,

  unknownHelper: (name) => `Handlebars ヘルパー「${name}」はありません`,
  helperList: (list) => `使えるヘルパー：${list}`,
  noPartial: (name) => `パーシャル「${name}」はありません`,
  noReleaseSection: (name) => `決算短信のセクション「${name}」はありません`,
  noNarrativeSection: (name) => `会社のナラティブファイルにセクション「${name}」はありません`,
  noMessage: (key, lang) => `${lang} のカタログにメッセージ「${key}」はありません`,

  noFigureAnyPeriod: (key, period) => `数値「${key}」は ${period} にも他の期間にもありません`,
  noFigureAnyDocument: (key) => `数値「${key}」はどの期間にもありません`,
  noSuchItem: () => 'この ID の科目はタクソノミーにありません',
  noFigure: (key, period) => `${period} の数値「${key}」はありません`,
  noFigureThisPeriod: () => 'データにはこの期間のこの数値がありません',
  unknownRole: (role) => `期間の役割「${role}」はありません`,
  noPeriod: (role, period) => `${period} には期間「${role}」がありません`,

  doesNotFoot: (why, period) => `合計が合いません：${why}（${period}）`,
  footingFound: (value, difference) => `${value}（差額 ${difference}）`,
  footingTerms: (unit, terms) => `各項（${unit || '基本単位'}）：${terms}`,
  printedDisagrees: (seed, formula) => `開示された数値が計算元の数値と一致しません（原資料 ${seed}、${formula}）`,
  addErratum: () => '原資料が誤っている場合は、根拠を添えて正誤（errata）を追加してください（data/README.md）。',

  unknownItem: (id) => `科目「${id}」はありません`,
  notANumber: (key, column) => `「${key}」の ${column} が数値ではありません`,
  aPercentage: () => '「4.3%」や「(2.5%)」のような開示どおりの百分率',
  aNumber: () => '「12,148,490」や「(408,152)」のような開示どおりの数値',
  hasDecimals: (token, unit, whole) => `「${token}」に小数がありますが、${unit} の表は整数の${whole}を持ちます`,
  aWholeNumber: () => '「23,452」のような整数',
  commaAsPeriod: (token) => `「${token}」ではありませんか？（テキスト抽出でカンマがピリオドになることがあります）`,
};

export const problemCodesJa: Record<ProblemCode, string> = {
  E_YAML: 'YAML の構文エラー',
  E_SCHEMA: 'データファイルの形式の誤り',
  E_UNKNOWN_ITEM: '不明な科目',
  E_NUMBER: '数値の誤り',
  E_DUPLICATE: '重複',
  E_UNIT: '単位の誤り',
  E_PERIOD: '期間の誤り',
  E_ERA: '表示区分（era）の誤り',
  E_PERIOD_LABEL: '期間ラベルの誤り',
  E_CHECK: '数値の不一致',
  E_ERRATUM: '正誤（errata）の誤り',
  E_ARG: 'コマンドライン引数の誤り',
  E_NOT_FOUND: '見つかりません',
  E_TEMPLATE: 'テンプレートの誤り',
  E_RENDER: '文書を描画できません',
  E_WRITE: '出力を書き込めません',
  E_LOCKED: '別のビルドが実行中です',
  E_ENCODING: '文字コードの誤り',
  E_LIMIT: '上限を超えました',
  E_FILE: 'ファイルの誤り',
  E_INTERNAL: 'QuarterDeck の内部エラー',
  E_PREFLIGHT: 'プリフライトの指摘',
  E_OMITTED: '省略された項目',
  E_QUEUE: 'キューの障害',
};

/** The kinds of problem in a language (en for any other). */
export const problemCodeWords = (lang: string | undefined): Record<ProblemCode, string> => (lang === 'ja' ? problemCodesJa : problemCodesEn);

/** The problems' words in a language (en for any other). */
export const problemWords = (lang: string | undefined): ProblemWords => (lang === 'ja' ? problemsJa : problemsEn);
