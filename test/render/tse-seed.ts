// The figures the seeds' exchange summaries (TSE format) print: every distinct number of the
// section, as printed, from the seed text. Dates, list markers, the stock code, telephone and
// standard names (ASC 810) are not figures; a line that repeats the row above with garbled digits
// (a PDF extraction ghost: "March 31, 2009  32,301 …" under "Fiscal year ended  52,301 …") is left out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../helpers.js';

export const seeds = join(root, '..', 'shared', 'seeds');
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/** Distinct figures of seed lines [from, to] (1-based), with the first line each is printed on. */
export function seedFigures(file: string, from: number, to: number): Map<string, number> {
  const lines = readFileSync(join(seeds, file), 'utf8').split('\n');
  const out = new Map<string, number>();
  for (let n = from; n <= Math.min(to, lines.length); n++) {
    const line = lines[n - 1];
    if (new RegExp(`^${MONTH} \\d{1,2}, \\d{4}\\t`).test(line)) continue; // an extraction ghost of the row above
    if (/^\(Note\)/.test(line)) continue; // definitions, no figures
    const text = line
      .replace(new RegExp(`${MONTH} \\d{1,2}, \\d{4}`, 'g'), ' ')
      .replace(/https?:\/\/\S+/g, ' ').replace(/\(03\) \d{4}-\d{4}/g, ' ').replace(/Stock code number: \d+/g, ' ')
      .replace(/\b(?:ASC|SFAS No\.|ARB No\.) ?\d+/g, ' ').replace(/\(Note ?\d*\)/g, ' ').replace(/FY\d{4}/g, ' ')
      .replace(/(\t\d{1,3}) (\d{3})(?=\t)/g, '$1,$2') // "52 201": a separator lost in extraction
      .replace(/^\s*-?\s*\(\d\)|^\s*-?\s*\d\)|^\s*\d\.\s/g, ' ').replace(/\b\d(?:st|nd|rd|th)\b/g, ' ');
    for (const m of text.matchAll(/\(?\d[\d,]*(?:\.\d+)?\)?/g)) {
      const t = m[0].replace(/^\((.*[^)])$/, '$1').replace(/^([^(].*)\)$/, '$1');
      if (!out.has(t)) out.set(t, n);
    }
  }
  return out;
}

/** Is the figure printed in the text as a whole token ("4.3" not inside "14.3", "(4.3)" as printed)? */
export function printedIn(text: string, token: string): boolean {
  const esc = token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\d.,])${esc}(?![\\d]|[.,]\\d)`).test(text);
}
