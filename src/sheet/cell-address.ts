// A1 addresses of the entry workbook's cells.

/** 1 → A, 5 → E, 27 → AA. */
export const colLetter = (n: number): string => (n <= 26 ? String.fromCharCode(64 + n) : colLetter(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));

/** "Income!E14" */
export const cellRef = (sheet: string, col: number, row: number): string => `${sheet}!${colLetter(col)}${row}`;
