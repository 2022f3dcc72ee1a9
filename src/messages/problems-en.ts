// Words of the problems a user meets most while editing data and templates (bad YAML, an unknown
// helper, partial, figure, section or period role, a sum that does not foot, a fact that is not a
// number), as functions of their arguments. A Problem carries the key and the arguments of each of
// its parts (errors/problem.ts `says`), so the CLI, the preview's overlay and a Japanese page can
// say the same problem in their own language; messages/problems-ja.ts has the same keys. Every
// problem code has its words too (problemCodesEn): a problem whose message is not said by key yet
// is printed in another language after its kind in that language.
import type { ProblemCode } from '../errors/codes.js';
import { sheetEn } from './sheet-en.js';
import { typedPeriodsEn } from './typed-periods-en.js';

const sheetProblem = sheetEn.problem;

export const problemsEn = {
  /** the words around the parts: "(expected …, found …)", "It affects 3 checks:" */
  expected: (x: string) => `expected ${x}`,
  found: (x: string) => `found ${x}`,
  affects: (n: number) => `It affects ${n} check${n === 1 ? '' : 's'}:`,
  didYouMean: (name: string) => `Did you mean "${name}"?`,
  didYouMeanEach: (...names: string[]) => names.map((n) => `Did you mean "${n}"?`).join(' '),
  /** the CLI's last line when a command stops on problems */
  summary: (n: number) => `${n} problem${n === 1 ? '' : 's'} found; nothing was written.`,

  /** `detail` is the YAML parser's own words; `code` its error code (a language may name the cause itself) */
  yamlSyntax: (detail: string, _code: string) => `malformed YAML: ${detail}`,
  /** what the parser's first error made: a tab-indented line, later errors that follow from it */
  yamlMore: (tab: boolean, more: number, lines: string) => [
    tab ? 'The line is indented with a tab: YAML indents with spaces.' : '',
    more ? `It makes ${more} more error${more === 1 ? '' : 's'} below it${lines ? ` (line${lines.includes(',') ? 's' : ''} ${lines})` : ''}.` : '',
  ].filter(Boolean).join(' '),
  malformedTemplate: (detail: string) => `malformed template: ${detail}`,

  unknownHelper: (name: string) => `unknown Handlebars helper "${name}"`,
  helperList: (list: string) => `helpers: ${list}`,
  noPartial: (name: string) => `no partial "${name}"`,
  noReleaseSection: (name: string) => `no release section "${name}"`,
  noNarrativeSection: (name: string) => `no narrative section "${name}" in the company's narrative files`,
  noMessage: (key: string, lang: string) => `no message "${key}" in the ${lang} catalog`,

  /** a figure key of a template that no item of the taxonomy has */
  noFigureAnyPeriod: (key: string, period: string) => `no figure "${key}" for ${period} or any period`,
  /** the same, found before any document's period is known (the template stage) */
  noFigureAnyDocument: (key: string) => `no figure "${key}" for any period`,
  noSuchItem: () => 'no item of the taxonomy has this id',
  noFigure: (key: string, period: string) => `no figure "${key}" for ${period}`,
  noFigureThisPeriod: () => 'the data holds no such figure for this period',
  unknownRole: (role: string) => `unknown period role "${role}"`,
  noPeriod: (role: string, period: string) => `no period "${role}" for ${period}`,

  /** a sum of the taxonomy the data's figures do not add up to; `why` is the sum's own description */
  doesNotFoot: (why: string, period: string) => `does not foot: ${why} (${period})`,
  footingFound: (value: string, difference: string) => `${value} (difference ${difference})`,
  /** `unit` empty: the figures are in base units; each term: sign, item@period, value, where it came from */
  footingTerms: (unit: string, ...terms: FootingTermWords) => `Terms in ${unit || 'base units'}: ${footingTermsOf(terms).map(([sign, term, value, where, a, b]) => `${sign}${term} ${value} (${{ missing: 'missing', derived: `derived: ${a}`.trim(), reported: 'reported', fact: `${a}, seed ${b}` }[where]})`).join('; ')}`,
  printedDisagrees: (seed: string, formula: string) => `printed figure disagrees with the figures it is computed from (seed ${seed}; ${formula})`,
  addErratum: () => 'If the document is wrong, add an erratum with the evidence (data/README.md).',

  /** a fact's cell */
  unknownItem: (id: string) => `unknown item "${id}"`,
  notANumber: (key: string, column: string) => `not a number for "${key}" ${column}`,
  aPercentage: () => 'a printed percentage like "4.3%" or "(2.5%)"',
  aNumber: () => 'a printed number like "12,148,490" or "(408,152)"',
  hasDecimals: (token: string, unit: string, whole: string): string => `"${token}" has decimals, but a ${unit} table holds whole ${whole}s`,
  aWholeNumber: () => 'a whole number like "23,452"',
  commaAsPeriod: (token: string) => `Did you mean "${token}"? (text extraction often turns a comma into a period)`,

  /** a data file's bytes and links (load/files.ts) */
  emptyFile: () => 'the file is empty',
  yamlTextOrDelete: () => 'YAML text (delete the file if it is not needed)',
  nBytes: (n: number) => `${n} bytes`,
  binaryFile: () => 'a binary file, not YAML text',
  aUtf8File: () => 'a UTF-8 text file',
  nulByte: (at: number) => `a NUL byte at byte ${at}`,
  notUtf8: () => 'the file is not UTF-8',
  utf8Text: () => 'UTF-8 text',
  badBytes: (hex: string, column: number) => `bytes ${hex} at column ${column}`,
  readsAsShiftJis: () => 'It reads as Shift-JIS: convert it with `iconv -f SHIFT_JIS -t UTF-8`.',
  saveAsUtf8: () => 'Save the file as UTF-8.',
  linkToNothing: () => 'a link to nothing',
  brokenLink: () => 'a broken symbolic link',
  linkLeaves: () => 'a link that leaves the data folder',
  fileInside: (root: string) => `a file inside ${root}`,
  linkTo: (target: string) => `a link to ${target}`,
  copyNotLink: () => 'Copy the file into the data folder instead of linking to it.',

  /** the company's folder and files (load/) */
  noCompanyData: (company: string) => `no data for company "${company}"`,
  aFolderUnderData: () => 'a folder under data/',
  companyYamlMissing: () => 'company.yaml is missing',
  /** `what`: "config file", "audience profile", "schedule file", "batch file" … */
  fileNotFound: (what: string) => `${what} not found`,
  itemTwice: (id: string) => `item "${id}" is defined twice`,
  firstDefinition: (where: string) => `first definition at ${where}`,
  refersToUnknown: (id: string) => `refers to unknown item "${id}"`,
  staleErratum: (id: string, item: string, period: string, printed: string, correct: string, at: string) => `erratum "${id}" matches no fact: no ${item}${period ? ` ${period}` : ''} printed "${printed}"${correct ? ` (or corrected "${correct}")` : ''} at ${at}`,
  fixErratum: () => 'Fix its file, line, item, period or printed token, or remove it if the fact it corrected is gone.',
  /** a schema issue (zod's words in English; `code`, `detail` and `what` let another language say it: see errors/schema-issue.ts) */
  schemaIssue: (message: string, _code: string, _detail: string, _what: string) => message,

  /** a facts table (load/facts.ts) */
  unknownUnit: (unit: string) => `unknown unit "${unit}"`,
  unknownPeriod: () => 'unknown period',
  periodOrDate: () => 'FY2009, FY2009-H1, FY2009-Q4, FY2009-9M or a date 2010-03-31',
  rowValues: (key: string, values: number, columns: number) => `row "${key}" has ${values} values for ${columns} columns`,
  nValues: (n: number, columns: string) => `${n} values (${columns})`,
  seedLineCell: () => 'the second cell is the seed line',
  aSeedLine: () => 'a line number (or an entry workbook\'s cell, Income!E14)',
  unknownMeasure: (name: string) => `unknown measure "${name}"`,
  unitMismatch: (key: string) => `unit mismatch for "${key}"`,
  unitOrScale: (base: string) => `${base} (or a scale of it)`,
  tableUnit: (unit: string, table: number) => `"${unit}" (table ${table})`,
  balanceOrFlow: (id: string, instant: boolean) => `"${id}" is ${instant ? 'a balance at a date' : 'a flow over a period'}`,
  aDateOrPeriod: (instant: boolean): string => (instant ? 'a date like 2010-03-31' : 'a period like FY2009'),
  duplicateFact: (key: string, seedLine: string) => `duplicate fact "${key}" from seed line ${seedLine}`,
  firstAtLine: (line: number | undefined) => `first at line ${line}`,

  /** the ledger's checks (calc/) */
  eraRestatesLate: () => 'an era restates a year before it begins',
  /** `''`: the era has no since */
  restatesBefore: (since: string) => `restates earlier than since: ${since || '(none)'}`,
  restatesFound: (restates: string) => `restates: ${restates}`,
  erasOverlap: () => 'two eras of the sum cover the same fiscal year',
  erasInTurn: () => 'each era ends before the next begins (until: FY2025, then since: FY2026)',
  twoSpans: (a: string, b: string) => `${a} and ${b}`,
  restatesHint: () => 'a year the new grouping prints again is `restates:` of the new era',
  outsideLife: (periods: string, item: string, life: string, at: string) => `a figure for ${periods}, outside the life of "${item}" (${life}, ${at})`,
  /** `''`: no bound */
  lifePeriods: (since: string, until: string) => `a period from ${since || 'any year'} to ${until || 'any year'}`,
  regroupedHint: () => 'a line regrouped by the company is a new item (with its own since:), or the item\'s until: is later',
  beforeItExisted: () => 'a line printed before it existed: the item\'s since: is earlier, or the figure belongs to another item',
  restated: (at: string, printed: string, unit: string, earlierAt: string, earlier: string, earlierUnit: string) => `${at} prints "${printed}" ${unit}, but the earlier ${earlierAt} printed "${earlier}" ${earlierUnit}: the later figure is taken as a restatement, and checks fail with it`,
  restatedHint: () => 'If the later document is wrong, add an erratum with the evidence; if it restates the figure, its other figures must agree (data/README.md).',
  derivationDisagrees: (formula: string) => `printed figure disagrees with its exact derivation (${formula})`,
  printedIn: (printed: string, unit: string) => `"${printed}" ${unit}`,
  /** a document that prints one figure twice; `why` one of the two below */
  twoPrints: (twice: boolean, unit: string, seed: string, line: number) => `${twice ? 'the same document prints two different values' : `the rounded figure does not match the document's own ${unit} figure`} (seed ${seed} vs :${line})`,
  fromPrinted: (value: string, printed: string, unit: string) => `${value} (from "${printed}" ${unit})`,

  /** command-line options (cli/, build.ts, audience/, config/) */
  wholeNumberFlag: (flag: string, max: number) => `${flag} takes a whole number from 1 to ${max}`,
  numberFlag: (flag: string) => `${flag} takes a number of at least 0`,
  forExample: (example: string) => `e.g. ${example}`,
  periodForms: () => 'FY2009, FY2009-H1, FY2009-Q2, FY2009-9M, or 1H09, 4Q08, FY09',
  notCovered: (id: string) => `the data does not cover ${id}`,
  unknownFormat: (name: string) => `unknown format "${name}"`,
  unknownAudience: (name: string) => `unknown audience "${name}"`,
  templateFolderMissing: () => 'template folder not found',
  noPackage: () => 'no package built here',
  noJob: (job: string, file: string) => `no job "${job}" in ${file}`,
  portFlag: () => '--port takes a port number from 0 (any free port) to 65535',
  unknownLanguage: () => 'unknown language',
  portInUse: (port: string) => `port ${port} on 127.0.0.1 is in use`,
  otherPort: () => 'pass another --port, or --port 0 for any free one',
  badCron: (why: string) => `not a valid cron expression or time zone: ${why}`,
  cronFound: (cron: string, tz: string) => `"${cron}" (${tz})`,
  jobTwice: (name: string) => `job "${name}" is defined twice`,
  schedulerRunning: (pid: string) => `another scheduler (process ${pid}) is running this schedule`,
  stopScheduler: (pid: string) => `Stop it first (kill -TERM ${pid}), or use --once to run one job now.`,
  noFullYear: () => 'no full fiscal year in the data to build by default; pass --period or set default_period in company.yaml',
  noReportedPeriod: () => 'no reported period in the data to build by default; pass --period',
  unknownDefault: () => 'unknown default period',
  defaultForms: (settings: string) => `${settings} or a period (FY2009, 1H09)`,
  defaultNotInData: (id: string) => `the default period ${id} is not in the data`,
  /** what stopped a command that is no fault of the data (cli/fault.ts) */
  browserTimeout: (why: string) => `the browser did not finish the document in time: ${why}`,
  browserTimeoutHint: () => 'A template that makes a very long document (a runaway loop) or a machine under heavy load; check the templates, or build fewer packages at once (--concurrency 1).',
  browserStopped: (why: string) => `the browser stopped while printing: ${why}`,
  browserStoppedHint: () => 'Build again; if it keeps happening, check that Chromium runs (chromium --headless --version) and that memory is not exhausted.',
  unexpected: (why: string) => `unexpected error: ${why}`,
  unexpectedHint: () => 'This is a fault in QuarterDeck, not in your data: please report it with the command you ran (QUARTERDECK_DEBUG=1 prints the stack).',

  /** template folders and template files (config/template-paths.ts, template/); `what` a kind of template file: "partial", "chart spec" … */
  outsideTemplates: (what: string, name: string) => `${what} "${name}" is outside the template folders`,
  relativeName: () => 'a name relative to a template folder, without "../" or an absolute path',
  linksOutside: (what: string, name: string, dir: string) => `${what} "${name}" links to a file outside its template folder ${dir}`,
  unknownTheme: (name: string) => `unknown theme "${name}"`,
  noTheme: () => 'no deck theme found',
  themeMapping: () => 'a theme is a mapping of keys (colors, fonts, logo …)',
  noLogo: (file: string, beside: string) => `logo file "${file}" not found beside ${beside}`,
  noDeckTemplate: () => 'no deck template found',
  overrideName: () => 'a slide override is named after the slide it replaces',
  theFileName: (id: string) => `"${id}" (the file name)`,
  noSlideToReplace: (id: string, file: string) => `no slide "${id}" in ${file} to replace`,
  overrideHint: () => 'an override file is named after the id of the slide it replaces',
  slideTwice: (id: string) => `slide id "${id}" is used twice`,
  messageOneText: () => 'a message is one text',
  aString: () => 'a string',
  malformedMessage: (detail: string) => `malformed message: ${detail}`,
  messageMissingIn: (key: string, lang: string) => `message "${key}" is missing in ${lang}`,
  translationOf: (at: string) => `a translation of ${at}`,
  messageNotIn: (key: string, lang: string) => `message "${key}" is not in ${lang}`,
  removeOrAdd: (file: string) => `remove it, or add it to ${file}`,
  noMessageInCatalogs: (key: string) => `no message "${key}" in the catalogs`,
  /** `files`: the catalog files */
  addTo: (...files: string[]) => `add it to ${files.join(' and ')}`,
  noArgument: (key: string, arg: string) => `message "${key}" takes no argument "${arg}"`,
  noArguments: () => 'no arguments',
  needsArgument: (key: string, lang: string, at: string, arg: string) => `message "${key}" in ${lang} (${at}) needs the argument "${arg}"`,
  unusedMessage: (key: string) => `message "${key}" is used by no template`,
  noChartSpec: (name: string) => `no chart spec "${name}"`,
  chartSpecIn: (name: string, dirs: string) => `charts/${name}.vl.json in ${dirs}`,
  noCatalog: () => 'no message catalog (i18n/<lang>.yaml) in the template folders',
  readWithout: (part: string) => `the package's templates were read without the ${part}`,
  noChartSpecInPackage: (name: string) => `no chart spec "${name}" in the package's templates`,
  templateNotFound: () => 'template file not found',
  oneOf: (files: string) => `one of ${files}`,
  unknownColumnSet: (name: string) => `unknown column set "${name}"`,

  /** a period label typed into reusable text (load/typed-periods.ts): the words of messages/typed-periods-en.ts */
  typedPeriod: typedPeriodsEn.typed,
  typedPeriodExpected: typedPeriodsEn.expected,
  typedPeriodHint: typedPeriodsEn.hint,

  /** a preflight finding that stops a build (preflight/): its code, the key and English words of its message (messages/en.ts preflight), its arguments */
  preflightFinding: (code: string, _key: string, message: string, ..._args: string[]) => `${code}: ${message}`,
  /** a fault of the queue (queue/messages.ts): its kind, its English words, its arguments */
  queueFault: (_kind: string, message: string, ..._args: (string | number)[]) => message,

  /** the entry workbook's import (sheet/): the words of messages/sheet-en.ts */
  sheetNotFound: sheetProblem.notFound,
  sheetNotXlsx: sheetProblem.notXlsx,
  /** `detail`: the zip reader's own words */
  sheetNotXlsxFound: (detail: string) => detail,
  sheetNoAbout: sheetProblem.noAbout,
  sheetNoAboutHint: sheetProblem.noAboutHint,
  sheetOtherCompany: sheetProblem.otherCompany,
  sheetOtherPeriod: sheetProblem.otherPeriod,
  sheetNoValue: sheetProblem.noValue,
  sheetNoValueExpected: sheetProblem.noValueExpected,
  sheetSourceName: sheetProblem.sourceName,
  sheetSourceNameExpected: sheetProblem.sourceNameExpected,
  sheetNotADate: sheetProblem.notADate,
  sheetUnknownSheet: sheetProblem.unknownSheet,
  sheetSheetsExpected: (...names: string[]) => sheetProblem.sheetsExpected(names),
  sheetOtherStatement: sheetProblem.otherStatement,
  sheetOtherColumnPeriod: sheetProblem.otherColumnPeriod,
  sheetNotNumber: sheetProblem.notNumber,
  sheetNumberExpected: sheetProblem.numberExpected,
  sheetTextHint: sheetProblem.textHint,
  sheetFormula: sheetProblem.formula,
  sheetFormulaExpected: sheetProblem.formulaExpected,
  sheetEmptyTerms: (...cells: string[]) => sheetProblem.emptyTerms(cells),
  sheetEmptyTermsExpected: sheetProblem.emptyTermsExpected,
  sheetStaleResult: sheetProblem.staleResult,
  sheetStaleHint: sheetProblem.staleHint,
  sheetCannotWriteWorkbook: sheetProblem.cannotWriteWorkbook,
  sheetCannotWriteFolder: sheetProblem.cannotWriteFolder,
  sheetTargetPeriod: sheetProblem.targetPeriod,
  sheetTargetPeriodExpected: sheetProblem.targetPeriodExpected,
  sheetAnnouncedDate: sheetProblem.announcedDate,
  sheetAnnouncedExpected: sheetProblem.announcedExpected,
  sheetAnnouncedAfter: sheetProblem.announcedAfter,
  sheetTargetOfBalance: sheetProblem.targetOfBalance,
};

