// An amount in the release's prose prints as the release's tables print it. A table rounded to foot
// (footing-columns.ts) may show a part one unit from its plain rounding (1H09's cost of SI of
// 10,049,470 thousand is 10,050 in the cost table, as the company printed it, so that the parts add up);
// the sentence under that table must say JPY10,050 million too (seed 001 line 142), not 10,049. Which tables move which figures is known
// only once the whole document has run, and a sentence may come before its table, so an amount in words
// is a placeholder until the document is done, then filled in from what the tables printed.
import type { Decimal } from 'decimal.js';
import type { Figure } from '../../contract/figures.js';

const OPEN = '\uE000';
const CLOSE = '\uE001';
const SLOT = /\uE000(\d+)\uE001/g;

export interface FootedProse {
  /** the amount's words, filled in when the document is done: `words(v)` with the tables' value, else `plain()` */
  amount(f: Figure, scale: number, words: (footed: Decimal) => string, plain: () => string): string;
  /** the document with every amount filled in */
  fill(html: string): string;
}

/** `footed`: what the document's tables printed where it differs from plain rounding (key `item@period@scale`). */
export function footedProse(footed: Map<string, Decimal>): FootedProse {
  const slots: (() => string)[] = [];
  // the same amount in the same words is the same placeholder (a footnote's text is compared to find its number)
  const byWords = new Map<string, number>();
  return {
    amount(f, scale, words, plain) {
      if (f.measure || f.unit !== 'JPY') return plain();
      const text = plain();
      const key = `${f.id}@${scale}\n${text}`;
      let i = byWords.get(key);
      if (i === undefined) {
        i = slots.push(() => { const v = footed.get(`${f.id}@${scale}`); return v === undefined ? text : words(v); }) - 1;
        byWords.set(key, i);
      }
      return `${OPEN}${i}${CLOSE}`;
    },
    fill(html) {
      const done = new Map<number, string>();
      return html.replace(SLOT, (_, n: string) => { const i = Number(n); if (!done.has(i)) done.set(i, slots[i]()); return done.get(i)!; });
    },
  };
}
