// A period's figures after a facts save (the preview): the analysis the save made
// (calc/analyse-again.ts) names the items whose nodes or facts may have changed; every other item's
// figures are the last analysis's, the same objects (model/figures.ts buildFiguresAgain). An item
// with a formula reads other items, and every item's share of revenue or assets reads the totals:
// those are always made again, and a change of a total makes every item again.
import type { Analysis } from '../contract/analysis.js';
import type { FiguresFile } from '../contract/figures.js';
import type { Messages } from '../messages/en.js';
import { buildFiguresAgain, type FigureOptions } from '../model/figures.js';
import { identityCache } from '../cache/registry.js';

const madeFrom = identityCache<Analysis, { from: WeakRef<Analysis>; items: Set<string> }>({ name: 'the analysis a facts save was made from', keyedBy: 'the analysis (identity)' });

/** `analysis` was made from `from` by a save that may change only `items` (`from` is not kept alive by this: no chain of every analysis since the start). */
export function noteAgain(analysis: Analysis, from: Analysis, items: Set<string>): void {
  madeFrom.set(analysis, { from: new WeakRef(from), items });
}

/** The figures of `analysis` from those `last` has for the analysis it was made from; undefined: none, build the whole. */
export function figuresAgain(analysis: Analysis, period: string, m: Messages, opts: FigureOptions, last: (from: Analysis) => FiguresFile | undefined): FiguresFile | undefined {
  const was = madeFrom.get(analysis);
  const from = was?.from.deref();
  const file = from && last(from);
  if (!was || !file) return undefined;
  const { totals } = analysis.ledger;
  if ([totals.revenue, totals.assets].some((t) => t && was.items.has(t))) return undefined;
  return buildFiguresAgain(analysis.ledger, period, m, opts, file, (item) => item.formula !== undefined || was.items.has(item.id));
}
