// Figures: what the model stage (model/) makes of the analysis, and what figures.json holds. The
// only numbers a document renderer receives (as a FigureSet: render/figure-set.ts).
import type { Source } from './raw-data.js';

/** How a figure is known: printed, derived exactly from printed figures, computed by a formula, or a non-GAAP measure. */
export type FigureKind = 'reported' | 'derived' | 'computed' | 'non-GAAP';

export interface Figure {
  id: string;
  item: string;
  measure?: string;
  label: string;
  period: string;
  periodLabel: string;
  scenario: 'actual' | 'target';
  value: string;
  display: string;
  unit: string;
  kind: FigureKind;
  formula?: string;
  inputs?: string[];
  sources: Omit<Source, 'dataFile' | 'dataLine'>[] | Source[];
  /** half-width of the rounding interval of value */
  precision?: string;
  /** derived figures: the coarsest rounding (half-width) of the printed figures it is computed from —
   *  the finest unit it can be shown in (exact arithmetic on millions is shown in millions, not thousands) */
  grain?: string;
  /** the display could round either way given the inputs' precision */
  ambiguous?: boolean;
  /** the printed figure, where the document printed one */
  printed?: string;
  erratum?: string;
  /** targets: when the target was announced (ISO) */
  announced?: string;
  /** the company printed the figure in a table it rounded so that it foots (documents round their tables the same way) */
  footing?: boolean;
  /** earlier prints a later document restated: what they printed, where */
  superseded?: (Omit<Source, 'dataFile' | 'dataLine'> & { printed: string })[];
  /** a figure of a year the company's regrouping restates (taxonomy sum eras): the company's note */
  restated?: string;
}

export interface FiguresFile {
  company: string;
  period: string;
  periodLabel: string;
  generatedFrom: string;
  figures: Figure[];
  /** changes with no comparable figure (a line first reported after the period compared with, never
   *  restated for it: model/not-comparable.ts) — absent from `figures`, each with its reason */
  notComparable?: NotComparable[];
}

/** A change (yoy:, qoq-diff: …) that has no comparable figure, and why. */
export interface NotComparable {
  /** the change figure's id, as it would be: "yoy:pl.sales.fixtures@FY2026-H1" */
  id: string; item: string; measure: string; period: string;
  /** the period compared with, and the first fiscal year of the line (taxonomy `since`) */
  base: string; since: string;
  /** in the document's language */
  reason: string;
}

/** What a change is measured against: the words of "up 4.3% YoY", "前期比4.3%増", a "YoY % change" header. */
export interface Comparison {
  /** yoy: the same period a year earlier; qoq: the previous quarter; ytd: the fiscal year's opening
   *  balance; target: the announced target; period: a named period (`label`) */
  base: 'yoy' | 'qoq' | 'ytd' | 'target' | 'period';
  /** span of the period measured: FY, H1, H2, 9M, Q1 … Q4, or instant (a balance) */
  span?: string;
  /** a balance at a fiscal year's end (compared with the previous year's end: 前期末比) */
  yearEnd?: boolean;
  /** the compared period as labelled (base "period") */
  label?: string;
}
