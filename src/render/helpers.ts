// Handlebars helpers: the only way a template reaches a number. Each takes a figure key and a
// period role; formatting goes through format/display.ts and the language's messages.
import Handlebars from 'handlebars';
import { Decimal } from 'decimal.js';
import type { Comparison, Figure } from '../contract/figures.js';
import { decimalsForNonZero, decimalsOfPrecision, showNumber, yenPhrase } from '../format/display.js';
import { ratioChangePhrase, showPoints, showRatio } from '../format/ratio.js';
import { amountUnit, directionUnknown, SCALES, smallAmountUnit } from '../format/amount-unit.js';
import { around } from '../calc/interval.js';
import { periodLabels } from '../periods/labels.js';
import { fiscalYearOf, parsePeriod } from '../periods/period.js';
import { labelPeriod } from './label-period.js';
import { eraInForceFor } from './presentation-eras.js';
import { registerResultHelpers } from './result-helpers.js';
import { registerAsOf } from './as-of.js';
import { comparisonFor, interval, printedMagnitude, signedPhrase, yenChangeWords, type HelperContext } from './helper-context.js';
import { TemplateFault } from '../errors/template-fault.js';
import { formatMessage } from '../template/format-message.js';
import { near, said, spoken } from '../errors/problem.js';
import { mark } from './figure-mark.js';

const precisionOf = (f: Figure): Decimal => new Decimal(f.precision ?? 0);

type Hash = { hash: Record<string, unknown> };

/** Split helper arguments into (key, role, options). */
function args(a: unknown[]): { key: string; role?: string; hash: Record<string, unknown> } {
  const opts = a[a.length - 1] as Hash;
  const pos = a.slice(0, -1) as string[];
  const role = (opts.hash.period as string | undefined) ?? pos[1];
  return { key: String(pos[0]), role, hash: opts.hash };
}

/** What the figure helpers share: the figure of a call, its optional form, the unit asked for, amounts and changes in words. */
function helperKit(ctx: HelperContext) {
  const { figures, m } = ctx;
  const get = (a: unknown[]) => { const x = args(a); return { ...x, f: figures.get(x.key, x.role) }; };
  const optional = (a: unknown[], render: (f: Figure, hash: Record<string, unknown>) => string): string => {
    const x = args(a);
    const f = x.hash.optional ? figures.find(x.key, x.role) : figures.get(x.key, x.role);
    return f ? mark(figures, f, render(f, x.hash)) : String(x.hash.blank ?? '');
  };

  /** the scale and decimals a helper asks for; without unit=, the audience's unit */
  const unitOf = (h: Record<string, unknown>) => {
    const unit = String(h.unit ?? ctx.units ?? 'million');
    const scale = Object.hasOwn(SCALES, unit) ? SCALES[unit] : 1e6;
    return { scale, decimals: Number(h.decimals ?? (h.unit === undefined && scale === 1e9 ? 1 : 0)) };
  };

  /** a computed % change in words at the precision it has; where not even a whole percent is known, the
   *  change in amount as the company words it ("up JPY183 million YoY"), else "n.m." */
  const ratioChange = (key: string, f: Figure, vs?: Comparison): string => {
    const words = ratioChangePhrase(interval(f), m, vs);
    if (words) return words;
    const diff = figures.find(key.replace(/^(yoy|qoq):/, '$1-diff:'), f.period);
    return diff && diff.unit === 'JPY' && !directionUnknown(interval(diff)) ? yenChangeWords(diff, m, vs) : m.notMeaningful();
  };

  /** an amount in words in the asked unit, or the coarser one it is known to ("JPY0.3 billion") */
  const yenWords = (f: Figure, u: { scale: number; decimals: number }, peers: Figure[] = []) => {
    const unitFor = (x: Figure) => { const k = new Decimal(x.grain ?? x.precision ?? 0); return { k, w: smallAmountUnit(interval(x), k, amountUnit(k, u.scale, u.decimals)) }; };
    const own = unitFor(f).w;
    // amounts compared in one sentence share one unit: the finest any of them takes, where all are known to it
    const finest = [f, ...peers].map((x) => unitFor(x).w).sort((a, b) => a.scale - b.scale)[0];
    const w = finest.scale < own.scale && [f, ...peers].every((x) => !unitFor(x).k.gt(finest.scale / 2)) ? finest : own;
    const plain = () => yenPhrase(interval(f), m, w.scale, sentenceDecimals(f, peers, w));
    if (!ctx.footed || w.decimals !== 0) return plain();
    return ctx.footed.amount(f, w.scale, (v) => yenPhrase(around(v, new Decimal(0)), m, w.scale, 0), plain);
  };
  /** the decimals of an amount compared in one sentence with others (peer=): the places the one that needs most
   *  takes to show it non-zero, never more than the least known of them is known to (one precision per sentence) */
  const sentenceDecimals = (f: Figure, peers: Figure[], w: { scale: number; decimals: number }) => {
    const own = decimalsForNonZero(interval(f), w.scale, w.decimals, precisionOf(f));
    if (!peers.length) return own;
    const all = [f, ...peers];
    const need = Math.max(...all.map((x) => decimalsForNonZero(interval(x), w.scale, w.decimals, precisionOf(x))));
    const known = Math.min(...all.map((x) => (precisionOf(x).isZero() ? need : decimalsOfPrecision(precisionOf(x), w.scale))));
    return Math.max(w.decimals, Math.min(need, known));
  };
  return { get, optional, unitOf, ratioChange, yenWords };
}

