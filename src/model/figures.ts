// Every figure a document for a period can show, with its provenance: figures.json.
// The documents are built from this and only this.
import { Decimal } from 'decimal.js';
import { identityCache } from '../cache/registry.js';
import type { Figure, FigureKind, FiguresFile } from '../contract/figures.js';
import type { Known, Ledger, Computed } from '../contract/analysis.js';
import type { Source, TaxonomyItem } from '../contract/raw-data.js';
import type { Measure } from '../calc/measures.js';
import { MEASURES, appliesTo } from '../calc/measures.js';
import { around, div, exact, halfWidth, sub, type Interval } from '../calc/interval.js';
import { nodeKey } from '../calc/resolve.js';
import { announcedOf } from '../calc/targets.js';
import { cumulative, endDate, openingDate, parsePeriod, periodId, priorQuarter, priorYear, type Duration, type Period } from '../periods/period.js';
import { periodLabels } from '../periods/labels.js';
import { decimalsOfPrecision, showNumber, showPercent } from '../format/display.js';
import { showPoints, showRatio } from '../format/ratio.js';
import type { Messages } from '../messages/en.js';
import { tableUnit } from '../calc/token.js';
import { documentDate } from './document-date.js';
import { dataPeriods } from './data-periods.js';
import { eraView } from './era-view.js';
import { notComparableList } from './not-comparable.js';
import { pushRevision } from './target-revisions.js';
import { footedPrint, grainFinder, preferredPrints, printedFooting, reportedSources, supersededPrints } from './provenance.js';

/** The periods a document for `p` compares against. */
export function documentPeriods(p: Period, fiscal: Ledger['data']['company']['fiscalYear']): { durations: string[]; instants: string[]; targets: string[] } {
  if (p.kind === 'instant') return { durations: [], instants: [p.date, periodId(priorYear(p))], targets: [] };
  const d: Period[] = [p, priorYear(p)];
  const fy = p.fy;
  const q = (span: 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'H1' | 'H2' | '9M' | 'FY', y = fy): Period => ({ kind: 'duration', fy: y, span });
  const last = p.span === 'FY' ? q('Q4') : p.span === 'H1' ? q('Q2') : p.span === 'H2' ? q('Q4') : p.span === '9M' ? q('Q3') : p;
  d.push(last, priorYear(last));
  const pq = priorQuarter(last);
  if (pq) d.push(pq);
  if (p.span === 'FY') d.push(q('H1'), q('H2'), q('H1', fy - 1), q('H2', fy - 1), q('FY', fy - 2));
  if (p.span === 'FY') for (const s of ['Q1', 'Q2', 'Q3', 'Q4'] as const) { d.push(q(s), q(s, fy - 1)); }
  // the cumulative period (a third quarter's nine months), the fiscal years, and the quarters up to the period's last
  const ytd = cumulative(p);
  d.push(ytd, priorYear(ytd), q('FY'), q('FY', fy - 1));
  for (const s of ['Q1', 'Q2', 'Q3', 'Q4'] as const) { if (s <= (last as Duration).span) d.push(q(s)); d.push(q(s, fy - 1)); }
  const instants = [endDate(p, fiscal), endDate(priorYear(p), fiscal), openingDate({ kind: 'duration', fy, span: 'FY' }, fiscal), openingDate({ kind: 'duration', fy: fy - 1, span: 'FY' }, fiscal)];
  if (pq) instants.push(endDate(pq, fiscal));
  // three fiscal years of quarters and halves, and their closing dates: the deck's trend charts and quarterly tables
  const end = endDate(p, fiscal);
  for (const y of [fy - 2, fy - 1, fy]) {
    for (const s of ['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2', 'FY'] as const) {
      const e = endDate(q(s, y), fiscal);
      if (e > end) continue;
      d.push(q(s, y));
      if (s.startsWith('Q')) instants.push(e);
    }
  }
  const targets = [periodId(p), periodId(ytd), periodId(q('FY')), periodId(q('FY', fy + 1)), periodId(q('H1', fy + 1))];
  return { durations: [...new Set(d.map(periodId))], instants: [...new Set(instants)], targets: [...new Set(targets)] };
}

