// Words of the entry workbook (`quarterdeck sheet`) and of its import (`quarterdeck import`), in
// English, the CLI's language: the workbook's headers and notes, and every problem a workbook's
// cell can have. src/sheet/ asks for them by name; messages/ja.ts reuses them (operator words).

export const sheetEn = {
  /** the workbook's own words */
  book: {
    aboutTitle: (company: string, period: string) => `${company} — entry workbook for ${period}`,
    aboutCompany: () => 'company',
    aboutPeriod: () => 'period',
    aboutHelp: () => 'One sheet per statement, and the Targets sheet. Type the period\'s figures in the yellow column, as printed, in the row\'s unit; a dash (-) for nil. Grey columns are the data\'s comparatives (locked). Totals add their lines; a total typed over its formula must still foot.',
    title: (company: string, sheet: string, period: string) => `${company} — ${sheet} — ${period}`,
    unitNote: (unit: string, period: string, col: string) => `Unit: ${unit} (a row in another unit names it in column D). Enter ${period} in column ${col}: numbers, or a dash (-) for nil.`,
    headers: () => ['id', 'Item', '項目', 'Unit'],
    validationTitle: () => 'A number',
    validation: (unit: string) => `A number in ${unit}, or a dash (-) for nil.`,
    /** a comparative known only to a coarser unit than its row's, as printed */
    coarse: (printed: string, unit: string) => `${printed} (${unit})`,
    /** the Targets sheet */
    targetsSheet: () => 'Targets',
    targetsTitle: (company: string, period: string) => `${company} — Targets announced with ${period}`,
    targetsNote: (unit: string, cols: string) => `Unit: ${unit} (a row in another unit names it in column D). Targets (forecasts) announced with this period's document go in the yellow columns ${cols}, one per target period, with the date they were announced in row 4 (blank: the import's --date); leave a column blank when the targets are not revised. Grey columns are the announcements already in the data (locked).`,
    announced: () => 'announced',
    document: () => 'document',
    /** row 5 of an entry column: the new announcement is this workbook's */
    entryDocument: () => 'this workbook',
    dateValidation: () => 'The date the targets were announced: YYYY-MM-DD.',
    dateValidationTitle: () => 'A date',
  },
  /** the YAML the import writes */
  yamlHeader: (file: string) => `# Entered in the entry workbook ${file} (quarterdeck import); each row's second cell is the workbook's cell.`,
  defaultDocument: (company: string, period: string) => `${company} ${period} entry workbook`,
  /** what the commands print */
  written: (company: string, period: string, file: string) => `Entry workbook for ${company} ${period}: ${file}`,
  imported: (period: string, values: number, file: string, folder: string, files: number) => `${period}: ${values} values from ${file} → ${folder} (${files} files); check passed.`,
  /** targets of a period the workbook revises that it leaves as an earlier announcement had them */
  keptTargets: (period: string, items: string, announced: string) => `note: the ${period} targets of ${items} stay as announced on ${announced}, beside the ones this workbook revises (enter them in the Targets sheet, the same value if they stand, if the revision covers them)`,
  /** problems: `message` texts, their `expected` and hints */
  problem: {
    unknownPeriod: () => 'unknown period',
    periodForms: () => 'FY2009, FY2009-H1, FY2009-Q2, FY2009-9M, or 1H09, 4Q08, FY09',
    notFound: () => 'workbook not found',
    notXlsx: () => 'not an xlsx workbook',
    noAbout: (sheet: string) => `no "${sheet}" sheet: not an entry workbook`,
    noAboutHint: () => 'Write one with `quarterdeck sheet --period P`.',
    otherCompany: () => 'a workbook of another company',
    otherPeriod: () => 'a workbook of another period',
    noValue: () => 'the workbook enters no value',
    noValueExpected: () => 'figures in the entry column of the statement sheets or the Targets sheet',
    sourceName: () => 'a source name is a folder name',
    sourceNameExpected: () => 'lowercase words joined by dashes (workbook-fy2008)',
    notADate: () => 'not a date',
    unknownSheet: (sheet: string) => `unknown sheet "${sheet}"`,
    sheetsExpected: (names: string[]) => `a statement's sheet or Targets: ${names.join(', ')}`,
    unknownItem: (id: string) => `unknown item "${id}"`,
    otherStatement: (id: string, statement: string, sheetStatement: string) => `"${id}" is an item of the ${statement} statement, not of ${sheetStatement}`,
    unknownUnit: (unit: string) => `unknown unit "${unit}"`,
    otherColumnPeriod: (period: string) => `the entry column is for another period than the workbook's ${period}`,
    notNumber: (id?: string) => `not a number${id ? ` for "${id}"` : ''}`,
    numberExpected: () => 'a number, or a dash (-) for nil',
    textHint: () => 'The cell holds text: enter the figure as a number.',
    formula: () => 'a formula QuarterDeck cannot recompute',
    formulaExpected: (col: string) => `a number, or a sum of cells of column ${col} (=${col}5+${col}6-${col}7, =SUM(${col}5:${col}9))`,
    emptyTerms: (cells: string[]) => `the total adds empty cells (${cells.join(', ')})`,
    emptyTermsExpected: () => 'every line it adds entered (a dash for nil), or the total typed as a number',
    staleResult: () => 'the total shown is not the sum of its lines',
    staleHint: () => 'Recalculate the workbook (the lines changed after the total was computed) or correct the lines.',
    cannotWriteWorkbook: (why: string) => `cannot write the workbook: ${why}`,
    cannotWriteFolder: (why: string) => `cannot write the facts folder: ${why}`,
    /** the Targets sheet */
    targetPeriod: () => 'a target is for a period (a fiscal year, a half, a quarter)',
    targetPeriodExpected: () => 'FY2010, FY2010-H1 …',
    announcedDate: () => 'the date the targets were announced is not a date',
    announcedExpected: () => 'YYYY-MM-DD, or blank for the import\'s --date',
    announcedAfter: (date: string) => `announced after the document's date (${date})`,
    targetOfBalance: (id: string) => `"${id}" is a balance: targets are entered for flows of a period`,
  },
};

export type SheetMessages = typeof sheetEn;
