// Helpers for results that can be a profit or a loss: the words read the figure's sign.
//   {{result "is.net-income-iij" "q" vs="qPrior"}}  "Net loss was JPY13 million compared to net income of
//                                                   JPY607 million in 3Q07 (turned to a loss)"
//   {{signed "is.equity-method" "ytd"}}             "equity in net loss of … of JPY92 million"
//   {{turn "is.net-income-iij" "q"}}                "turned to a loss" / "returned to profit" / "loss narrowed" / ""
//   {{signLabel "is.net-income-iij" "q" "Net Income Attributable to IIJ"}}  "Net Loss Attributable to IIJ" for a loss
//   {{yenSigned "is.equity-method" "prior"}}        "JPY92 million in losses" for a loss, "JPY35 million" else
// A % change is named only between two profits (the ledger leaves it out across a change of sign);
// otherwise the phrase names the turn and the result it is compared with.
import { comparableWords } from './not-comparable.js';
import Handlebars from 'handlebars';
import { Decimal } from 'decimal.js';
import type { Comparison, Figure } from '../contract/figures.js';
import type { Result, Turn } from '../messages/en.js';
import { QuarterDeckError } from '../errors/problem.js';
import { comparisonFor, printedMagnitude, yenChangeWords, type HelperContext } from './helper-context.js';
import { decimalsForNonZero, showNumber, yenPhrase } from '../format/display.js';
import { ratioChangePhrase } from '../format/ratio.js';
import { amountUnit, directionUnknown, SCALES } from '../format/amount-unit.js';
import { around } from '../calc/interval.js';
import { parsePeriod, periodId, priorQuarter, priorYear } from '../periods/period.js';
import { periodLabels } from '../periods/labels.js';
import { mark } from './figure-mark.js';
import { escapeText as escapeHtml } from '../format/escape.js';

type Hash = { hash: Record<string, unknown> };
const interval = (f: Figure) => around(new Decimal(f.value), new Decimal(f.precision ?? 0));

/** The helpers' names, for the template check (their first argument is a figure key). */
export const RESULT_HELPERS = ['result', 'signed', 'turn', 'signLabel', 'isLoss', 'yenSigned', 'movement', 'amountChange', 'changeCell'] as const;

/** How a result moved from `prior` to `cur`, when a sign is involved; undefined between two profits. */
export function turnOf(cur: Decimal, prior: Decimal): Turn | undefined {
  if (cur.lt(0) && !prior.lt(0)) return 'to-loss';
  if (!cur.lt(0) && prior.lt(0)) return 'to-profit';
  if (cur.lt(0) && prior.lt(0)) return cur.abs().lt(prior.abs()) ? 'narrowed' : cur.abs().gt(prior.abs()) ? 'widened' : undefined;
  return undefined;
}

