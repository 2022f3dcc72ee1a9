import { closest, distance } from 'fastest-levenshtein';

/** Codes for every kind of problem QuarterDeck reports. */
export type ProblemCode =
  | 'E_YAML'
  | 'E_SCHEMA'
  | 'E_UNKNOWN_ITEM'
  | 'E_NUMBER'
  | 'E_DUPLICATE'
  | 'E_UNIT'
  | 'E_PERIOD'
  | 'E_ERA'
  | 'E_PERIOD_LABEL'
  | 'E_CHECK'
  | 'E_ERRATUM'
  | 'E_ARG'
  | 'E_NOT_FOUND'
  | 'E_TEMPLATE'
  | 'E_RENDER'
  | 'E_WRITE'
  | 'E_LOCKED'
  | 'E_ENCODING'
  | 'E_LIMIT'
  | 'E_FILE'
  | 'E_INTERNAL'
  | 'E_PREFLIGHT'
  | 'E_OMITTED'
  | 'E_QUEUE';

/** One problem: where, what was expected, what was found. */
export interface Problem {
  code: ProblemCode;
  file?: string;
  line?: number;
  field?: string;
  message: string;
  expected?: string;
  found?: string;
  hint?: string;
  period?: string;
  item?: string;
  /** problems that follow from this one (one message per cause), each formatted */
  affects?: string[];
}

/** Format one problem the same way everywhere: "file:line: field: message (expected …, found …). Did you mean …?" */
export function formatProblem(p: Problem): string {
  const where = p.file ? `${p.file}${p.line ? `:${p.line}` : ''}: ` : '';
  const field = p.field ? `${p.field}: ` : '';
  const parts = [`${where}${field}${p.message}`];
  const ef: string[] = [];
  if (p.expected !== undefined) ef.push(`expected ${p.expected}`);
  if (p.found !== undefined) ef.push(`found ${p.found}`);
  if (ef.length) parts[0] += ` (${ef.join(', ')})`;
  if (p.hint) parts.push(p.hint);
  const affects = p.affects?.length ? `\n  It affects ${p.affects.length} check${p.affects.length === 1 ? '' : 's'}:${p.affects.map((a) => `\n  - ${a}`).join('')}` : '';
  return `${parts.join('. ')} [${p.code}]${affects}`;
}

/** The one error type: carries every problem found, not only the first. */
export class QuarterDeckError extends Error {
  readonly problems: Problem[];
  readonly exitCode: number;
  constructor(problems: Problem[], exitCode = 1) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'QuarterDeckError';
    this.problems = problems;
    this.exitCode = exitCode;
  }
}

/** "Did you mean …?" for near misses, or undefined when nothing is close. */
export function didYouMean(found: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  if (list.length === 0) return undefined;
  const best = closest(found, list);
  const limit = Math.max(2, Math.floor(found.length / 3));
  return distance(found, best) <= limit ? `Did you mean "${best}"?` : undefined;
}