type Kit = ReturnType<typeof helperKit>;

export function registerHelpers(hb: typeof Handlebars, ctx: HelperContext): void {
  const kit = helperKit(ctx);
  registerAmountHelpers(hb, ctx, kit);
  registerChangeHelpers(hb, ctx, kit);
  registerWordHelpers(hb, ctx);
  registerResultHelpers(hb, ctx);
  registerAsOf(hb, ctx);
}

/** Amounts and counts: fig, has, amount, yen, revised, money, usd, num. */
function registerAmountHelpers(hb: typeof Handlebars, ctx: HelperContext, { get, optional, unitOf, yenWords }: Kit): void {
  const { figures, m } = ctx;
  hb.registerHelper('fig', (...a: unknown[]) => optional(a, (f) => f.display));
  hb.registerHelper('has', (...a: unknown[]) => { const x = args(a); return figures.find(x.key, x.role) !== undefined; });
  hb.registerHelper('amount', (...a: unknown[]) => optional(a, (f, h) => {
    const { scale, decimals } = unitOf(h);
    // the data is not that precise: never invent digits. A change of two figures known to the unit is shown
    // as computed ("+20"); a figure known only to a coarser unit (0.3 billion in a JPY-million column) is a
    // dash, as in the release's tables
    const half = new Decimal(scale).times(new Decimal(10).pow(-decimals)).div(2);
    const known = new Decimal(f.grain ?? f.precision ?? 0);
    if (known.gt(half.times(10))) return '—';
    if (known.gt(half)) return f.display;
    return showNumber(interval(f), { scale, decimals: decimalsForNonZero(interval(f), scale, decimals, precisionOf(f)), plus: Boolean(h.plus) }).text;
  }));
  // peer="key" (peerRole="prior"): the amount it is compared with in the sentence, printed at one precision with it
  const peersOf = (hash: Record<string, unknown>) => { const p = hash.peer ? figures.find(String(hash.peer), hash.peerRole === undefined ? undefined : String(hash.peerRole)) : undefined; return p ? [p] : []; };
  hb.registerHelper('yen', (...a: unknown[]) => { const { f, hash } = get(a); return mark(figures, f, yenWords(f, unitOf(hash), peersOf(hash))); });
  // a target and, where it was revised, the one it replaced: "revised up to JPY1,250 from JPY1,000"
  hb.registerHelper('revised', (...a: unknown[]) => {
    const { f, key, role, hash } = get(a); const u = unitOf(hash);
    const prev = figures.find(key.replace(/^target:/, 'target-prev:'), role);
    // never more decimals than the less precise of the two is known to (a target announced as 4 billion is not "4.0")
    const known = (x: Figure) => (precisionOf(x).isZero() ? u.decimals : decimalsOfPrecision(precisionOf(x), u.scale));
    const decimals = Math.min(u.decimals, ...[f, prev].filter((x): x is Figure => x !== undefined).map(known));
    const phrase = (x: Figure) => mark(figures, x, yenPhrase(interval(x), m, u.scale, Math.max(0, decimals)));
    if (!prev) return phrase(f);
    return m.targetRevised(new Decimal(f.value).gte(prev.value) ? 'up' : 'down', phrase(f), phrase(prev));
  });
  // (earlierAnnounced "target:ps.eps-basic" "targetFy" than="target:is.net-income-iij"): the date of a target a
  // later announcement left as it was (a per-share target beside a revised net income), else ''
  hb.registerHelper('earlierAnnounced', (key: string, role: string, o: { hash?: { than?: string } }) => {
    const d = figures.find(key, role)?.announced; const later = o?.hash?.than ? figures.find(o.hash.than, role)?.announced : undefined;
    return d && later && d < later ? m.date(d) : '';
  });
  hb.registerHelper('money', (...a: unknown[]) => optional(a, (f, hash) => yenWords(f, unitOf(hash))));
  hb.registerHelper('usd', (...a: unknown[]) => {
    const x = args(a);
    if (x.hash.optional && !figures.find(`usd:${x.key}`, x.role)) return '';
    const f = figures.get(`usd:${x.key}`, x.role);
    const n = showNumber({ ...interval(f), mid: interval(f).mid.abs() }, { scale: SCALES[String(x.hash.unit ?? 'million')] ?? 1e6, decimals: Number(x.hash.decimals ?? 0) });
    return mark(figures, f, m.usd(n.text, m.scale[SCALES[String(x.hash.unit ?? 'million')] ?? 1e6] ?? ''));
  });
  hb.registerHelper('num', (...a: unknown[]) => optional(a, (f) => showNumber(interval(f), { decimals: Number((a[a.length - 1] as Hash).hash.decimals ?? 0) }).text));
}