/** What the result helpers share: a call's parts, amounts and labels read with the sign, the comparison, the change in words. */
function resultKit(ctx: HelperContext) {
  const { figures, m } = ctx;
  const comparable = comparableWords(ctx.catalog, ctx.labels, ctx.fiscal, m);
  const parts = (a: unknown[]) => {
    const o = a[a.length - 1] as Hash; const pos = a.slice(0, -1).map(String);
    const key = pos[0]; const role = (o.hash.period as string | undefined) ?? pos[1];
    return { key, role, hash: o.hash, text: pos[2], get f() { return figures.get(key, role); }, found: figures.find(key, role) };
  };
  const amount = (f: Figure, h: Record<string, unknown>) => {
    const unit = String(h.unit ?? ctx.units ?? 'million'); const scale = SCALES[unit] ?? 1e6;
    const decimals = Number(h.decimals ?? (h.unit === undefined && scale === 1e9 ? 1 : 0));
    // in the coarser unit a figure is known to ("JPY0.3 billion", never "JPY300 million")
    const u = amountUnit(new Decimal(f.grain ?? f.precision ?? 0), scale, decimals);
    // a result that is not zero never reads as zero (a loss of 0.004 billion: "JPY0.004 billion")
    return mark(figures, f, yenPhrase(interval(f), m, u.scale, decimalsForNonZero(interval(f), u.scale, u.decimals, new Decimal(f.precision ?? 0))));
  };
  /** the label in force, read with the sign; a SafeString label (HTML with a note mark) stays HTML */
  const labelOf = (key: string, f: Figure, h: Record<string, unknown>, text?: string) => {
    const raw = text ?? (h.label instanceof Handlebars.SafeString ? h.label.toString() : h.label !== undefined ? String(h.label) : ctx.labels.get(key) ?? key);
    // a loss only where the rounding of the inputs leaves no doubt of the sign
    return new Decimal(f.value).lt(0) && !directionUnknown(interval(f)) ? m.result.lossLabel(raw) : raw;
  };
  /** the comparison: measure= (yoy, the default, or qoq); vs= as for {{change}} (true: "YoY", a role: "from 3Q07",
   *  false: the change without its comparison); the compared period is vs='s role, else the measure's */
  const compared = (key: string, f: Figure, h: Record<string, unknown>): { measure: string; prior?: Figure; vs?: Comparison; when: string } => {
    const measure = String(h.measure ?? 'yoy');
    const role = typeof h.vs === 'string' && h.vs !== '' ? h.vs : undefined;
    const p = parsePeriod(f.period);
    const base = role ? figures.period(role) : p && (measure === 'qoq' ? priorQuarter(p) : priorYear(p));
    const prior = base ? figures.find(key, typeof base === 'string' ? base : periodId(base)) : undefined;
    // fallback=<role>: the data lacks the compared period (no 3Q a year earlier): compare with that role's
    if (!prior && typeof h.fallback === 'string' && h.fallback) return compared(key, f, { ...h, vs: h.fallback, fallback: undefined, measure: 'qoq' });
    const vs: Comparison | undefined = h.vs === false ? undefined : comparisonFor(`${measure}:${key}`, f, h.vs ?? true, ctx);
    const when = prior ? m.result.when(role || h.vs === false ? undefined : vs, periodLabels(prior.period, ctx.fiscal, m).short) : '';
    return { measure, prior, vs, when };
  };
  /** a % change as words: the printed magnitude when the document printed it, else the computed one */
  const changeOf = (chg: Figure, vs: Comparison | undefined): string | undefined => {
    const shown = printedMagnitude(chg);
    const v = new Decimal(chg.value);
    if (shown) return mark(figures, chg, m.change({ dir: v.isZero() || /^0(\.0+)?%$/.test(shown) ? 'none' : v.gt(0) ? 'up' : 'down', x: shown, vs }));
    // at the precision the change has; not even a whole percent known: the change in amount, as the company words it
    const words = ratioChangePhrase(interval(chg), m, vs);
    if (words) return mark(figures, chg, words);
    const diff = chg.item && chg.measure ? figures.find(`${chg.measure}-diff:${chg.item}`, chg.period) : undefined;
    // neither the % nor the direction of the change known: no change is named
    return diff && diff.unit === 'JPY' && !directionUnknown(interval(diff)) ? mark(figures, diff, yenChangeWords(diff, m, vs)) : undefined;
  };
  const priorOf = (key: string, prior: Figure, when: string, h: Record<string, unknown>) => ({ label: labelOf(key, prior, h), amount: amount(prior, h), when });
  const resultOf = (key: string, f: Figure, h: Record<string, unknown>, withChange: boolean): Result => {
    const c = compared(key, f, h);
    const usd = h.usd ? figures.find(`usd:${key}`, f.period) : undefined;
    const yen = amount(f, h);
    const r: Result = { label: labelOf(key, f, h), amount: usd ? m.result.withUsd(yen, mark(figures, usd, m.usd(showNumber({ ...interval(usd), mid: interval(usd).mid.abs() }, { scale: 1e6 }).text, m.scale[1e6]))) : yen };
    // a result whose sign its rounding leaves open (a quarter derived from halves printed in billions) turns nowhere
    const turn = c.prior && !directionUnknown(interval(f)) && !directionUnknown(interval(c.prior)) ? turnOf(new Decimal(f.value), new Decimal(c.prior.value)) : undefined;
    if (c.prior && (turn || (h.compare && !new Decimal(c.prior.value).isZero()))) {
      r.turn = turn;
      r.prior = priorOf(key, c.prior, c.when, h);
    } else if (withChange) {
      const chg = figures.find(`${c.measure}:${key}`, f.period);
      if (chg) r.change = changeOf(chg, c.vs);
    }
    return r;
  };
  const out = (h: Record<string, unknown>, s: string) => (h.label instanceof Handlebars.SafeString ? new Handlebars.SafeString(s) : s);

  /** the change with its comparison, or the turn: "down 37.5% YoY", "turned to a loss"; neither known: the data lacks it */
  const movement = (key: string, f: Figure, h: Record<string, unknown>) => {
    const r = resultOf(key, f, { ...h, compare: undefined }, true);
    if (r.turn) return m.result.turn(r.turn);
    if (r.change) return r.change;
    throw new QuarterDeckError([{ code: 'E_TEMPLATE', item: key, period: f.period, message: `no ${String(h.measure ?? 'yoy')} change of ${key} for ${f.period}` }]);
  };
  return { comparable, parts, amount, labelOf, compared, changeOf, priorOf, resultOf, out, movement };
}

type Kit = ReturnType<typeof resultKit>;

export function registerResultHelpers(hb: typeof Handlebars, ctx: HelperContext): void {
  const kit = resultKit(ctx);
  registerResultPhrases(hb, ctx, kit);
  registerResultCells(hb, ctx, kit);
}

