// What reading an entry workbook yields: each entered value, and which items a sheet accepts.
import type { Decimal } from 'decimal.js';
import type { TaxonomyItem } from '../contract/raw-data.js';
import type { Problem, Said } from '../errors/problem.js';

/** One entered value: the sheet's row, its item and unit, the value (undefined: nil) and its decimals. */
export interface Entry {
  sheet: string; cell: string; period: string; item: TaxonomyItem; unit: string; value: Decimal | 'nil'; decimals: number;
  /** a target (forecast), announced on this date (else an actual) */
  target?: { announced: string };
}
export interface ReadWorkbook { company?: string; period?: string; entries: Entry[]; problems: Problem[] }

/** Which items a sheet takes, and why it refuses one. */
export interface Accept { refuse: (item: TaxonomyItem) => Said | undefined; ids: string[] }