/** Changes and ratios: change, yenChange, pct, ratio, points. */
function registerChangeHelpers(hb: typeof Handlebars, ctx: HelperContext, { get, optional, ratioChange }: Kit): void {
  const { figures, m } = ctx;
  // a change the document printed, and the computation could round either way: the figure shows the printed
  // token (model/figures.ts), and so do the phrases
  // vs=true: the whole phrase with its comparison ("up 4.3% YoY", "前期比4.3%増"); see comparisonFor
  hb.registerHelper('change', (...a: unknown[]) => optional(a, (f, hash) => {
    const vs = comparisonFor(args(a).key, f, hash.vs, ctx);
    const p = printedMagnitude(f); return p ? signedPhrase(f, p, m, (x) => x, vs) : ratioChange(args(a).key, f, vs);
  }));
  hb.registerHelper('yenChange', (...a: unknown[]) => {
    const { f, key, hash } = get(a); const vs = comparisonFor(key, f, hash.vs, ctx);
    return mark(figures, f, yenChangeWords(f, m, vs));
  });
  hb.registerHelper('pct', (...a: unknown[]) => { const { f } = get(a); const p = printedMagnitude(f); if (p) return mark(figures, f, p); const i = interval(f); return mark(figures, f, showRatio({ mid: i.mid.abs(), lo: i.lo.abs(), hi: i.hi.abs() }, m).text); });
  hb.registerHelper('ratio', (...a: unknown[]) => optional(a, (f) => printedMagnitude(f) !== undefined ? f.display : showRatio(interval(f), m).text));
  hb.registerHelper('points', (...a: unknown[]) => optional(a, (f) => printedMagnitude(f) ?? showPoints({ ...interval(f), mid: interval(f).mid.abs() }, m).text.replace(/^\((.*)\)$/, '$1')));
}

/** Words: label, period, date, eq, bool, and the catalog's messages (t). */
function registerWordHelpers(hb: typeof Handlebars, ctx: HelperContext): void {
  const { figures, m } = ctx;
  /** (label "is.net-income-iij"): the item's label in force for the document's year; (label key "q"): worded for
   *  the figure's period too, where the language words a line by it (当社株主に帰属する四半期純利益) */
  hb.registerHelper('label', (key: string, ...a: unknown[]) => {
    const text = ctx.labels.get(key.replace(/^[a-z-]+:/, '')) ?? key;
    const role = typeof a[0] === 'string' ? a[0] : undefined;
    return role ? m.labelFor(text, labelPeriod(figures.period(role), ctx.fiscal, /^target(-[a-z]+)?:/.test(key))) : text;
  });
  const fyOf = (id: string) => { const p = parsePeriod(id); return p ? fiscalYearOf(p, ctx.fiscal) : Number.NaN; };
  /** (inEra "asc-810" "cur"): is the company's presentation era in force for the figures of that period (the
   *  later of the document's year and the period's decides; presentation-eras.ts)? Without a role, the
   *  document's year. A company that does not define the era: `otherwise` decides. */
  hb.registerHelper('inEra', (id: unknown, ...a: unknown[]) => {
    const o = a[a.length - 1] as Hash;
    const role = typeof a[0] === 'string' ? a[0] : 'cur';
    const eras = ctx.eras ?? [];
    if (typeof id !== 'string' || !eras.some((e) => e.id === id)) return Boolean(o.hash.otherwise);
    return eraInForceFor(eras, id, fyOf(figures.file.period), fyOf(figures.period(role)));
  });
  hb.registerHelper('period', (role: string, style: unknown) => {
    const l = periodLabels(figures.period(role), ctx.fiscal, m, ctx.asOf);
    return l[(typeof style === 'string' ? style : 'short') as keyof typeof l];
  });
  hb.registerHelper('date', (iso: string) => m.date(iso));
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  /** (bool x): true when x is set and not empty, for a message's select */
  hb.registerHelper('bool', (x: unknown) => Boolean(x && String(x)));
  /** {{t "results.revenue" amount=(money …)}}: a catalog message in the document's language */
  const catalog = ctx.catalog;
  if (catalog) {
    hb.registerHelper('t', (key: string, o: Hash) => {
      const msg = catalog.messages.get(String(key));
      if (!msg) throw new TemplateFault([spoken({ code: 'E_TEMPLATE', message: said('noMessage', String(key), catalog.lang), found: String(key), hint: near(String(key), catalog.messages.keys()) })]);
      const text = formatMessage(msg, o.hash, ctx.output ?? 'html');
      return ctx.output === 'text' ? text : new Handlebars.SafeString(text);
    });
  }
}
