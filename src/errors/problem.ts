import { closest, distance } from 'fastest-levenshtein';
import { problemsEn, type ProblemKey, type ProblemWords } from '../messages/problems-en.js';
import { problemWords, problemCodeWords } from '../messages/problems-ja.js';
import type { ProblemCode } from './codes.js';
import { partsIn, sayIn, type SaidOf } from '../messages/said.js';


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
  /** the same problems themselves, to say them in another language */
  affected?: Problem[];
  /** the words of its parts as message keys (messages/problems-en.ts) and arguments: any language can say them */
  says?: Partial<Record<SaidPart, Said>>;
}

/** A message as a key of messages/problems-en.ts and its arguments (plain values: it crosses threads and JSON). */
export type Said = SaidOf<ProblemWords>;
type SaidPart = 'message' | 'expected' | 'found' | 'hint';

export function said<K extends ProblemKey>(key: K, ...args: Parameters<ProblemWords[K]>): Said {
  return { key, args } as Said;
}

/** The parts of a problem as spoken() takes them: a text, or a key and its arguments. */
type SpokenParts = { message: Said | string } & Partial<Record<Exclude<SaidPart, 'message'>, Said | string | undefined>>;
type Spoken<P> = Omit<P, keyof SpokenParts> & Pick<Problem, SaidPart | 'says'>;

/** A problem (or the part of one a caller completes) whose parts may be said by key: each part's
 *  English text, and the keys kept in `says`. */
export function spoken<P extends Omit<Partial<Problem>, SaidPart | 'says'>>(p: P & SpokenParts): Spoken<P> {
  const { message, expected, found, hint, ...rest } = p;
  const { text, says } = partsIn<ProblemWords, SaidPart>({ message, expected, found, hint }, problemsEn);
  return { ...rest, ...text, ...(Object.keys(says).length ? { says } : {}) } as unknown as Spoken<P>;
}

/** The problem in a language: each part with a key said in that language, the others as written. */
export function inLanguage(p: Problem, lang: string | undefined): Problem {
  if (!lang || lang === 'en') return p;
  const words = problemWords(lang);
  const out = { ...p };
  // a hint made by didYouMean() as text (not yet said by key) is the same words
  const near = !p.says?.hint && p.hint ? DID_YOU_MEAN.exec(p.hint) : null;
  if (near) out.hint = words.didYouMean(near[1]);
  if (!p.says) return out;
  for (const [part, s] of Object.entries(p.says) as [SaidPart, Said][]) out[part] = sayIn(s, words);
  return out;
}

/** Format one problem the same way everywhere: "file:line: field: message (expected …, found …). Did you mean …?" */
export function formatProblem(p: Problem): string {
  return formatProblemIn(p, 'en');
}

const DID_YOU_MEAN = /^Did you mean "([^"]*)"\?$/;

/** formatProblem in a language: the parts said by key in that language (Japanese: …（期待値 …、実際 …）。). */
export function formatProblemIn(problem: Problem, lang: string | undefined): string {
  const p = inLanguage(problem, lang);
  const w = problemWords(lang);
  const ja = lang === 'ja';
  const where = p.file ? `${p.file}${p.line ? `:${p.line}` : ''}: ` : '';
  const field = p.field ? `${p.field}: ` : '';
  // a message not said by key has only its English words: in another language, its kind comes first
  const kind = lang && lang !== 'en' && !p.says?.message ? `${problemCodeWords(lang)[p.code]}${ja ? '：' : ': '}` : '';
  const parts = [`${where}${field}${kind}${p.message}`];
  const ef: string[] = [];
  if (p.expected !== undefined) ef.push(w.expected(p.expected));
  if (p.found !== undefined) ef.push(w.found(p.found));
  if (ef.length) parts[0] += ja ? `（${ef.join('、')}）` : ` (${ef.join(', ')})`;
  if (p.hint) parts.push(p.hint);
  const list = lang && lang !== 'en' && p.affected?.length ? p.affected.map((a) => formatProblemIn(a, lang)) : p.affects;
  const affects = list?.length ? `\n  ${w.affects(list.length)}${list.map((a) => `\n  - ${a}`).join('')}` : '';
  return `${parts.join(ja ? '。' : '. ')} [${p.code}]${affects}`;
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

/** The candidate close to what was found (a near miss), or undefined when nothing is close. */
export function nearest(found: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  if (list.length === 0) return undefined;
  const best = closest(found, list);
  const limit = Math.max(2, Math.floor(found.length / 3));
  return distance(found, best) <= limit ? best : undefined;
}

/** "Did you mean …?" for near misses, or undefined when nothing is close. */
export function didYouMean(found: string, candidates: Iterable<string>): string | undefined {
  const best = nearest(found, candidates);
  return best === undefined ? undefined : problemsEn.didYouMean(best);
}

/** "Did you mean …?" by key, for a problem made with spoken(). */
export function near(found: string, candidates: Iterable<string>): Said | undefined {
  const best = nearest(found, candidates);
  return best === undefined ? undefined : said('didYouMean', best);
}