function sourcesOf(ledger: Ledger, inputs: string[], seen = new Set<string>()): Source[] {
  const out: Source[] = [];
  for (const key of inputs) {
    if (seen.has(key)) continue;
    seen.add(key);
    const k = ledger.known.get(key);
    if (!k) continue;
    if (k.kind === 'reported' && k.fact) out.push(k.fact.source);
    else if (k.inputs) out.push(...sourcesOf(ledger, k.inputs, seen));
  }
  return out;
}

function kindOf(item: TaxonomyItem | undefined, base: FigureKind): FigureKind {
  return item?.statement === 'non-gaap' && base !== 'computed' ? 'non-GAAP' : base;
}

/** Default display: JPY in millions (billions with one decimal when only that precise). */
export function defaultDisplay(item: TaxonomyItem, x: Interval, precision: Decimal, m: Messages, printed?: string): { text: string; ambiguous: boolean } {
  if (item.unit === 'ratio') return showRatio(x, m);
  // a declared amount (exact): the decimals it was printed with ("2,250", "1,000.00"); derived: whole yen when whole
  if (item.exact && /^JPY\//.test(item.unit)) {
    const token = printed?.trim();
    const decimals = token && token !== '-' ? /\.(\d+)/.exec(token)?.[1].length ?? 0 : token === '-' || !x.mid.isInteger() ? 2 : 0;
    return showNumber(x, { decimals });
  }
  // per-share amounts as the company prints them: yen and sen (6,917.87)
  // (never padded: a per-share figure printed "1,250" is not shown as 1,250.00)
  if (/^JPY\/(share|ADS)$/.test(item.unit)) return showNumber(x, { decimals: precision.isZero() ? 2 : Math.min(2, decimalsOfPrecision(precision)) });
  const base = tableUnit(item.unit).base;
  if (base === 'JPY' || base === 'USD') {
    if (precision.lt(5e7)) return showNumber(x, { scale: 1e6 });
    return showNumber(x, { scale: 1e9, decimals: 1 });
  }
  return showNumber(x, { decimals: precision.isZero() ? 0 : decimalsOfPrecision(precision) });
}

/** Decimals a non-JPY difference shows: as many as its inputs were printed with (530.5 − 392.4 → 1). */
function decimalsOf(x: Interval): number {
  const half = x.hi.minus(x.lo).div(2);
  return half.isZero() ? 0 : Math.max(0, -Math.floor(Math.log10(half.times(2).toNumber()) + 1e-9));
}

/**
 * The computed measures (a change, a share of revenue …) of a figures file built with
 * `{ measures: 'asked' }`: a lookup by figure id that computes one when a document asks for it.
 */
const lookups = new WeakMap<FiguresFile, (id: string) => Figure | undefined>();
export const figureLookup = (file: FiguresFile) => lookups.get(file);

/**
 * A file of its own for one package with the same figures (the same objects) and the same lookup:
 * the figures a document asks for later are added to the copy's list, never to `file`'s.
 */
export function copyFigures(file: FiguresFile): FiguresFile {
  const copy = { ...file, figures: [...file.figures] };
  const lookup = lookups.get(file);
  if (lookup) lookups.set(copy, lookup);
  return copy;
}

/** `file` read-only: the file, its list and each figure frozen; so are the figures its lookup computes. */
export function freezeFigures(file: FiguresFile): FiguresFile {
  for (const f of file.figures) Object.freeze(f);
  Object.freeze(file.figures);
  const lookup = lookups.get(file);
  if (lookup) lookups.set(file, (id) => { const f = lookup(id); return f && Object.freeze(f); });
  return Object.freeze(file);
}

export interface FigureOptions {
  /**
   * 'all' (default): every figure a document for the period can show. 'asked': the reported,
   * derived and printed figures and the targets now; a computed measure only when a document asks
   * for it (figureLookup), the same figure 'all' would list.
   */
  measures?: 'all' | 'asked';
}

