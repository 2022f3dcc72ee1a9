// Words of `quarterdeck preview` in Japanese: what its page says when the preview's language is ja
// (the same keys as preview-en.ts; the command's own output stays in the terminal's English).
import { previewEn, type PreviewMessages } from './preview-en.js';

export const previewJa: PreviewMessages = {
  ...previewEn,
  refusedHost: (host: string) => `このプレビューはループバックアドレスでのみ応答します（"${host}" には応答しません）`,
  refusedPath: (path: string) => `"${path}" はこのプレビューが扱うフォルダーの外にあります`,
  notFound: (what: string) => `${what} がありません`,
  noFigure: (id: string) => `このパッケージに数値 "${id}" はありません`,
  buildRunning: () => 'ビルドの実行中です。終わるまでお待ちください',
  needsHeader: () => 'このリクエストにはページ自身のヘッダーが必要です',
  page: {
    title: 'QuarterDeck プレビュー',
    period: '期間', audience: '対象', language: '言語', theme: 'テーマ',
    release: '決算短信', deck: '説明資料', changes: '変更点', build: 'ビルド (b)',
    building: 'ビルド中…', built: (n: number, ms: number) => `${n} ファイルを ${(ms / 1000).toFixed(1)} 秒でビルドしました`,
    buildFailed: 'ビルドが止まりました：', findings: 'プリフライトの指摘：',
    faultTitle: '文書を描画できませんでした。最後に描画できたものを表示しています。',
    expected: '期待値', found: '実際',
    kinds: { reported: '開示値', derived: '導出値', computed: '計算値', 'non-GAAP': '非GAAP' },
    panel: {
      close: '閉じる', value: '正確な値', display: '表示', unit: '単位', kind: '種類', period: '期間',
      formula: '計算式', inputs: '入力', sources: '出典', superseded: '置き換えられた開示', errata: '正誤',
      seed: '原資料の行', data: 'データファイル', cell: 'ワークブックのセル', printed: '開示', evidence: '根拠', none: 'なし',
      precision: '丸め (±)',
    },
    changesView: {
      none: '出力フォルダーにこの期間と対象のパッケージがまだありません。比較するにはビルドしてください。',
      same: 'ビルド済みパッケージと異なる数値はありません',
      builtAt: 'ビルド済みパッケージとの比較',
      figures: '数値', sentences: '文', before: '変更前', after: '変更後',
      changed: '変更', added: '新規', removed: '表示されなくなった', because: '理由', inputsChanged: '入力の変更',
      leftOut: '文書に掲載されない内容',
    },
  },
};

/** The preview's words in a language (en for any other). */
export const previewWords = (lang: string | undefined): PreviewMessages => (lang === 'ja' ? previewJa : previewEn);
