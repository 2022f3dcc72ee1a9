// What the preflight checks a package against: its figures, the labels in force for its fiscal
// year (and the wording of other years), its window and the dated items of the company's lists.
import type { CompanyData } from '../contract/raw-data.js';
import type { FiguresFile } from '../contract/figures.js';
import type { Messages } from '../messages/en.js';
import type { DatedItem, PreflightContext } from './types.js';
import { fiscalYearOf, parsePeriod } from '../periods/period.js';
import { documentWindow, yearEndsNamed } from '../periods/window.js';
import { labelInForce, labelsNotInForce } from '../render/labels-in-force.js';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A message with a hole, as a pattern: leftOut(['…']) → /No figures for .+?: not shown\./ */
// a hole that opens the message ("Quarterly figures are not available …") is one word: a leading
// `.+?` would try every start of the page's text against the rest (quadratic in the page's length)
const pattern = (f: (hole: string) => string) => new RegExp(f('\u0001').split('\u0001').map(esc).join('.+?').replace(/^\.\+\?/, '\\S+?'));

/** The dated items of the company's lists: items with a `date` and a title, and lists with an `as_of`. */
function datedItems(lists: Record<string, unknown>): DatedItem[] {
  const out: DatedItem[] = [];
  for (const [list, root] of Object.entries(lists)) {
    if (!root || typeof root !== 'object') continue;
    const r = root as Record<string, unknown>;
    const asOf = typeof r.as_of === 'string' ? r.as_of : undefined;
    for (const v of Object.values(r)) {
      if (!Array.isArray(v)) continue;
      for (const x of v as Record<string, unknown>[]) {
        const date = typeof x?.date === 'string' ? x.date : asOf;
        const text = [x?.title, x?.name].find((t): t is string => typeof t === 'string');
        if (date && text) out.push({ list, date, text, snapshot: typeof x?.date !== 'string' });
      }
    }
  }
  return out;
}

export function preflightContext(data: CompanyData, figures: FiguresFile, m: Messages, published?: string): PreflightContext {
  const fiscal = data.company.fiscalYear;
  const p = parsePeriod(figures.period);
  const fy = p ? fiscalYearOf(p, fiscal) : Number.NaN;
  const labels = new Map<string, string>();
  for (const it of data.items.values()) labels.set(it.id, labelInForce(it, fy, m.lang));
  const window = documentWindow(figures.period, fiscal, published) ?? { from: '0000-01-01', to: '9999-12-31' };
  return {
    figures, lang: m.lang, labels,
    notInForce: labelsNotInForce(data.items.values(), fy, m.lang),
    window, yearEnds: yearEndsNamed(figures.period, fiscal),
    dated: datedItems(data.lists),
    authorNotes: [pattern((h) => m.deck.leftOut([h])), pattern((h) => m.deck.coarser(h, [h], h)), pattern((h) => m.untranslated(h, 'en'))],
  };
}