type Change = Exclude<Measure, 'vs-target'>;
const measureNames = (Object.keys(MEASURES) as Measure[]).filter((x): x is Change => x !== 'vs-target');

/** What the figures of a period are made with: its periods, labels, prints, and a measure's figure. */
function figureContext(ledger: Ledger, periodArg: string, m: Messages) {
  const { data } = ledger;
  /** an item's label in the document's language (English where no translation exists) */
  const nameOf = (item: TaxonomyItem) => (m.lang === 'ja' && item.ja) || item.en;
  const fiscal = data.company.fiscalYear;
  const p = parsePeriod(periodArg)!;
  const periods = documentPeriods(p, fiscal);
  // and every earlier period the data holds: long-term views (model/data-periods.ts)
  const more = dataPeriods(ledger, p, fiscal, documentDate(data, p, p.kind === 'instant' ? ledger.totals.assets : ledger.totals.revenue));
  periods.durations = [...new Set([...periods.durations, ...more.durations])];
  periods.instants = [...new Set([...periods.instants, ...more.instants])];
  const labels = new Map<string, string>();
  const label = (id: string) => labels.get(id) ?? labels.set(id, periodLabels(id, fiscal, m).short).get(id)!;
  const printed = preferredPrints(data.facts);
  const printedFor = (key: string, period: string) => printed.get(`${key}@${period}`);
  const usdRate = data.company.usdRates.find((r) => r.date === endDate(p, fiscal));
  const grainOf = grainFinder(ledger.known);
  const eras = eraView(data, periodArg, fiscal, m.lang);
  const docDate = documentDate(data, p, p.kind === 'instant' ? ledger.totals.assets : ledger.totals.revenue);

  const make = (f: Omit<Figure, 'periodLabel' | 'label'> & { label?: string }, item: TaxonomyItem): Figure =>
    ({ ...f, label: f.label ?? nameOf(item), periodLabel: label(f.period) });
  const isTotal = (item: TaxonomyItem) => item.id === ledger.totals.revenue || item.id === ledger.totals.assets;

  /** A measure of an item for a period: computed, or as printed where it cannot be computed. */
  const measureFigure = (item: TaxonomyItem, period: string, measure: Change): Figure | undefined => {
    const applies = appliesTo(measure, item, tableUnit(item.unit).base) && !(isTotal(item) && measure.startsWith('pct-of'));
    const c: Computed | undefined = applies ? ledger.measure(measure, item.id, period) : undefined;
    const key = `${measure}:${item.id}`;
    const printed = printedFor(key, period);
    if (!c && !printed) return undefined;
    const isPct = MEASURES[measure].unit === 'ratio' && !measure.endsWith('-pts') && !(item.unit === 'ratio' && (measure === 'yoy' || measure === 'qoq'));
    const x = c ? c.interval : around(printed!.value, printed!.precision);
    const isPts = measure.endsWith('-pts') || item.unit === 'ratio';
    // a ratio the company printed is shown as printed (in the document's style, at the printed precision);
    // a computed one at the precision its inputs support (format/ratio.ts)
    const ratioShown = printed ? around(printed.value, printed.precision) : x;
    let disp = isPct ? showRatio(ratioShown, m) : isPts
      ? showPoints(ratioShown, m)
      : showNumber(x, tableUnit(item.unit).base === 'JPY' ? { scale: 1e6, plus: true } : { decimals: decimalsOf(x), plus: true });
    if (!c || ((isPct || isPts) && printed)) disp = { text: disp.text, ambiguous: false };
    if (c && disp.ambiguous && printed) disp = { text: printed.printed, ambiguous: false };
    return make({
      id: `${key}@${period}`, item: item.id, measure, period, scenario: 'actual',
      value: c ? c.interval.mid.toFixed() : printed!.value.toFixed(), display: disp.text,
      unit: isPct ? 'percent' : measure.endsWith('-pts') || item.unit === 'ratio' ? 'points' : item.unit,
      kind: c ? 'computed' : 'reported', label: m.figureLabel(nameOf(item), measure) ?? `${nameOf(item)} — ${MEASURES[measure].en}`,
      formula: c?.formula, inputs: c?.inputs, sources: c ? sourcesOf(ledger, c.inputs) : [printed!.source],
      ambiguous: disp.ambiguous || undefined, printed: printed?.printed,
      precision: (c ? halfWidth(c.interval) : printed!.precision).toFixed(),
    }, item);
  };
  return { data, p, fiscal, periods, nameOf, printedFor, usdRate, grainOf, eras, docDate, make, measureFigure };
}

