// What every Handlebars helper shares: the context a document's helpers are registered with, and the
// change and comparison words both the figure helpers (helpers.ts) and the result helpers use.
import { Decimal } from 'decimal.js';
import type { Comparison, Figure } from '../contract/figures.js';
import type { FigureSet } from './figure-set.js';
import type { Messages } from '../messages/en.js';
import { yenChangePhrase } from '../format/display.js';
import { around, type Interval } from '../calc/interval.js';
import { comparisonOf, periodLabels } from '../periods/labels.js';
import type { FiscalYear } from '../periods/period.js';
import type { Catalog } from '../template/catalog.js';
import type { FootedProse } from './release/footed-prose.js';
import type { PresentationEra } from './presentation-eras.js';

export interface HelperContext {
  figures: FigureSet; m: Messages; fiscal: FiscalYear; labels: Map<string, string>; asOf?: string;
  /** the audience's unit of amounts where a template names none (amount, yen, money): million, or billion with one decimal */
  units?: 'million' | 'billion';
  /** the document language's message catalog ({{t "key" arg=…}}), and whether the output is HTML or plain text */
  catalog?: Catalog;
  output?: 'html' | 'text';
  /** the release: amounts in words print as its footed tables print them (release/footed-prose.ts) */
  footed?: FootedProse;
  /** the company's presentation eras ({{inEra}}; render/presentation-eras.ts) */
  eras?: PresentationEra[];
  /** the release: a numbered footnote for a cell's note ("no comparable figure"), its reference as HTML */
  footnote?: (html: string) => string;
}

/** A figure's value with its rounding interval. */
export const interval = (f: Figure): Interval => around(new Decimal(f.value), new Decimal(f.precision ?? 0));

/** "2.5%" of a figure shown as the printed "(2.5%)"; undefined when the figure shows a computation.
 *  A ratio the company printed always shows its print (model/figures.ts), in the document's style. */
export function printedMagnitude(f: Figure): string | undefined {
  if (f.printed === undefined || (f.display !== f.printed && f.unit !== 'percent' && f.unit !== 'points')) return undefined;
  return f.display.replace(/^\((.*)\)$/, '$1').replace(/^[+−-]/, '');
}

/** "up x" / "down x" / "unchanged" by the figure's sign, with the printed magnitude (and what it is compared with). */
export function signedPhrase(f: Figure, magnitude: string, m: Messages, wrap: (x: string) => string, vs?: Comparison): string {
  const v = new Decimal(f.value);
  const none = v.isZero() || /^0(\.0+)?%?$/.test(magnitude);
  return m.change({ dir: none ? 'none' : v.gt(0) ? 'up' : 'down', x: wrap(magnitude), vs });
}

/** A change in yen in words, as printed where the company printed it: "up JPY183 million YoY". */
export function yenChangeWords(f: Figure, m: Messages, vs?: Comparison): string {
  const p = printedMagnitude(f);
  if (p && f.unit === 'JPY') return signedPhrase(f, p, m, (x) => m.yen(x, m.scale[1e6]), vs);
  // in the unit the change's own size and precision call for; "unchanged" only for exactly zero
  return yenChangePhrase(interval(f), m, 1e6, 0, vs);
}

/**
 * The comparison a phrase names, asked for with vs=: vs=true → from the key's measure and the figure's
 * period ("YoY", 前期比, 前年同期比, 前四半期比, 前期末比); vs="qPrior" → that period ("from 4Q07", 09/3期 4Q比).
 */
export function comparisonFor(key: string, f: Figure, vs: unknown, ctx: Pick<HelperContext, 'figures' | 'fiscal' | 'm'>): Comparison | undefined {
  if (vs === undefined || vs === false || vs === null || vs === '') return undefined;
  if (vs === true) return comparisonOf(key, f.period, ctx.fiscal);
  return { base: 'period', label: periodLabels(ctx.figures.period(String(vs)), ctx.fiscal, ctx.m).short };
}

