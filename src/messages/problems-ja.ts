// The problems of messages/problems-en.ts in Japanese (the same keys and arguments): what the
// preview's overlay says when its language is ja. Names, ids, values and the data's own words
// (a sum's description) are arguments and stay as written.
import { footingTermsOf, problemCodesEn, problemsEn, type ProblemWords } from './problems-en.js';
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


/** the kinds of file and template file named in problems (`what`), in Japanese; others as written */
const WHAT: Record<string, string> = {
  'config file': '設定ファイル', 'schedule file': 'スケジュールファイル', 'audience profile': 'オーディエンスのプロファイル', 'batch file': 'バッチファイル',
  audience: 'オーディエンス', audiences: 'オーディエンス', 'chart spec': 'チャート定義', charts: 'チャート定義', 'deck template': 'デッキのテンプレート', deck: 'デッキ',
  logo: 'ロゴ', slide: 'スライド', slides: 'スライド', template: 'テンプレート', theme: 'テーマ', themes: 'テーマ', partial: 'パーシャル', release: '決算短信',
};
const what = (w: string) => WHAT[w] ?? w;

/** the schemas' own words for a form (load/schema.ts, schedule/, template/ schemas) */
const FORMS: Record<string, string> = {
  'a fiscal year FY2009': 'FY2009 のような会計年度', 'a fiscal year FY2008': 'FY2008 のような会計年度',
  'lowercase words joined by dots and dashes': '英小文字の語をドット（.）かハイフン（-）でつないだ ID', 'lowercase words joined by dashes': '英小文字の語をハイフン（-）でつないだ名前',
  'a date YYYY-MM-DD': 'YYYY-MM-DD 形式の日付', 'a line number': '行番号', 'a month 1–12': '1～12 の月', 'a number': '数値', 'a hex colour like 12306B': '12306B のような16進の色コード',
};
/** zod's names of the kinds of value */
const TYPES: Record<string, string> = {
  string: '文字列', number: '数値', boolean: '真偽値（true / false）', object: 'マッピング（キー: 値）', array: 'リスト', null: '空の値（null）', undefined: '値なし', bigint: '整数', date: '日付',
};
const type = (t: string) => TYPES[t] ?? t;
const SIZES: Record<string, string> = { array: '件', string: '文字', set: '件', map: '件' };

function schemaIssueJa(code: string, detail: string, form: string): string {
  switch (code) {
    case 'invalid_type': return form === 'undefined' ? `必須の項目がありません（${type(detail)}を書いてください）` : `${type(detail)}が必要ですが、${type(form)}が書かれています`;
    case 'invalid_value': return `次のいずれかを指定してください：${detail}`;
    case 'too_small': { const origin = form.replace(/>$/, ''); return origin === 'array' && detail === '1' ? '空にはできません（1 件以上が必要です）' : `${detail} ${SIZES[origin] ?? ''}${form.endsWith('>') ? 'より大きい値' : '以上'}が必要です`.replace('  ', ' '); }
    case 'too_big': { const origin = form.replace(/<$/, ''); return `${detail} ${SIZES[origin] ?? ''}${form.endsWith('<') ? '未満' : '以下'}にしてください`.replace('  ', ' '); }
    case 'invalid_format': return form ? `形式が正しくありません（${FORMS[form] ?? form}であること）` : `形式が正しくありません（パターン ${detail} に合うこと）`;
    case 'unrecognized_keys': return `不明なキーがあります：${detail}`;
    case 'invalid_union': return '書き方が正しくありません（使える形のどれにも当てはまりません）';
    case 'custom': return FORMS[form] ?? form;
    default: return '書き方が正しくありません';
  }
}