/** A lookup of the computed measures of the period that `context` makes: each computed once, when asked. */
function askedLookup({ data, periods, measureFigure }: ReturnType<typeof figureContext>): (id: string) => Figure | undefined {
  const durations = new Set(periods.durations); const instants = new Set(periods.instants);
  const done = new Map<string, Figure | undefined>();
  return (id) => {
    if (done.has(id)) return done.get(id);
    const at = id.lastIndexOf('@'); const colon = id.indexOf(':');
    const measure = id.slice(0, colon) as Change; const item = data.items.get(id.slice(colon + 1, at)); const period = id.slice(at + 1);
    const ok = colon > 0 && colon < at && item && measureNames.includes(measure) && (item.time === 'instant' ? instants : durations).has(period);
    const f = ok ? measureFigure(item, period, measure) : undefined;
    done.set(id, f);
    return f;
  };
}

/**
 * `file` (buildFigures(ledger, periodArg, m, { measures: 'asked' }) stored as plain data and read
 * back) with its lookup again: the measures a document asks for are computed as buildFigures computes them.
 */
export function withAskedLookup(file: FiguresFile, ledger: Ledger, periodArg: string, m: Messages): FiguresFile {
  lookups.set(file, askedLookup(figureContext(ledger, periodArg, m)));
  return file;
}

/** What a figures file was built with, kept for building it again after a save (buildFiguresAgain). */
interface Built { periods: string; byItem: Map<string, Figure[]> }
const built = identityCache<FiguresFile, Built>({ name: 'what figures files were built with', keyedBy: 'the figures file (identity)' });

/** The periods, publication date, USD rate and options a figures file was made with: another is a whole build. */
const contextKey = ({ periods, docDate, usdRate }: ReturnType<typeof figureContext>, opts: FigureOptions) =>
  JSON.stringify([periods, docDate ?? '', usdRate?.rate ?? '', opts.measures ?? 'all']);

export function buildFigures(ledger: Ledger, periodArg: string, m: Messages, opts: FigureOptions = {}): FiguresFile {
  return figuresWith(ledger, m, opts, figureContext(ledger, periodArg, m), () => undefined);
}

/**
 * buildFigures of `ledger` again (the preview after a facts save): the figures of an item that
 * `changed(item)` does not name are `last`'s, the same objects; undefined when `last` was made for
 * other periods (the caller builds the whole). What it gives is what buildFigures gives as long as
 * `changed` names every item whose nodes, inputs or facts changed (preview/figures-again.ts).
 */
export function buildFiguresAgain(ledger: Ledger, periodArg: string, m: Messages, opts: FigureOptions, last: FiguresFile, changed: (item: TaxonomyItem) => boolean): FiguresFile | undefined {
  const was = built.get(last);
  const context = figureContext(ledger, periodArg, m);
  if (!was || was.periods !== contextKey(context, opts)) return undefined;
  return figuresWith(ledger, m, opts, context, (item) => (changed(item) ? undefined : was.byItem.get(item.id)));
}

