// Deck text through Handlebars with the shared helpers (render/helpers.ts): the only way a slide
// reaches a number. Every figure a template touches is recorded, for the slide's speaker notes.
import Handlebars from 'handlebars';
import { presentationEras } from '../presentation-eras.js';
import { compiledIn } from '../compiled-templates.js';
import { Decimal } from 'decimal.js';
import { decimalsForNonZero, showNumber, yenChangeAmount } from '../../format/display.js';
import type { Figure, NotComparable } from '../../contract/figures.js';
import { comparableWords, type ComparableWords } from '../not-comparable.js';
import type { DocumentInputs } from '../../contract/document-inputs.js';
import type { FigureSet } from '../figure-set.js';
import { registerHelpers } from '../helpers.js';
import { comparisonFor, printedMagnitude, yenChangeWords } from '../helper-context.js';
import { ratioMagnitude } from '../../format/ratio.js';
import { around } from '../../calc/interval.js';
import { pointsChange } from '../points-change.js';
import { QuarterDeckError } from '../../errors/problem.js';
import { templateLine } from '../../template/template-line.js';
import { mark } from '../figure-mark.js';
import { TemplateFault, checkTemplate, checkedFigures } from '../template-check.js';
import { checkedOnce } from '../passed-checks.js';
import { useProblems, type Catalog } from '../../template/catalog.js';

const intervalOf = (f: Figure) => around(new Decimal(f.value), new Decimal(f.precision ?? 0));

export interface Where { file: string; line?: number; field?: string }

/** A FigureSet that records every figure found through it (and every change it found no comparable figure for: `comparisons`). */
export function trackFigures(base: FigureSet): { figures: FigureSet; used: Map<string, Figure>; reset: () => Map<string, Figure>; comparisons: () => NotComparable[] } {
  let used = new Map<string, Figure>();
  let missing = new Map<string, NotComparable>();
  const figures = Object.create(base) as FigureSet;
  figures.find = (key: string, role?: string) => {
    const f = base.find(key, role);
    if (f) used.set(f.id, f);
    return f;
  };
  figures.notComparable = (key: string, role?: string) => {
    const n = base.notComparable(key, role);
    if (n) missing.set(n.id, n);
    return n;
  };
  return {
    figures, get used() { return used; },
    reset: () => { const u = used; used = new Map(); missing = new Map(); return u; },
    /** the changes with no comparable figure asked for since the last reset */
    comparisons: () => [...missing.values()],
  };
}

// One Handlebars environment per process, its templates compiled once (render/compiled-templates.ts);
// each deck registers its helpers (bound to its figures) before it renders. deckModel() is
// synchronous, so two decks never render at once.
const hb = Handlebars.create();

export class DeckText {
  private hb = hb;
  readonly tracker: ReturnType<typeof trackFigures>;
  /** the mark and note of a change with no comparable figure (render/not-comparable.ts) */
  readonly comparable: ComparableWords;
  /** every language's catalog (a {{t}} is checked against all), and the deck's language's */
  private catalogs: Catalog[];

