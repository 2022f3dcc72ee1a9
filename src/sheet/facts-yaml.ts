// Entered values → facts files in the data format (one per sheet, a table per unit), each row's
// provenance the workbook's cell instead of a seed line. Pure: returns the texts and, for every
// line that holds a value, the cell it came from (so problems found later name the cell).
import type { Decimal } from 'decimal.js';
import type { Entry } from './entry.js';
import { say } from './messages.js';

export interface SourceMeta { file: string; document: string; date: string }
export interface FactsText { path: string; text: string; cells: Map<number, string> }

const q = (s: string) => JSON.stringify(s);

/** A value as a printed token: "12,148,490", "(408,152)", "16.4", "-". */
export function token(e: Entry): string {
  return e.value === 'nil' ? '-' : printedToken(e.value, e.decimals);
}

/** A number as the statements print it: grouped, negatives in brackets. */
export function printedToken(value: Decimal, decimals: number): string {
  const rounded = value.toDecimalPlaces(decimals);
  const [int, frac] = rounded.abs().toFixed(decimals).split('.');
  const body = `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`;
  return rounded.isNegative() && !rounded.isZero() ? `(${body})` : body;
}

export function factsTexts(entries: Entry[], source: string, meta: SourceMeta): FactsText[] {
  const bySheet = new Map<string, Entry[]>();
  for (const e of entries) bySheet.set(e.sheet, [...(bySheet.get(e.sheet) ?? []), e]);
  return [...bySheet].map(([sheet, list]) => {
    const lines = [
      say.yamlHeader(meta.file),
      'source:', `  file: ${q(meta.file)}`, `  document: ${q(meta.document)}`, `  date: ${q(meta.date)}`, 'tables:',
    ];
    const cells = new Map<number, string>();
    const byTable = new Map<string, Entry[]>();
    for (const e of list) { const k = `${e.unit}|${e.period}|${e.target?.announced ?? ''}`; byTable.set(k, [...(byTable.get(k) ?? []), e]); }
    for (const [k, rows] of byTable) {
      const [unit, period, announced] = k.split('|');
      const headRow = /\d+$/.exec(rows[0].cell)![0];
      const title = announced ? `${sheet}: ${period}, announced ${announced} (${unit})` : `${sheet} (${unit})`;
      lines.push(`  - title: ${q(title)}`, `    line: "${headRow}"`, `    unit: ${q(unit)}`, `    columns: [${q(period)}]`);
      if (announced) lines.push('    scenario: target', `    announced: ${q(announced)}`);
      lines.push('    rows:');
      for (const e of rows) { lines.push(`      - [${q(e.item.id)}, ${q(e.cell)}, ${q(token(e))}]`); cells.set(lines.length, e.cell); }
    }
    return { path: `facts/${source}/${sheet.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.yaml`, text: `${lines.join('\n')}\n`, cells };
  });
}
