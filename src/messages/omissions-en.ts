// Words of what a document leaves out (build's summary, manifest.json `omitted`, --strict's
// E_OMITTED): why a table, a line or a statement of the release is not printed.

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
};
