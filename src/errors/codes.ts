// Every kind of problem QuarterDeck reports, as a list (messages/problems-*.ts name each in words,
// and a test holds them to it).
export const PROBLEM_CODES = [
  'E_YAML', 'E_SCHEMA', 'E_UNKNOWN_ITEM', 'E_NUMBER', 'E_DUPLICATE', 'E_UNIT', 'E_PERIOD', 'E_ERA',
  'E_PERIOD_LABEL', 'E_CHECK', 'E_ERRATUM', 'E_ARG', 'E_NOT_FOUND', 'E_TEMPLATE', 'E_RENDER', 'E_WRITE',
  'E_LOCKED', 'E_ENCODING', 'E_LIMIT', 'E_FILE', 'E_INTERNAL', 'E_PREFLIGHT', 'E_OMITTED', 'E_QUEUE',
] as const;

/** Codes for every kind of problem QuarterDeck reports. */
export type ProblemCode = (typeof PROBLEM_CODES)[number];
