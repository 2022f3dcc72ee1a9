// The line of a template text inside its slide file. A slide remembers only its first line; a
// mistake in one of its texts is pointed at the line that holds that text: the first line at or
// after the slide's own that contains the text's first line.
import { readFileSync } from 'node:fs';
import { readOnce } from './template-cache.js';

function linesOf(file: string): string[] | undefined {
  try { return readOnce('lines', file, [file], () => readFileSync(file, 'utf8').split('\n')); } catch { return undefined; }
}

/** The line of `template` in `file`, searching from `from` (the slide's line); `from` when not found. */
export function templateLine(file: string, from: number | undefined, template: string): number | undefined {
  // up to the first quote or backslash: YAML may have escaped them ("… {{yen \"x\"}}")
  const needle = template.split('\n').find((l) => l.trim())?.trim().split(/["'\\]/)[0].slice(0, 60);
  const lines = needle ? linesOf(file) : undefined;
  if (!lines || !needle || needle.length < 4) return from;
  for (let i = Math.max(0, (from ?? 1) - 1); i < lines.length; i++) if (lines[i].includes(needle)) return i + 1;
  return from;
}
