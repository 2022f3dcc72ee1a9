// Words of the problems a user meets most while editing data and templates (bad YAML, an unknown
// helper, partial, figure, section or period role, a sum that does not foot, a fact that is not a
// number), as functions of their arguments. A Problem carries the key and the arguments of each of
// its parts (errors/problem.ts `says`), so the CLI, the preview's overlay and a Japanese page can
// say the same problem in their own language; messages/problems-ja.ts has the same keys. Every
// problem code has its words too (problemCodesEn): a problem whose message is not said by key yet
// is printed in another language after its kind in that language.
import type { ProblemCode } from '../errors/codes.js';

export const problemsEn = {
  /** the words around the parts: "(expected …, found …)", "It affects 3 checks:" */
  expected: (x: string) => `expected ${x}`,
  found: (x: string) => `found ${x}`,
  affects: (n: number) => `It affects ${n} check${n === 1 ? '' : 's'}:`,
  didYouMean: (name: string) => `Did you mean "${name}"?`,
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
  /** `unit` empty: the figures are in base units */
  footingTerms: (unit: string, terms: string) => `Terms in ${unit || 'base units'}: ${terms}`,
  printedDisagrees: (seed: string, formula: string) => `printed figure disagrees with the figures it is computed from (seed ${seed}; ${formula})`,
  addErratum: () => 'If the document is wrong, add an erratum with the evidence (data/README.md).',

  /** a fact's cell */
  unknownItem: (id: string) => `unknown item "${id}"`,
  notANumber: (key: string, column: string) => `not a number for "${key}" ${column}`,
  aPercentage: () => 'a printed percentage like "4.3%" or "(2.5%)"',
  aNumber: () => 'a printed number like "12,148,490" or "(408,152)"',
  hasDecimals: (token: string, unit: string, whole: string) => `"${token}" has decimals, but a ${unit} table holds whole ${whole}s`,
  aWholeNumber: () => 'a whole number like "23,452"',
  commaAsPeriod: (token: string) => `Did you mean "${token}"? (text extraction often turns a comma into a period)`,
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

export type ProblemWords = typeof problemsEn;
export type ProblemKey = keyof ProblemWords;
