// A queue timer as typed on the command line (seconds or ms): a value that is not a number of at
// least 0 is one problem naming its flag (exit code 2), as for every other flag.
import { QuarterDeckError, said, spoken } from '../errors/problem.js';

/** The number typed for `flag`, or `fallback` when none was; at least `min`. */
export function amount(flag: string, v: string | undefined, fallback: number, min = 0): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || n < 0) {
    throw new QuarterDeckError([spoken({ code: 'E_ARG', field: flag, message: said('numberFlag', flag), expected: said('forExample', `${flag} ${fallback}`), found: `"${v}"` })], 2);
  }
  return Math.max(min, n);
}