/** the preflight's findings (messages/en.ts preflight) in Japanese */
const FINDINGS: Record<string, (...a: string[]) => string> = {
  sign: (id, period, display) => `${id}@${period}（${display}）の符号と文言が矛盾しています。損失を利益と書いているか、符号が変わったのに増減率（%）を書いています`,
  precision: (id, scale, half) => `${id} が${{ thousand: '千円', million: '百万円', billion: '十億円' }[scale] ?? ` ${scale} `}単位で印刷されていますが、その精度（±${half} 円）を超えています。その桁は意味のない数字です`,
  ratioPrecision: (id, shown, lo, hi) => `${id} は ${shown} と印刷されていますが、計算元の端数処理からは ${lo}% から ${hi}% までのどの値もあり得ます。精度を超えた桁です`,
  datedAfter: (iso, to) => `日付 ${iso} が資料の対象期間（${to} まで）より後です`,
  listOutside: (list, date, from, to) => `${list} の ${date} 付けの項目が、資料の対象期間（${from} ～ ${to}）の外にあります`,
  authorNote: () => '投資家向けのページに作成者向けのメモがあります',
  emptyBullet: () => '中身のない箇条書きがあります',
  emptyHeading: () => '下に何もない見出しがあります',
  emptyTable: () => '内容のない表があります',
  unlabelledTable: () => '行に値があるのに項目名のない表があります',
  emptyRow: () => '空の表の行があります',
  repeated: (label) => `一つの行に期間 ${label} が二度書かれています`,
  label: (id, label, inForce) => `「${label}」はこの期間に使う表記ではありません（${id}：「${inForce}」）`,
};

