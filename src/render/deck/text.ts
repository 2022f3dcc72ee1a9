// Deck text through Handlebars with the shared helpers (render/helpers.ts): the only way a slide
// reaches a number. Every figure a template touches is recorded, for the slide's speaker notes.
import Handlebars from 'handlebars';
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

export class DeckText {
  private hb = Handlebars.create();
  private cache = new Map<string, HandlebarsTemplateDelegate>();
  readonly tracker: ReturnType<typeof trackFigures>;

  constructor(readonly inputs: DocumentInputs, asOf?: string) {
    this.tracker = trackFigures(inputs.figures);
    registerHelpers(this.hb, { figures: this.tracker.figures, m: inputs.m, fiscal: inputs.fiscal, labels: inputs.labels, asOf });
    this.hb.registerHelper('dottedDate', (iso: string) => (iso ? inputs.m.dottedDate(iso) : ''));
    this.hb.registerHelper('upper', (s: string) => String(s ?? '').toUpperCase());
  }

  get figures(): FigureSet { return this.tracker.figures; }

  /** Render a template; a missing figure or a template error becomes a QuarterDeckError naming the template line. */
  render(template: string, context: Record<string, unknown>, where: Where): string {
    if (!template.includes('{{')) return template;
    let fn = this.cache.get(template);
    if (!fn) {
      fn = this.hb.compile(template, { noEscape: true, strict: false });
      this.cache.set(template, fn);
    }
    try {
      return fn(context).replace(/\s+$/, '');
    } catch (e) {
      if (e instanceof QuarterDeckError) throw new QuarterDeckError(e.problems.map((p) => ({ ...p, file: where.file, line: where.line, field: where.field ?? p.field })));
      throw new QuarterDeckError([{ code: 'E_TEMPLATE', file: where.file, line: where.line, field: where.field, message: (e as Error).message, found: template }]);
    }
  }
}