function figuresWith(ledger: Ledger, m: Messages, opts: FigureOptions, context: ReturnType<typeof figureContext>, kept: (item: TaxonomyItem) => Figure[] | undefined): FiguresFile {
  const lazy = opts.measures === 'asked';
  const { data, p, fiscal, periods, nameOf } = context;
  const figures: Figure[] = [];
  const byItem = new Map<string, Figure[]>();
  for (const item of data.items.values()) {
    const list = kept(item) ?? itemFigures(ledger, context, item, m, lazy);
    byItem.set(item.id, list);
    figures.push(...list);
  }
  const file: FiguresFile = { company: data.company.id, period: periodId(p), periodLabel: periodLabels(p, fiscal, m).short, generatedFrom: data.root, figures };
  // changes across a regrouping with no comparable figure: absent, with the reason (model/not-comparable.ts)
  const notComparable = notComparableList(ledger, periods, fiscal, (x) => m.notComparable({ label: nameOf(x.item), since: periodLabels(x.since, fiscal, m).short, base: periodLabels(x.base, fiscal, m).short }));
  if (notComparable.length) file.notComparable = notComparable;
  if (lazy) lookups.set(file, askedLookup(context));
  built.set(file, { periods: contextKey(context, opts), byItem });
  return file;
}

/** The figures of one item for every period of the context, in the order figures.json lists them. */
function itemFigures(ledger: Ledger, context: ReturnType<typeof figureContext>, item: TaxonomyItem, m: Messages, lazy: boolean): Figure[] {
  const { data, periods, nameOf, printedFor, usdRate, grainOf, eras, docDate, make, measureFigure } = context;
  const figures: Figure[] = [];
  const push = (f: Omit<Figure, 'periodLabel' | 'label'> & { label?: string }, it: TaxonomyItem) => { figures.push(make(f, it)); };
  const periodsFor = item.time === 'instant' ? periods.instants : periods.durations;
  for (const period of periodsFor) {
    // a year restated in the document's grouping: the old lines are not shown (model/era-view.ts)
    if (eras.hidden(item.id, period)) continue;
    const v = ledger.value(item.id, period);
    if (v) {
      const k: Known | undefined = ledger.known.get(nodeKey(item.id, period));
      const precision = k?.precision ?? v.interval.hi.minus(v.interval.lo).div(2);
      const printed = printedFor(item.id, period);
      let disp = defaultDisplay(item, v.interval, precision, m, k?.kind === 'reported' ? k.fact?.printed : undefined);
      if (disp.ambiguous && printed && item.formula) disp = { text: printed.printed, ambiguous: false };
      push({
        id: nodeKey(item.id, period), item: item.id, period, scenario: 'actual', value: v.interval.mid.toFixed(),
        display: disp.text, unit: item.unit, kind: kindOf(item, k ? k.kind : 'computed'),
        formula: k?.formula ?? (k ? undefined : v.formula), inputs: k?.inputs ?? (k ? undefined : v.inputs),
        sources: k?.kind === 'reported' && k.fact ? reportedSources(k) : sourcesOf(ledger, v.inputs), superseded: supersededPrints(k), footing: printedFooting(k), footed: footedPrint(k),
        grain: k?.kind === 'derived' ? grainOf(nodeKey(item.id, period)).toFixed() : undefined,
        ambiguous: disp.ambiguous || undefined, precision: precision.toFixed(), restated: eras.restated(item.id, period),
      }, item);
      const perShare = item.unit === 'JPY/share' || item.unit === 'JPY/ADS';
      if (usdRate && (tableUnit(item.unit).base === 'JPY' || perShare) && item.unit !== 'ratio') {
        const usd = div(v.interval, exact(usdRate.rate))!;
        push({
          id: `usd:${nodeKey(item.id, period)}`, item: item.id, measure: 'usd', period, scenario: 'actual', value: usd.mid.toFixed(),
          display: showNumber(usd, perShare ? { decimals: 2 } : { scale: 1e6 }).text, unit: perShare ? item.unit.replace('JPY', 'USD') : 'USD', kind: 'computed', label: m.figureLabel(nameOf(item), 'usd') ?? `${nameOf(item)} (USD)`,
          formula: `${nodeKey(item.id, period)} / ${usdRate.rate}`, inputs: [nodeKey(item.id, period)], sources: sourcesOf(ledger, v.inputs),
        }, item);
      }
    }
    for (const measure of measureNames) {
      // asked for: printed measures now (they are reported figures), computed ones when a document asks
      if (lazy && !printedFor(`${measure}:${item.id}`, period)) continue;
      const f = measureFigure(item, period, measure);
      if (f) figures.push(f);
    }
  }
  for (const period of periods.targets) {
    // the target in force when the period's document is published: a later revision is not the document's
    const t = ledger.target(item.id, period, docDate);
    if (!t) continue;
    push({
      id: `target:${nodeKey(item.id, period)}`, item: item.id, measure: 'target', period, scenario: 'target', value: t.value.toFixed(),
      display: defaultDisplay(item, around(t.value, t.precision), t.precision, m, t.printed).text, unit: item.unit, kind: 'reported',
      label: m.figureLabel(nameOf(item), 'target', m.date(t.announced ?? t.source.date)) ?? `${nameOf(item)} — target (announced ${t.announced ?? t.source.date})`, sources: [t.source], printed: t.printed, announced: t.announced ?? t.source.date,
    }, item);
    pushRevision(ledger, item, period, t, m, nameOf(item), (it, f) => defaultDisplay(it, around(f.value, f.precision), f.precision, m, f.printed).text, push);
    const vs = ledger.measure('vs-target', item.id, period);
    if (vs) push({
      id: `vs-target:${nodeKey(item.id, period)}`, item: item.id, measure: 'vs-target', period, scenario: 'actual', value: vs.interval.mid.toFixed(),
      display: showPercent(vs.interval, m).text, unit: 'percent', kind: 'computed', label: m.figureLabel(nameOf(item), 'vs-target') ?? `${nameOf(item)} — against target`,
      formula: vs.formula, inputs: vs.inputs, sources: sourcesOf(ledger, vs.inputs),
    }, item);
    // the target against the year before it (the deck's target table: "+3.0", "4.4%")
    const base = parsePeriod(period);
    const prev = base && ledger.value(item.id, periodId(priorYear(base)));
    if (prev && item.unit !== 'ratio') {
      const tv = around(t.value, t.precision);
      const inputs = [`target:${nodeKey(item.id, period)}`, ...prev.inputs];
      // a change printed with this announcement: one printed with a target it revised is of another value
      const printedT = (measure: string) => data.facts.find((f) => f.scenario === 'target' && f.key === `${measure}:${item.id}` && f.period === period && announcedOf(f) === announcedOf(t));
      const d = sub(tv, prev.interval);
      const dp = printedT('yoy-diff');
      const dScale = t.tableUnit.includes('billion') ? { scale: 1e9, decimals: 1 } : tableUnit(item.unit).base === 'JPY' ? { scale: 1e6 } : {};
      let dd = showNumber(d, { ...dScale, plus: true });
      if (dd.ambiguous && dp) dd = { text: dp.printed, ambiguous: false };
      push({
        id: `target-yoy-diff:${nodeKey(item.id, period)}`, item: item.id, measure: 'target-yoy-diff', period, scenario: 'target', value: d.mid.toFixed(),
        display: dd.text, unit: item.unit, kind: 'computed', label: m.figureLabel(nameOf(item), 'target-yoy-diff') ?? `${nameOf(item)} — target against the year before`, formula: `target − ${item.id}@prior year`,
        inputs, sources: [t.source, ...sourcesOf(ledger, prev.inputs)], ambiguous: dd.ambiguous || undefined, printed: dp?.printed,
      }, item);
      const q = prev.interval.mid.gt(0) ? div(tv, prev.interval) : undefined;
      if (q) {
        const r = sub(q, exact(1));
        const rp = printedT('yoy');
        let rd = showPercent(r, m);
        if (rd.ambiguous && rp) rd = { text: rp.printed, ambiguous: false };
        push({
          id: `target-yoy:${nodeKey(item.id, period)}`, item: item.id, measure: 'target-yoy', period, scenario: 'target', value: r.mid.toFixed(),
          display: rd.text, unit: 'percent', kind: 'computed', label: m.figureLabel(nameOf(item), 'target-yoy') ?? `${nameOf(item)} — target % change against the year before`, formula: `target / ${item.id}@prior year − 1`,
          inputs, sources: [t.source, ...sourcesOf(ledger, prev.inputs)], ambiguous: rd.ambiguous || undefined, printed: rp?.printed,
        }, item);
      }
    }
  }
  return figures;
}