const short = (h: unknown) => String(h).slice(0, 12);
/** the queue's faults (queue/messages.ts) in Japanese */
const QUEUE: Record<string, (...a: never[]) => string> = {
  noCompany: (dir: string) => `${dir} に会社のデータがありません`,
  snapshotMissing: (hash: string) => `入力スナップショット ${short(hash)} が Redis にありません（期限切れか、Redis の再起動）。プロデューサーがもう一度アップロードし、ジョブを再試行します`,
  snapshotCorrupt: (hash: string, why: string) => `入力スナップショット ${short(hash)} がハッシュと一致しません（${why}）`,
  fingerprint: (worker: string, producer: string) => `このワーカーは QuarterDeck ${worker}、プロデューサーは ${producer} です。両方で同じリリース（と組み込みテンプレート）を実行してください`,
  resultMissing: (file: string) => `結果 ${file} がもう Redis にありません（回収される前に期限切れになりました）。バッチをもう一度実行してください`,
  resultCorrupt: (file: string, expected: string, found: string) => `結果 ${file} がハッシュと一致しません（期待値 ${short(expected)}、実際 ${short(found)}）`,
  redisDown: (url: string, seconds: number, pending: number) => `${url} の Redis に ${seconds} 秒間接続できず、${pending} 件のパッケージが終わっていません。Redis を起動して（または --redis を確認して）、バッチをもう一度実行してください`,
  redisUnreachable: (url: string, why: string) => `${url} の Redis に接続できません：${why}`,
  timeout: (seconds: number, pending: number) => `${seconds} 秒（--timeout）経っても ${pending} 件のパッケージが終わっていません。ワーカーは動いていますか？`,
  noWorkers: (url: string) => `${url} に接続しているワーカーがまだありません。\`quarterdeck worker --redis ${url}\` で起動してください（パッケージはキューで待ちます）`,
  jobLost: () => 'ジョブが Redis から消えたため（永続化なしで Redis が再起動した可能性があります）、もう一度キューに入れました',
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
  footingTerms: (unit, ...terms) => `各項（${unit || '基本単位'}）：${footingTermsOf(terms).map(([sign, term, value, where, a, b]) => `${sign}${term} ${value}（${{ missing: '数値なし', derived: `導出：${a}`, reported: '開示値', fact: `${a}、原資料 ${b}` }[where]}）`).join('；')}`,
  printedDisagrees: (seed, formula) => `開示された数値が計算元の数値と一致しません（原資料 ${seed}、${formula}）`,
  addErratum: () => '原資料が誤っている場合は、根拠を添えて正誤（errata）を追加してください（data/README.md）。',

  unknownItem: (id) => `科目「${id}」はありません`,
  notANumber: (key, column) => `「${key}」の ${column} が数値ではありません`,
  aPercentage: () => '「4.3%」や「(2.5%)」のような開示どおりの百分率',
  aNumber: () => '「12,148,490」や「(408,152)」のような開示どおりの数値',
  hasDecimals: (token, unit) => `「${token}」に小数がありますが、${unit} の表の数値は整数です`,
  aWholeNumber: () => '「23,452」のような整数',
  commaAsPeriod: (token) => `「${token}」ではありませんか？（テキスト抽出でカンマがピリオドになることがあります）`,

  didYouMeanEach: (...names) => names.map((n) => `「${n}」ではありませんか？`).join(''),

  emptyFile: () => 'ファイルが空です',
  yamlTextOrDelete: () => 'YAML のテキスト（不要なファイルなら削除してください）',
  nBytes: (n) => `${n} バイト`,
  binaryFile: () => 'YAML のテキストではなくバイナリファイルです',
  aUtf8File: () => 'UTF-8 のテキストファイル',
  nulByte: (at) => `${at} バイト目に NUL バイト`,
  notUtf8: () => 'ファイルが UTF-8 ではありません',
  utf8Text: () => 'UTF-8 のテキスト',
  badBytes: (hex, column) => `${column} 桁目のバイト ${hex}`,
  readsAsShiftJis: () => 'Shift-JIS として読めます。`iconv -f SHIFT_JIS -t UTF-8` で変換してください。',
  saveAsUtf8: () => 'ファイルを UTF-8 で保存してください。',
  linkToNothing: () => 'リンク先がありません',
  brokenLink: () => '壊れたシンボリックリンク',
  linkLeaves: () => 'データフォルダの外を指すリンクです',
  fileInside: (root) => `${root} の中のファイル`,
  linkTo: (target) => `${target} へのリンク`,
  copyNotLink: () => 'リンクではなく、ファイルをデータフォルダにコピーしてください。',

  noCompanyData: (company) => `会社「${company}」のデータがありません`,
  aFolderUnderData: () => 'data/ の下のフォルダ',
  companyYamlMissing: () => 'company.yaml がありません',
  fileNotFound: (w) => `${what(w)}が見つかりません`,
  itemTwice: (id) => `科目「${id}」が二度定義されています`,
  firstDefinition: (where) => `最初の定義は ${where}`,
  refersToUnknown: (id) => `存在しない科目「${id}」を参照しています`,
  staleErratum: (id, item, period, printed, correct, at) => `正誤「${id}」に当たる数値がありません：${at} に ${item}${period ? ` ${period}` : ''} の「${printed}」${correct ? `（または訂正後の「${correct}」）` : ''}はありません`,
  fixErratum: () => '正誤のファイル、行、科目、期間、開示どおりの値を直してください。訂正していた数値がもうない場合は、正誤を削除してください。',
  schemaIssue: (_message, code, detail, form) => schemaIssueJa(code, detail, form),

  unknownUnit: (unit) => `単位「${unit}」はありません`,
  unknownPeriod: () => '期間が正しくありません',
  periodOrDate: () => 'FY2009、FY2009-H1、FY2009-Q4、FY2009-9M、または 2010-03-31 のような日付',
  rowValues: (key, values, columns) => `行「${key}」の値は ${values} 個ですが、列は ${columns} 列です`,
  nValues: (n, columns) => `${n} 個の値（${columns}）`,
  seedLineCell: () => '2 番目のセルは原資料の行番号です',
  aSeedLine: () => '行番号（または入力用ワークブックのセル。例：Income!E14）',
  unknownMeasure: (name) => `指標「${name}」はありません`,
  unitMismatch: (key) => `「${key}」の単位が合いません`,
  unitOrScale: (base) => `${base}（またはその桁違いの単位）`,
  tableUnit: (unit, table) => `「${unit}」（表 ${table}）`,
  balanceOrFlow: (id, instant) => `「${id}」は${instant ? 'ある日付の残高' : 'ある期間のフロー'}です`,
  aDateOrPeriod: (instant) => (instant ? '2010-03-31 のような日付' : 'FY2009 のような期間'),
  duplicateFact: (key, seedLine) => `原資料の ${seedLine} 行目の「${key}」が重複しています`,
  firstAtLine: (line) => `最初は ${line} 行目`,

  eraRestatesLate: () => '表示区分（era）の restates は、その区分が始まる年より前の年でなければなりません',
  restatesBefore: (since) => (since ? `since: ${since} より前の年を restates に書くこと` : 'since: のない区分は restates を持てません'),
  restatesFound: (restates) => `restates の値 ${restates}`,
  erasOverlap: () => '合計の二つの表示区分（era）が同じ会計年度を含んでいます',
  erasInTurn: () => '各区分が次の区分の始まる前に終わること（until: FY2025 の次は since: FY2026）',
  twoSpans: (a, b) => `${a} と ${b}`,
  restatesHint: () => '新しい区分で組み替えて再表示する年は、新しい区分の `restates:` に書きます',
  outsideLife: (periods, item, life, at) => `${periods} の数値が、科目「${item}」の存続期間（${life}、${at}）の外にあります`,
  lifePeriods: (since, until) => (since && until ? `${since} から ${until} までの期間` : until ? `${until} までの期間` : since ? `${since} 以降の期間` : '任意の期間'),
  regroupedHint: () => '会社が組み替えた行は新しい科目です（独自の since: を付けます）。または、この科目の until: を後ろにしてください',
  beforeItExisted: () => '科目ができる前に開示された行です。科目の since: を前にするか、数値が別の科目のものではないか確認してください',
  restated: (at, printed, unit, earlierAt, earlier, earlierUnit) => `${at} は「${printed}」${unit} と開示していますが、以前の ${earlierAt} は「${earlier}」${earlierUnit} でした。後の数値を修正再表示として扱うため、これに関わるチェックが不一致になります`,
  restatedHint: () => '後の資料が誤っている場合は、根拠を添えて正誤（errata）を追加してください。修正再表示の場合は、その資料の他の数値も一致している必要があります（data/README.md）。',
  derivationDisagrees: (formula) => `開示された数値が、厳密に導いた値と一致しません（${formula}）`,
  printedIn: (printed, unit) => `「${printed}」${unit}`,
  twoPrints: (twice, unit, seed, line) => `${twice ? '同じ資料が二つの異なる値を開示しています' : `端数処理した数値が、資料自身の ${unit} の数値と一致しません`}（原資料 ${seed} と :${line}）`,
  fromPrinted: (value, printed, unit) => `${value}（「${printed}」${unit} から）`,

  wholeNumberFlag: (flag, max) => `${flag} には 1 から ${max} までの整数を指定します`,
  numberFlag: (flag) => `${flag} には 0 以上の数を指定します`,
  forExample: (example) => `例：${example}`,
  periodForms: () => 'FY2009、FY2009-H1、FY2009-Q2、FY2009-9M、または 1H09、4Q08、FY09',
  notCovered: (id) => `データに ${id} がありません`,
  unknownFormat: (name) => `出力形式「${name}」はありません`,
  unknownAudience: (name) => `オーディエンス「${name}」はありません`,
  templateFolderMissing: () => 'テンプレートフォルダが見つかりません',
  noPackage: () => 'ここにはビルドされたパッケージがありません',
  noJob: (job, file) => `${file} にジョブ「${job}」はありません`,
  portFlag: () => '--port には 0（空いている任意のポート）から 65535 までのポート番号を指定します',
  unknownLanguage: () => '言語が正しくありません',
  portInUse: (port) => `127.0.0.1 のポート ${port} は使用中です`,
  otherPort: () => '別の --port を指定するか、--port 0 で空いているポートを使ってください',
  badCron: (why) => `cron 式またはタイムゾーンが正しくありません：${why}`,
  cronFound: (cron, tz) => `「${cron}」（${tz}）`,
  jobTwice: (name) => `ジョブ「${name}」が二度定義されています`,
  schedulerRunning: (pid) => `別のスケジューラー（プロセス ${pid}）がこのスケジュールを実行中です`,
  stopScheduler: (pid) => `先にそれを停止する（kill -TERM ${pid}）か、--once で一つのジョブを今すぐ実行してください。`,
  noFullYear: () => 'データに通期の会計年度がなく、既定の期間をビルドできません。--period を指定するか、company.yaml に default_period を設定してください',
  noReportedPeriod: () => 'データに開示済みの期間がなく、既定の期間をビルドできません。--period を指定してください',
  unknownDefault: () => '既定の期間が正しくありません',
  defaultForms: (settings) => `${settings}、または期間（FY2009、1H09）`,
  defaultNotInData: (id) => `既定の期間 ${id} がデータにありません`,
  browserTimeout: (why) => `ブラウザーが時間内に文書を仕上げませんでした：${why}`,
  browserTimeoutHint: () => '非常に長い文書を作るテンプレート（終わらないループ）か、マシンの高負荷が原因です。テンプレートを確認するか、一度にビルドするパッケージを減らしてください（--concurrency 1）。',
  browserStopped: (why) => `印刷中にブラウザーが停止しました：${why}`,
  browserStoppedHint: () => 'もう一度ビルドしてください。繰り返す場合は、Chromium が動くこと（chromium --headless --version）とメモリが足りていることを確認してください。',
  unexpected: (why) => `予期しないエラー：${why}`,
  unexpectedHint: () => 'データではなく QuarterDeck の不具合です。実行したコマンドを添えて報告してください（QUARTERDECK_DEBUG=1 でスタックを表示します）。',

  outsideTemplates: (w, name) => `${what(w)}「${name}」がテンプレートフォルダの外にあります`,
  relativeName: () => 'テンプレートフォルダからの相対名（"../" や絶対パスを含まないもの）',
  linksOutside: (w, name, dir) => `${what(w)}「${name}」はテンプレートフォルダ ${dir} の外のファイルへのリンクです`,
  unknownTheme: (name) => `テーマ「${name}」はありません`,
  noTheme: () => 'デッキのテーマが見つかりません',
  themeMapping: () => 'テーマはキー（colors、fonts、logo など）のマッピングです',
  noLogo: (file, beside) => `${beside} と同じ場所にロゴファイル「${file}」が見つかりません`,
  noDeckTemplate: () => 'デッキのテンプレートが見つかりません',
  overrideName: () => 'スライドの差し替えファイルは、差し替えるスライドの ID を名前にします',
  theFileName: (id) => `「${id}」（ファイル名）`,
  noSlideToReplace: (id, file) => `${file} に差し替え対象のスライド「${id}」はありません`,
  overrideHint: () => '差し替えファイルには、差し替えるスライドの ID を名前に付けます',
  slideTwice: (id) => `スライド ID「${id}」が二度使われています`,
  messageOneText: () => 'メッセージは一つのテキストです',
  aString: () => '文字列',
  malformedMessage: (detail) => `メッセージの構文エラー：${detail}`,
  messageMissingIn: (key, lang) => `${lang} にメッセージ「${key}」がありません`,
  translationOf: (at) => `${at} の翻訳`,
  messageNotIn: (key, lang) => `メッセージ「${key}」は ${lang} にありません`,
  removeOrAdd: (file) => `削除するか、${file} に追加してください`,
  noMessageInCatalogs: (key) => `カタログにメッセージ「${key}」がありません`,
  addTo: (...files) => `${files.join(' と ')} に追加してください`,
  noArgument: (key, arg) => `メッセージ「${key}」は引数「${arg}」を取りません`,
  noArguments: () => '引数なし',
  needsArgument: (key, lang, at, arg) => `${lang} のメッセージ「${key}」（${at}）には引数「${arg}」が必要です`,
  unusedMessage: (key) => `メッセージ「${key}」はどのテンプレートでも使われていません`,
  noChartSpec: (name) => `チャート定義「${name}」はありません`,
  chartSpecIn: (name, dirs) => `${dirs} の charts/${name}.vl.json`,
  noCatalog: () => 'テンプレートフォルダにメッセージカタログ（i18n/<lang>.yaml）がありません',
  readWithout: (part) => `パッケージのテンプレートが${what(part)}なしで読み込まれました`,
  noChartSpecInPackage: (name) => `パッケージのテンプレートにチャート定義「${name}」はありません`,
  templateNotFound: () => 'テンプレートファイルが見つかりません',
  oneOf: (files) => `${files} のいずれか`,
  unknownColumnSet: (name) => `列セット「${name}」はありません`,

  typedPeriod: (label) => `期間ラベル「${label}」が、どの期の資料にも印刷されるテキストに直接書かれています。次の期には古くなります`,
  typedPeriodExpected: () => 'パッケージから期間を取るプレースホルダー：{{fiscalYear}}（資料の会計年度）、{{releaseDate}}',
  typedPeriodHint: () => '資料の会計年度は "{{fiscalYear}}" と書いてください。年によって変わったテキストは { since, until, text } の項目のリストにします',

  preflightFinding: (code, key, message, ...args) => `${code}：${FINDINGS[key]?.(...args) ?? message}`,
  queueFault: (kind, message, ...args) => (QUEUE[kind] as ((...a: unknown[]) => string) | undefined)?.(...args) ?? `キューの障害：${message}`,

  sheetNotFound: () => 'ワークブックが見つかりません',
  sheetNotXlsx: () => 'xlsx 形式のワークブックではありません',
  sheetNotXlsxFound: () => 'xlsx（ZIP）として読めないファイル',
  sheetNoAbout: (sheet) => `「${sheet}」シートがありません。入力用ワークブックではありません`,
  sheetNoAboutHint: () => '`quarterdeck sheet --period P` で作成してください。',
  sheetOtherCompany: () => '別の会社のワークブックです',
  sheetOtherPeriod: () => '別の期間のワークブックです',
  sheetNoValue: () => 'ワークブックに入力された値がありません',
  sheetNoValueExpected: () => '各財務諸表シートの入力列、または Targets シートの数値',
  sheetSourceName: () => 'ソース名はフォルダ名です',
  sheetSourceNameExpected: () => '英小文字の語をハイフンでつないだ名前（workbook-fy2008）',
  sheetNotADate: () => '日付ではありません',
  sheetUnknownSheet: (sheet) => `シート「${sheet}」は不明です`,
  sheetSheetsExpected: (...names) => `財務諸表のシートまたは Targets：${names.join(', ')}`,
  sheetOtherStatement: (id, statement, sheetStatement) => `「${id}」は ${statement} の科目で、${sheetStatement} の科目ではありません`,
  sheetOtherColumnPeriod: (period) => `入力列が、ワークブックの期間 ${period} とは別の期間のものです`,
  sheetNotNumber: (id) => (id ? `「${id}」の値が数値ではありません` : '数値ではありません'),
  sheetNumberExpected: () => '数値、またはゼロを表すダッシュ（-）',
  sheetTextHint: () => 'セルが文字列になっています。数値として入力してください。',
  sheetFormula: () => 'QuarterDeck が再計算できない数式です',
  sheetFormulaExpected: (col) => `数値、または ${col} 列のセルの和（=${col}5+${col}6-${col}7、=SUM(${col}5:${col}9)）`,
  sheetEmptyTerms: (...cells) => `合計が空のセルを足しています（${cells.join(', ')}）`,
  sheetEmptyTermsExpected: () => '足すすべての行の入力（ゼロはダッシュ）、または数値で入力した合計',
  sheetStaleResult: () => '表示されている合計が各行の和になっていません',
  sheetStaleHint: () => 'ワークブックを再計算する（合計の計算後に行が変わっています）か、各行を直してください。',
  sheetCannotWriteWorkbook: (why) => `ワークブックを書き込めません：${why}`,
  sheetCannotWriteFolder: (why) => `facts フォルダに書き込めません：${why}`,
  sheetTargetPeriod: () => '目標（業績予想）は期間（会計年度、半期、四半期）に対して入力します',
  sheetTargetPeriodExpected: () => 'FY2010、FY2010-H1 など',
  sheetAnnouncedDate: () => '目標の公表日が日付ではありません',
  sheetAnnouncedExpected: () => 'YYYY-MM-DD、または空欄（import の --date を使います）',
  sheetAnnouncedAfter: (date) => `資料の日付（${date}）より後に公表されています`,
  sheetTargetOfBalance: (id) => `「${id}」は残高です。目標は期間のフローに対して入力します`,
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
