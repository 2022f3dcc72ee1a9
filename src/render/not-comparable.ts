// The documents' words for a change with no comparable figure (model/not-comparable.ts): the mark
// printed in its cell ("—", 「－」) and the note it refers to, both messages of the catalogs
// (templates/i18n/<lang>.yaml `comparisons.*`), so a company's own wording replaces them.
import type { NotComparable } from '../contract/figures.js';
import type { Catalog } from '../template/catalog.js';
import type { FiscalYear } from '../periods/period.js';
import type { Messages } from '../messages/en.js';
import { formatMessage } from '../template/format-message.js';
import { periodLabels } from '../periods/labels.js';

/** The catalog keys these words use (code, not a template, asks for them). */
export const NOT_COMPARABLE_KEYS = ['comparisons.not-comparable-mark', 'comparisons.not-comparable', 'comparisons.not-comparable-ref'] as const;

export interface ComparableWords {
  /** the mark of the cell */
  mark: string;
  /** the reference a slide's cell and its note share ("*", 「※」): a deck has no numbered notes */
  ref: string;
  /** the note: which line, from when, and which period was not restated */
  note: (n: NotComparable) => string;
}

export function comparableWords(catalog: Catalog | undefined, labels: Map<string, string>, fiscal: FiscalYear, m: Messages): ComparableWords {
  const msg = (key: string, args: Record<string, unknown>) => {
    const found = catalog?.messages.get(key);
    return found ? formatMessage(found, args, 'text') : undefined;
  };
  const short = (p: string) => periodLabels(p, fiscal, m).short;
  return {
    mark: msg(NOT_COMPARABLE_KEYS[0], {}) ?? '—',
    ref: msg(NOT_COMPARABLE_KEYS[2], {}) ?? '*',
    note: (n) => {
      const args = { label: labels.get(n.item) ?? n.item, since: short(n.since), base: short(n.base) };
      return msg(NOT_COMPARABLE_KEYS[1], args) ?? m.notComparable(args);
    },
  };
}
