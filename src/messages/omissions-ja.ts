// What a document leaves out, in Japanese (the same keys and arguments as omissions-en.ts): the
// manifest's omissions of a ja package, and the ja preview's list of what its documents leave out.
import { omissionsEn, type OmissionSaid, type OmissionWords } from './omissions-en.js';
import { sayIn } from './said.js';

const LANGUAGE: Record<string, string> = { en: '英語', ja: '日本語' };

export const omissionsJa: OmissionWords = {
  noFigures: (period) => `データに ${period} の数値がありません`,
  someFigures: (period, have, lines) => `データにある ${period} の数値は ${lines} 行のうち ${have} 行です（計算書は全体を掲載するか、掲載しません）`,
  noLine: (period, lines) => `${lines} 行のいずれにも、データに ${period} の数値がありません`,
  someBalances: (period, have, of) => `データにある ${period} の期末残高は ${of} 列のうち ${have} 列です（計算書は全体を掲載するか、掲載しません）`,
  someRows: (period, have, rows) => `データにある ${period} の数値は ${rows} 行のうち ${have} 行です`,
  tseColumn: (head) => `決算短信サマリー：「${head}」`,
  line: (title, line) => `${title}：「${line}」の行`,
  noLineFigure: (period, under) => `データに ${period} の数値がありません${under ? `（その下の ${under} 行とともに）` : ''}`,
  entry: (section, name) => `ナラティブ ${section}：${name}`,
  entryLine: (section, line) => `ナラティブ ${section}：${line} 行目`,
  notPrinted: () => 'パッケージのどの文書もこのセクションまたは項目を掲載しません',
  notInAudience: () => 'この対象の文書にはこのセクションが含まれません',
  untranslated: (from) => `データには${LANGUAGE[from] ?? from}のものしかありません`,
  slide: () => 'スライド',
  column: (label) => `${label} の列`,
  needs: (figures) => `掲載の条件の数値がデータにありません：${figures}`,
  noBlockData: () => 'どのブロックにもデータがありません',
  noRowFigures: () => 'この行の数値がありません',
};

/** The words of what is left out, in a language (en for any other). */
export const omissionWords = (lang: string | undefined): OmissionWords => (lang === 'ja' ? omissionsJa : omissionsEn);

/** An omission's what and reason in a language: the parts said by key in its words, the others as written. */
export function omissionIn<O extends { what: string; reason: string; says?: { what?: OmissionSaid; reason?: OmissionSaid } }>(o: O, lang: string | undefined): O {
  if (!o.says || !lang || lang === 'en') return o;
  const w = omissionWords(lang);
  return { ...o, ...(o.says.what ? { what: sayIn(o.says.what, w) } : {}), ...(o.says.reason ? { reason: sayIn(o.says.reason, w) } : {}) };
}