/** What kind of problem each code is. */
export const problemCodesEn: Record<ProblemCode, string> = {
  E_YAML: 'malformed YAML',
  E_SCHEMA: 'a data file does not match its format',
  E_UNKNOWN_ITEM: 'unknown item',
  E_NUMBER: 'not a valid number',
  E_DUPLICATE: 'duplicate',
  E_UNIT: 'wrong unit',
  E_PERIOD: 'wrong period',
  E_ERA: 'wrong era',
  E_PERIOD_LABEL: 'wrong period label',
  E_CHECK: 'the figures do not agree',
  E_ERRATUM: 'wrong erratum',
  E_ARG: 'wrong command-line argument',
  E_NOT_FOUND: 'not found',
  E_TEMPLATE: 'template fault',
  E_RENDER: 'the document could not be rendered',
  E_WRITE: 'could not write the output',
  E_LOCKED: 'another build is running',
  E_ENCODING: 'wrong text encoding',
  E_LIMIT: 'a limit was exceeded',
  E_FILE: 'wrong file',
  E_INTERNAL: 'internal error of QuarterDeck',
  E_PREFLIGHT: 'the preflight found a fault',
  E_OMITTED: 'something was left out',
  E_QUEUE: 'queue fault',
};

/** The terms of a sum that does not foot, six words each, one after another: the sign ('', '+ ', '− '), item@period, value, and
 *  where it came from ('missing', 'derived' and its formula, 'reported', or 'fact', its data line and seed line). */
export type FootingTermWords = string[];
type FootingTerm = [sign: string, term: string, value: string, where: 'missing' | 'derived' | 'reported' | 'fact', a: string, b: string];
export const footingTermsOf = (words: FootingTermWords): FootingTerm[] => Array.from({ length: Math.ceil(words.length / 6) }, (_, i) => words.slice(i * 6, i * 6 + 6) as FootingTerm);

export type ProblemWords = typeof problemsEn;
export type ProblemKey = keyof ProblemWords;
