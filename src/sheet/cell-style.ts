// How the entry workbook's cells look and what they accept: the entry fill (open), the locked
// fill (the data's comparatives), number formats with a value's decimals, the numbers-only rule.
import type ExcelJS from 'exceljs';
import { say } from './messages.js';

export const ENTRY_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
export const LOCKED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };

/** `#,##0.0;(#,##0.0)`: negatives in brackets, as the statements print them. */
export const numFmt = (decimals: number) => { const d = decimals > 0 ? `.${'0'.repeat(decimals)}` : ''; return `#,##0${d};(#,##0${d})`; };
export const decimalsOf = (token: string) => /\.(\d+)/.exec(token)?.[1].length ?? 0;
export const isNilToken = (token: string) => /^[-—–_−]$/.test(token.trim());

/** An open cell: unlocked, the entry fill, and a number (or a dash) only. */
export function openForNumbers(cell: ExcelJS.Cell, unit: string): void {
  const at = cell.address;
  cell.protection = { locked: false };
  cell.fill = ENTRY_FILL;
  cell.dataValidation = {
    type: 'custom', allowBlank: true, formulae: [`OR(ISNUMBER(${at}),${at}="-")`],
    showErrorMessage: true, errorTitle: say.book.validationTitle(), error: say.book.validation(unit),
  };
}
