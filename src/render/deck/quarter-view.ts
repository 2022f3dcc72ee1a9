// The company's quarterly deck: a document for a second, third or fourth quarter speaks of the
// cumulative period (the nine months of a third quarter) beside the quarter itself, as the
// company's decks do ("9M08 … 3Q08 …"). The deck's "cur" and "prior" roles are the cumulative
// period's; "q" stays the quarter. A first quarter's cumulative period is the quarter itself.
import type { FigureSet, Roles } from '../figure-set.js';
import { parsePeriod, periodId, priorYear } from '../../periods/period.js';

/** The figure set with "cur"/"prior"/"prior2" moved to the cumulative period, for a quarter's deck. */
export function cumulativeView(figures: FigureSet): FigureSet {
  const p = parsePeriod(figures.file.period);
  if (!p || p.kind !== 'duration' || !/^Q[2-4]$/.test(p.span)) return figures;
  const r = figures.roles;
  const ytd = parsePeriod(r.ytd)!;
  const roles: Roles = { ...r, cur: r.ytd, prior: r.ytdPrior, prior2: periodId(priorYear(priorYear(ytd))) };
  const view = Object.create(figures) as FigureSet;
  Object.defineProperty(view, 'roles', { value: roles });
  return view;
}