/** Phrases: result, signed, movement, amountChange. */
function registerResultPhrases(hb: typeof Handlebars, ctx: HelperContext, { parts, amount, compared, changeOf, priorOf, resultOf, out, movement }: Kit): void {
  const { figures, m } = ctx;
  hb.registerHelper('result', (...a: unknown[]) => { const x = parts(a); return out(x.hash, m.result.was(resultOf(x.key, x.f, x.hash, true))); });
  hb.registerHelper('signed', (...a: unknown[]) => {
    const x = parts(a); const r = resultOf(x.key, x.f, x.hash, false);
    // the comparison only when asked for (vs=), or when the sign turned
    if (x.hash.vs === undefined && !r.turn) delete r.prior;
    else if (!r.prior) { const c = compared(x.key, x.f, x.hash); if (c.prior) r.prior = priorOf(x.key, c.prior, c.when, x.hash); }
    return out(x.hash, m.result.amountOf(r));
  });
  /** {{movement "is.operating-income" "q" measure="qoq"}}; a change the data prints without its amounts reads as printed */
  hb.registerHelper('movement', (...a: unknown[]) => {
    const x = parts(a);
    if (x.found) return movement(x.key, x.found, x.hash);
    const measure = String(x.hash.measure ?? 'yoy');
    const chg = figures.get(`${measure}:${x.key}`, x.role);
    return changeOf(chg, x.hash.vs === false ? undefined : comparisonFor(`${measure}:${x.key}`, chg, x.hash.vs ?? true, ctx)) ?? m.notMeaningful();
  });
  /** {{amountChange "is.operating-income"}}: "JPY1,844 million (down 37.5% YoY)", "JPY13 million (turned to a loss)", "JPY13 million" */
  hb.registerHelper('amountChange', (...a: unknown[]) => {
    const x = parts(a); const s = amount(x.f, x.hash);
    try { return m.result.withChange(s, movement(x.key, x.f, x.hash)); } catch (e) { if (e instanceof QuarterDeckError) return s; throw e; }
  });
}

/** Cells and words: changeCell, turn, signLabel, yenSigned. */
function registerResultCells(hb: typeof Handlebars, ctx: HelperContext, { comparable, parts, amount, labelOf, compared }: Kit): void {
  const { figures, m } = ctx;
  /** {{changeCell "is.net-income-iij" "q" measure="qoq"}}: the % change as the table prints it; "n.m." when both
   *  periods are known and the change crosses a sign (the ledger leaves the % out); "" when a period is unknown */
  hb.registerHelper('changeCell', (...a: unknown[]) => {
    const o = a[a.length - 1] as Hash; const pos = a.slice(0, -1).map(String);
    const key = pos[0]; const role = (o.hash.period as string | undefined) ?? pos[1]; const measure = String(o.hash.measure ?? 'yoy');
    const chg = figures.find(`${measure}:${key}`, role);
    if (chg) return mark(figures, chg, chg.display);
    // a line first reported after the period compared with: "no comparable figure" (the deck notes it under the slide)
    const n = figures.notComparable(`${measure}:${key}`, role);
    if (n && ctx.output === 'text') return `${comparable.mark}${comparable.ref}`;
    // in the release, the mark refers to its numbered note, as the release's tables print it
    if (n) return ctx.footnote ? new hb.SafeString(`${escapeHtml(comparable.mark)}${ctx.footnote(escapeHtml(comparable.note(n)))}`) : comparable.mark;
    const f = figures.find(key, role);
    if (!f) return '';
    const c = compared(key, f, { measure });
    return c.prior ? m.notMeaningful() : '';
  });
  hb.registerHelper('turn', (...a: unknown[]) => { const x = parts(a); if (!x.found) return ''; const c = compared(x.key, x.found, x.hash); const t = c.prior && !directionUnknown(interval(x.f)) && !directionUnknown(interval(c.prior)) && turnOf(new Decimal(x.f.value), new Decimal(c.prior.value)); return t ? m.result.turn(t) : ''; });
  hb.registerHelper('signLabel', (...a: unknown[]) => {
    const x = parts(a); const text = x.text ?? ctx.labels.get(x.key) ?? x.key;
    return x.found ? labelOf(x.key, x.found, x.hash, text) : text;
  });
  /** (isLoss "is.net-income" "ytd"): the figure is below zero (a heading over it takes the loss wording; a
   *  sentence chooses "increase" / "decrease"). The one sign test of release and deck: false for a figure
   *  the data lacks, so a sentence that needs the figure says so with its own amount helpers or `needs:`. */
  hb.registerHelper('isLoss', (...a: unknown[]) => { const x = parts(a); return Boolean(x.found && new Decimal(x.found.value).lt(0)); });
  hb.registerHelper('yenSigned', (...a: unknown[]) => { const x = parts(a); const s = amount(x.f, x.hash); return new Decimal(x.f.value).lt(0) ? m.result.inLosses(s) : s; });
}
