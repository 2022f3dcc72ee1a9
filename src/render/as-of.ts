// Instants at any date: {{asOf "kpi.atms"}} is an item's latest figure at a date from the start of
// the document's period to its publication date (figures.json holds those: model/data-periods.ts),
// labelled with its date in the document's language ("440 as of May 15, 2010", "2010年5月15日現在 440").
// `{{asOf "kpi.atms" "2010-05-15"}}` names the date; `optional=true` prints nothing when there is none.
import type Handlebars from 'handlebars';
import type { Figure } from '../contract/figures.js';
import type { HelperContext } from './helper-context.js';
import { openingDate, parsePeriod, type Duration } from '../periods/period.js';
import { QuarterDeckError } from '../errors/problem.js';

/** The item's latest instant figure from the period's start (its opening balance date excluded) on, or the one at `date`. */
export function latestInstant(ctx: Pick<HelperContext, 'figures' | 'fiscal'>, key: string, date?: string): Figure | undefined {
  const p = parsePeriod(ctx.figures.file.period);
  const start = p?.kind === 'duration' ? openingDate(p as Duration, ctx.fiscal) : '';
  let best: Figure | undefined;
  for (const f of ctx.figures.byId.values()) {
    if (f.item !== key || f.measure || !/^\d{4}-\d{2}-\d{2}$/.test(f.period)) continue;
    if (date ? f.period !== date : f.period <= start) continue;
    if (!best || f.period > best.period) best = f;
  }
  return best;
}

export function registerAsOf(hb: typeof Handlebars, ctx: HelperContext): void {
  hb.registerHelper('asOf', (...a: unknown[]) => {
    const opts = a[a.length - 1] as { hash: Record<string, unknown> };
    const [key, date] = a.slice(0, -1).map(String);
    const f = latestInstant(ctx, key, date);
    if (!f) {
      if (opts.hash.optional) return '';
      throw new QuarterDeckError([{ code: 'E_TEMPLATE', message: `no figure "${key}" at a date ${date ? `"${date}"` : `from the start of ${ctx.figures.file.period} to the document's date`}`, hint: 'the data holds no balance of this item at such a date' }]);
    }
    ctx.figures.find(key, f.period);
    return ctx.m.atDate(f.display, f.period);
  });
}
