// The analysis: what calc/ makes of the raw data (calc/analyse.ts) — every value known for an item
// and period, printed or derived exactly, the ledger that computes measures over them, and the
// problems found. prepare() hands it, with the data, to the model stage (Prepared).
import type { Decimal } from 'decimal.js';
import type { CompanyData, Fact } from './raw-data.js';
import type { Interval } from '../calc/interval.js';
import type { Measure } from '../calc/measures.js';
import type { Problem } from '../errors/problem.js';

/** A value for (item, period, scenario) that is known: printed, or derived exactly. */
export interface Known {
  item: string;
  period: string;
  scenario: 'actual' | 'target';
  value: Decimal;
  precision: Decimal;
  kind: 'reported' | 'derived';
  /** reported: the chosen fact; superseded: other facts for the same node */
  fact?: Fact;
  others?: Fact[];
  /** later or coarser prints that agree with the value within their own rounding (kept as sources) */
  confirmations?: Fact[];
  /** prints a later document restated (outside their rounding): no longer the value */
  superseded?: Fact[];
  /** derived: how */
  formula?: string;
  inputs?: string[];
}

/** A computed value: an interval (rounding ambiguity is visible), with its formula and inputs. */
export interface Computed { interval: Interval; inputs: string[]; formula: string }

export interface Ledger {
  data: CompanyData;
  known: Map<string, Known>;
  /** a value of an item (ratio items by their formula) */
  value(item: string, period: string): Computed | undefined;
  /** a measure of an item, e.g. yoy of revenue for FY2009 */
  measure(measure: Measure, item: string, period: string): Computed | undefined;
  /** the target for an item and period in force at a date (the latest announced on or before it); without a date, the latest */
  target(item: string, period: string, asOf?: string): Fact | undefined;
  /** every announcement of a target (initial, revised), oldest first, one per announcement date */
  targetHistory(item: string, period: string): Fact[];
  /** the anchors the company names for % of revenues and % of assets */
  totals: { revenue?: string; assets?: string };
}

/** A restatement: the value a later document prints for a figure an earlier one printed differently. */
export interface Restatement { item: string; period: string; value: Fact; superseded: Fact[] }

export interface Analysis {
  ledger: Ledger;
  problems: Problem[];
  /** figures a later document restated (the earlier prints are superseded) */
  restatements: Restatement[];
  stats: { facts: number; reported: number; derived: number; printedChecked: number; errata: number };
}

/** A company's data loaded and checked: what prepare() returns and the model stage reads. */
export interface Prepared { data: CompanyData; analysis: Analysis }
