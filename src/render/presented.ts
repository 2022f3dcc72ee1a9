// Is a line presented for a period: printed by the company, or derived only from its own prints for
// other periods (a first quarter as 1H − 2Q, from the same statement)? A line derived from other items
// (FY2008's net income including noncontrolling interests, from pretax income and taxes, a line the
// FY2008 statements do not have) was never presented. The release's wording follows it: "Net income
// attributable to IIJ" where the statements present net income including noncontrolling interests.
import type { Figure } from '../contract/figures.js';
import type { FigureSet } from './figure-set.js';

export function presented(figures: FigureSet, f: Figure | undefined, depth = 0): boolean {
  if (!f || f.kind === 'computed') return false;
  if (f.kind !== 'derived') return true;
  const inputs = f.inputs ?? [];
  return depth < 8 && inputs.length > 0
    && inputs.every((id) => id.startsWith(`${f.item}@`) && presented(figures, figures.find(f.item, id.slice(f.item.length + 1)), depth + 1));
}