  constructor(readonly inputs: DocumentInputs, asOf?: string) {
    // a key that names no item is a typo in the template (a TemplateFault), not a gap in the data
    this.tracker = trackFigures(checkedFigures(inputs.figures, inputs.items));
    this.catalogs = inputs.templates.catalogs;
    const catalog = inputs.templates.catalog;
    this.comparable = comparableWords(catalog, inputs.labels, inputs.fiscal, inputs.m);
    registerHelpers(this.hb, { figures: this.tracker.figures, m: inputs.m, fiscal: inputs.fiscal, labels: inputs.labels, eras: presentationEras(inputs.company), asOf, units: inputs.profile?.units, catalog, output: 'text' });
    this.hb.registerHelper('dottedDate', (iso: string) => (iso ? inputs.m.dottedDate(iso) : ''));
    this.hb.registerHelper('concat', (...a: unknown[]) => a.slice(0, -1).map(String).join(''));
    this.hb.registerHelper('upper', (s: string) => String(s ?? '').toUpperCase());
    const m = inputs.m;
    const fig = (a: unknown[]) => {
      const opts = a[a.length - 1] as { hash: Record<string, unknown> };
      const pos = a.slice(0, -1) as string[];
      return this.tracker.figures.get(String(pos[0]), (opts.hash.period as string | undefined) ?? pos[1]);
    };
    /** vs=true: the phrase names its comparison ("increased 5.4% YoY", "前期比5.4%増加") */
    const vsOf = (a: unknown[], f: Figure) => comparisonFor(String(a[0]), f, (a[a.length - 1] as { hash: Record<string, unknown> }).hash.vs, { figures: this.tracker.figures, fiscal: inputs.fiscal, m });
    /** "increased 5.4%" / "decreased 10.6%" / "unchanged" from a % change figure */
    this.hb.registerHelper('moved', (...a: unknown[]) => {
      const f = fig(a);
      const r = new Decimal(f.value).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP);
      // a ratio the company printed as printed; a computed one at the precision it has, or (not even a
      // whole percent known) the change in amount
      const shown = printedMagnitude(f) ?? ratioMagnitude(intervalOf(f), m)?.text ?? this.amountMoved(f);
      if (shown === undefined) return m.notMeaningful();
      const vs = vsOf(a, f);
      if (vs) return m.change({ dir: r.isZero() || /^0(\.0+)?%$/.test(shown) ? 'none' : r.gt(0) ? 'up' : 'down', x: mark(this.tracker.figures, f, shown), vs, style: 'verb' });
      if (r.isZero() || /^0(\.0+)?%$/.test(shown)) return m.unchanged();
      return r.gt(0) ? m.deck.increased(mark(this.tracker.figures, f, shown)) : m.deck.decreased(mark(this.tracker.figures, f, shown));
    });
    /** "up 58" / "down 12" / "unchanged" from a change in a count or amount (the figure's own display) */
    this.hb.registerHelper('upDown', (...a: unknown[]) => {
      const f = fig(a);
      const v = new Decimal(f.value);
      // "unchanged" only for a change of exactly zero: an amount in JPY in the unit its size calls for
      // (format/change-unit.ts), a count its display, with the first digit that is not zero
      if (f.unit === 'JPY' && !printedMagnitude(f)) return mark(this.tracker.figures, f, yenChangeWords(f, m, vsOf(a, f)));
      let shown = f.display.replace(/^\((.*)\)$/, '$1').replace(/^[+−-]/, '');
      if (!v.isZero() && /^0(\.0+)?$/.test(shown)) { const x = intervalOf(f); shown = showNumber({ mid: x.mid.abs(), lo: x.lo.abs(), hi: x.hi.abs() }, { decimals: decimalsForNonZero(x, 1, 0, new Decimal(0)) }).text; }
      return m.change({ dir: v.isZero() ? 'none' : v.gt(0) ? 'up' : 'down', x: mark(this.tracker.figures, f, shown), vs: vsOf(a, f) });
    });
    /** "up 1.6 points" / "down 0.3 points" / "unchanged" from a points figure (render/points-change.ts) */
    this.hb.registerHelper('pointsChange', (...a: unknown[]) => { const f = fig(a); return pointsChange(f, m, vsOf(a, f), (x) => mark(this.tracker.figures, f, x)); });
  }

  get figures(): FigureSet { return this.tracker.figures; }

  /** "JPY183 million": the change in amount beside a % change whose digits are not known (yoy: → yoy-diff:) */
  private amountMoved(f: Figure): string | undefined {
    const diff = f.measure && this.tracker.figures.find(`${f.measure}-diff:${f.item}`, f.period);
    if (!diff || diff.unit !== 'JPY') return undefined;
    const p = printedMagnitude(diff);
    if (p) return this.inputs.m.yen(p, this.inputs.m.scale[1e6]);
    // in the unit the change's size and precision call for; none when it is zero or its direction open
    return yenChangeAmount(intervalOf(diff), this.inputs.m);
  }

  /**
   * The figures without the key check, still recorded for the notes: for chart specs, whose steps
   * may probe for an item a company does not have (and fall back to others).
   */
  get chartFigures(): FigureSet {
    const base = this.inputs.figures;
    const out = Object.create(base) as FigureSet;
    out.find = (key: string, role?: string) => { const f = base.find(key, role); if (f) this.tracker.used.set(f.id, f); return f; };
    out.notComparable = (key: string, role?: string) => this.tracker.figures.notComparable(key, role);
    return out;
  }

  /** A helper of the deck model's own (narrative look-ups). */
  helper(name: string, fn: Handlebars.HelperDelegate): void { this.hb.registerHelper(name, fn); }

  /** Render a template; a missing figure or a template error becomes a QuarterDeckError naming the template line. */
  render(template: string, context: Record<string, unknown>, at: Where): string {
    if (!template.includes('{{')) return template;
    // the line of this text in its file, not the slide's first line (looked up when a problem names it)
    let whereAt: Where | undefined;
    const whereOf = (): Where => (whereAt ??= at.file && at.line !== undefined ? { ...at, line: templateLine(at.file, at.line, template) } : at);
    const fn = compiledIn(this.hb, template, { noEscape: true, strict: false }, () => {
      // unknown helpers, paths into prototypes: named with the template's file and line (the figure keys
      // and roles it names were checked by the template stage: template/check-templates.ts); once per
      // text, helpers and template set, between processes too (render/passed-checks.ts)
      const helpers = Object.keys(this.hb.helpers);
      const problems = checkedOnce(this.inputs.templates, ['deck text', helpers.join(','), template], () => checkTemplate(template, whereOf().file, {
        helpers,
        message: (k, a) => useProblems({ key: k, args: a, file: whereOf().file }, this.catalogs),
      }, whereOf().line ?? 0));
      if (problems.length) throw new TemplateFault(problems.map((p) => ({ ...p, field: whereOf().field ?? p.field, found: p.found ?? template })));
    });
    try {
      return fn(context).replace(/\s+$/, '');
    } catch (e) {
      const where = whereOf();
      if (e instanceof QuarterDeckError) {
        const problems = e.problems.map((p) => ({ ...p, file: where.file, line: where.line, field: where.field ?? p.field }));
        throw e instanceof TemplateFault ? new TemplateFault(problems) : new QuarterDeckError(problems);
      }
      // a Handlebars error (a missing partial, a helper that fails): the template's fault
      throw new TemplateFault([{ code: 'E_TEMPLATE', file: where.file, line: where.line, field: where.field, message: (e as Error).message, found: template }]);
    }
  }
}
