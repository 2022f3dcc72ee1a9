// Option values checked where they are parsed: a bad value is one problem naming the flag.
import { QuarterDeckError, said, spoken } from '../errors/problem.js';

/** A commander argument parser for a whole number of at least 1. */
export function positiveInt(flag: string, max = 64): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1 || n > max) {
      throw new QuarterDeckError([spoken({ code: 'E_ARG', field: flag, message: said('wholeNumberFlag', flag, max), expected: said('forExample', `${flag} 2`), found: `"${value}"` })], 2);
    }
    return n;
  };
}
