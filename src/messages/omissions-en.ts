// Words of what a document leaves out (build's summary, manifest.json `omitted`, --strict's
// E_OMITTED): why a table, a line or a statement of the release is not printed, and what a package
// prints of no narrative entry. Each omission keeps the key and arguments of its words (`says`), so
// the manifest can be read in either language; messages/omissions-ja.ts has the same keys.
import type { SaidOf } from './said.js';

export const omissionsEn = {
  /** a table the data holds no current-period figure for */
  noFigures: (period: string) => `no ${period} figures in the data`,
  /** a statement (all lines or none) with some current-period figures */
  someFigures: (period: string, have: number, lines: number) =>
    `the data holds ${period} figures for ${have} of its ${lines} line${lines === 1 ? '' : 's'} (a statement prints whole or not at all)`,
  /** a table left out because none of its lines has its current-period figure */
  noLine: (period: string, lines: number) => `no ${period} figures in the data for any of its ${lines} line${lines === 1 ? '' : 's'}`,
  /** a statement of changes in equity whose closing balance lacks components */
  someBalances: (period: string, have: number, of: number) =>
    `the data holds ${period} closing balances for ${have} of its ${of} columns (a statement prints whole or not at all)`,
  /** a period column of a deck table that the data holds for some of its rows */
  someRows: (period: string, have: number, rows: number) => `the data holds ${period} figures for ${have} of its ${rows} row${rows === 1 ? '' : 's'}`,
  /** a column of the exchange's summary */
  tseColumn: (head: string) => `exchange's summary: "${head}"`,
  /** one line of a table that is otherwise printed */
  line: (title: string, line: string) => `${title}: line "${line}"`,
  noLineFigure: (period: string, under: number) => `no ${period} figure in the data${under ? ` (with the ${under} line${under === 1 ? '' : 's'} under it)` : ''}`,
  /** a narrative entry: "narrative topics: Nomura Securities Co.,Ltd." (its item, label or line) */
  entry: (section: string, name: string) => `narrative ${section}: ${name}`,
  entryLine: (section: string, line: string) => `narrative ${section}: line ${line}`,
  notPrinted: () => 'no document of the package prints this section or item',
  notInAudience: () => "the audience's documents do not include this section",
  /** a text the data has in another language only ("en", "ja") */
  untranslated: (from: string) => `the data has it in ${from} only`,
  /** a slide left out whole (the summary counts it once) */
  slide: () => 'slide',
  /** a column of a deck table */
  column: (label: string) => `column ${label}`,
  /** a slide, item or row whose template condition (`needs:`) the data does not meet */
  needs: (figures: string) => `needs ${figures}`,
  noBlockData: () => 'none of its blocks has data',
  noRowFigures: () => 'no figures for this row',
};

export type OmissionWords = typeof omissionsEn;
/** One omission's words by key (messages/said.ts). */
export type OmissionSaid = SaidOf<OmissionWords>;
export const omissionSaid = <K extends keyof OmissionWords>(key: K, ...args: Parameters<OmissionWords[K]>): OmissionSaid => ({ key, args }) as OmissionSaid;
