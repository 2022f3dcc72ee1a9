// Deck text through Handlebars with the shared helpers (render/helpers.ts): the only way a slide
// reaches a number. Every figure a template touches is recorded, for the slide's speaker notes.
import Handlebars from 'handlebars';
import { Decimal } from 'decimal.js';
import { groupDigits } from '../../format/display.js';
import type { Figure } from '../../types.js';
import type { DocumentInputs } from '../inputs.js';
import type { FigureSet } from '../figure-set.js';
import { registerHelpers } from '../helpers.js';
import { QuarterDeckError } from '../../errors/problem.js';

export interface Where { file: string; line?: number; field?: string }

/** A FigureSet that records every figure found through it. */
export function trackFigures(base: FigureSet): { figures: FigureSet; used: Map<string, Figure>; reset: () => Map<string, Figure> } {
  let used = new Map<string, Figure>();
  const figures = Object.create(base) as FigureSet;
  figures.find = (key: string, role?: string) => {
    const f = base.find(key, role);
    if (f) used.set(f.id, f);
    return f;
  };
  return { figures, get used() { return used; }, reset: () => { const u = used; used = new Map(); return u; } };
}

// One Handlebars environment and one cache of compiled templates per process: a template is compiled
// once; each deck registers its helpers (bound to its figures) before it renders. deckModel() is
// synchronous, so two decks never render at once.
const hb = Handlebars.create();
const compiled = new Map<string, HandlebarsTemplateDelegate>();

export class DeckText {
  private hb = hb;
  private cache = compiled;
  readonly tracker: ReturnType<typeof trackFigures>;

  constructor(readonly inputs: DocumentInputs, asOf?: string) {
    this.tracker = trackFigures(inputs.figures);
    registerHelpers(this.hb, { figures: this.tracker.figures, m: inputs.m, fiscal: inputs.fiscal, labels: inputs.labels, asOf });
    this.hb.registerHelper('dottedDate', (iso: string) => (iso ? inputs.m.dottedDate(iso) : ''));
    this.hb.registerHelper('concat', (...a: unknown[]) => a.slice(0, -1).map(String).join(''));
    this.hb.registerHelper('upper', (s: string) => String(s ?? '').toUpperCase());
    const m = inputs.m;
    const fig = (a: unknown[]) => {
      const opts = a[a.length - 1] as { hash: Record<string, unknown> };
      const pos = a.slice(0, -1) as string[];
      return this.tracker.figures.get(String(pos[0]), (opts.hash.period as string | undefined) ?? pos[1]);
    };
    /** "increased 5.4%" / "decreased 10.6%" / "unchanged" from a % change figure */
    this.hb.registerHelper('moved', (...a: unknown[]) => {
      const f = fig(a);
      const r = new Decimal(f.value).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP);
      // a printed token the computation could round either way is shown as printed
      const shown = f.printed !== undefined && f.display === f.printed ? f.display.replace(/^\((.*)\)$/, '$1').replace(/^[+−-]/, '') : m.percent(groupDigits(r.abs(), 1));
      if (r.isZero() || /^0(\.0+)?%$/.test(shown)) return m.unchanged();
      return r.gt(0) ? m.deck.increased(shown) : m.deck.decreased(shown);
    });
    /** "up 58" / "down 12" / "unchanged" from a change in a count or amount (the figure's own display) */
    this.hb.registerHelper('upDown', (...a: unknown[]) => {
      const f = fig(a);
      const v = new Decimal(f.value);
      const shown = f.display.replace(/^\((.*)\)$/, '$1').replace(/^[+−-]/, '');
      if (v.isZero() || /^0(\.0+)?$/.test(shown)) return m.unchanged();
      return v.gt(0) ? m.up(shown) : m.down(shown);
    });
    /** true when the figure is below zero (choose the words: "increase" / "decrease") */
    this.hb.registerHelper('negative', (...a: unknown[]) => new Decimal(fig(a).value).lt(0));
    /** "up 1.6 points" / "down 0.3 points" / "unchanged" from a points figure */
    this.hb.registerHelper('pointsChange', (...a: unknown[]) => {
      const f = fig(a);
      const r = new Decimal(f.value).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP);
      if (r.isZero()) return m.unchanged();
      return r.gt(0) ? m.deck.upPoints(groupDigits(r, 1)) : m.deck.downPoints(groupDigits(r.abs(), 1));
    });
  }

  get figures(): FigureSet { return this.tracker.figures; }

  /** A helper of the deck model's own (narrative look-ups). */
  helper(name: string, fn: Handlebars.HelperDelegate): void { this.hb.registerHelper(name, fn); }

  /** Render a template; a missing figure or a template error becomes a QuarterDeckError naming the template line. */
  render(template: string, context: Record<string, unknown>, where: Where): string {
    if (!template.includes('{{')) return template;
    let fn = this.cache.get(template);
    if (!fn) {
      fn = this.hb.compile(template, { noEscape: true, strict: false });
      this.cache.set(template, fn);
      if (this.cache.size > 4096) this.cache.delete(this.cache.keys().next().value!);
    }
    try {
      return fn(context).replace(/\s+$/, '');
    } catch (e) {
      if (e instanceof QuarterDeckError) throw new QuarterDeckError(e.problems.map((p) => ({ ...p, file: where.file, line: where.line, field: where.field ?? p.field })));
      throw new QuarterDeckError([{ code: 'E_TEMPLATE', file: where.file, line: where.line, field: where.field, message: (e as Error).message, found: template }]);
    }
  }
}
