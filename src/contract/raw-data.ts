// Raw data: a company's data as read from data/<company>/ (load/), with every value's source.
// The first contract of the chain (contract/index.ts); calc/ reads it and makes the analysis.
import type { Decimal } from 'decimal.js';
import type { CompanyExtra } from '../load/schema.js';
export type { CompanyExtra };

/** Where a value came from: a seed line, and the data file line that transcribes it. */
export interface Source {
  /** seed document file name, e.g. 004_b8253e0c2e2ec0d1.txt */
  file: string;
  /** line in the seed document */
  line: number;
  /** human name of the document */
  document: string;
  /** publication date of the document (ISO) */
  date: string;
  /** entry workbooks: the cell the value was typed in, e.g. `Income!E14` (then `file` is the
   *  workbook and `line` the cell's row) */
  cell?: string;
  /** data file (relative to the data root) and line of the row */
  dataFile: string;
  dataLine: number;
}

export interface Localized {
  en: string;
  ja?: string;
}

export interface Company {
  id: string;
  name: Localized;
  shortName: Localized;
  fiscalYear: { endMonth: number; naming: 'start' | 'end' };
  currency: string;
  usdRates: { date: string; rate: string; source?: string }[];
  /** company.yaml `default_period`: what a command builds when no period is named (model/default-period.ts) */
  defaultPeriod?: { value: string; field: string; file: string; line: number };
  /** the rest of company.yaml: the fields code reads checked (load/schema.ts companyExtra), the others passed through to templates as is */
  extra: CompanyExtra;
}

export type Unit = string;
export type TimeKind = 'duration' | 'instant';

/** One era of a parent's sum: its children from `since` to `until` (fiscal years, inclusive, either
 *  open); `restates` is the earlier year the era's documents print again in this grouping, with the
 *  company's note (`restated`). */
export interface SumEra {
  since?: string; until?: string; restates?: string;
  terms: { item: string; sign: 1 | -1 }[];
  restated?: Localized;
  dataLine: number;
}

/** An item's label for the fiscal years from `since` to `until` (inclusive, either open). */
export interface LabelEra { en: string; ja?: string; since?: string; until?: string }

export interface TaxonomyItem {
  id: string;
  en: string;
  ja?: string;
  statement: string;
  unit: Unit;
  time: TimeKind;
  /** children with sign: parent = Σ sign × child (with `sumEras`: the current era's) */
  sum?: { item: string; sign: 1 | -1 }[];
  /** the sum by era, when the company regrouped its lines (calc/sum-eras.ts picks the rule in force) */
  sumEras?: SumEra[];
  /** ratio items: an arithmetic formula over item ids */
  formula?: string;
  /** formula items: the spans of the periods it is computed for (FY: full years only) */
  spans?: string[];
  /** same value as a balance-sheet item at the end / start of the period */
  balance?: { item: string; at: 'end' | 'start' };
  class?: 'recurring' | 'one-time';
  /** a declared amount: its printed figures are exact (precision 0) whatever digits they print */
  exact?: boolean;
  since?: string;
  until?: string;
  note?: string;
  sign?: string;
  /** the wording in force in other fiscal years (en and ja labels above: the current wording) */
  labels?: LabelEra[];
  /** where it is defined */
  dataFile: string;
  dataLine: number;
}

/** One printed figure, parsed. */
export interface Fact {
  /** item id, or `<measure>:<item id>` for printed ratios and changes */
  key: string;
  measure?: string;
  item: string;
  period: string;
  scenario: 'actual' | 'target';
  announced?: string;
  /** exact value in base units (JPY, count, ratio as a fraction, points as percentage points) */
  value: Decimal;
  /** half-width of the rounding interval, in base units */
  precision: Decimal;
  /** printed in a table the document rounded so that it foots (`rounding: footing`): the figure may
   *  be a whole unit off its exact value, and agrees with any value within that unit */
  footing?: boolean;
  /** the token as printed */
  printed: string;
  /** unit as written in the table, e.g. "JPY thousand" */
  tableUnit: string;
  source: Source;
}

export interface Erratum {
  id: string;
  file: string;
  line: number;
  item?: string;
  period?: string;
  printed: string;
  correct?: string;
  evidence: string;
  dataFile: string;
  dataLine: number;
}

export interface NarrativeEntry {
  text: string;
  line?: number;
  /** the line of the entry's text in its narrative file */
  dataLine?: number;
  item?: string;
  label?: string;
  period?: string;
  kind?: string;
  /** the caption to print, where the label (a matching key) is in another language */
  caption?: string;
}

export interface Narrative {
  period: string;
  lang: string;
  source?: { file: string; document?: string; date?: string };
  /** a translation of another language's narrative (shown in the document as such) */
  translation?: { from: string; note?: string };
  sections: Record<string, NarrativeEntry[]>;
  dataFile: string;
}

export interface CompanyData {
  root: string;
  company: Company;
  items: Map<string, TaxonomyItem>;
  facts: Fact[];
  errata: Erratum[];
  /** facts left out because an erratum names them */
  excluded: { fact: Fact; erratum: Erratum }[];
  narrative: Narrative[];
  lists: Record<string, unknown>;
}

