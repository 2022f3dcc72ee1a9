// A release table prints its current period or nothing: a table (or statement) whose current
// column the data does not hold is left out and reported, never printed with an empty column.
//   - a statement (layout `statement: true`, one that must foot) prints whole or not at all: every
//     line printed for another period must have its current figure;
//   - any other table drops the lines without a current figure (with the lines under them, which
//     would misread without their parent) and is left out when no line is left;
//   - a cell the data holds as nil ("-") is a figure; a line with no figure at all stays out, as before.
// Every omission is returned for the document's report (export/omissions.ts).
import { omissionSaid as say, omissionsEn, type OmissionSaid } from '../../messages/omissions-en.js';
import { partsIn } from '../../messages/said.js';

export interface RuleRow { heading: boolean; level: number; cells: (unknown | undefined)[]; text: string }
/** `says`: the what and the reason by key (messages/omissions-en.ts), for the manifest and a page in another language */
export interface LeftOut { what: string; reason: string; says?: { what?: OmissionSaid; reason?: OmissionSaid } }

/** What is left out, its what and its reason each a text or said by key (the texts in English). */
export function leftOutOf(what: string | OmissionSaid, reason: string | OmissionSaid): LeftOut {
  const { text, says } = partsIn<typeof omissionsEn, 'what' | 'reason'>({ what, reason }, omissionsEn);
  return { what: text.what!, reason: text.reason!, ...(Object.keys(says).length ? { says } : {}) };
}

export interface Decision<R> { rows?: R[]; leftOut: LeftOut[] }

/**
 * The rows to print (undefined: the table is left out) and what is left out. `cur` is the index of
 * the current period's value column (-1: none), `period` its label ("FY2009", "4Q09").
 */
export function currentColumnRule<R extends RuleRow>(rows: R[], cur: number, opts: { statement: boolean; title: string; period: string }): Decision<R> {
  const lines = rows.filter((r) => !r.heading);
  if (cur < 0 || !lines.length) return { rows: lines.length ? rows : undefined, leftOut: [] };
  const has = (r: R) => r.cells[cur] !== undefined;
  const have = lines.filter(has).length;
  const table = (reason: OmissionSaid): Decision<R> => ({ leftOut: [leftOutOf(opts.title, reason)] });
  if (!have) return table(say('noFigures', opts.period));
  if (have === lines.length) return { rows, leftOut: [] };
  if (opts.statement) return table(say('someFigures', opts.period, have, lines.length));
  const kept: R[] = []; const leftOut: LeftOut[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.heading || has(r)) { kept.push(r); continue; }
    let j = i + 1;
    while (j < rows.length && rows[j].level > r.level) j++;
    leftOut.push(leftOutOf(say('line', opts.title, r.text), say('noLineFigure', opts.period, rows.slice(i + 1, j).filter((x) => !x.heading).length)));
    i = j - 1;
  }
  // a heading is printed only with a line under it
  const out = kept.filter((r, i) => !r.heading || hasLineUnder(kept, i));
  if (!out.some((r) => !r.heading)) return table(say('noLine', opts.period, lines.length));
  return { rows: out, leftOut };
}

function hasLineUnder(rows: RuleRow[], i: number): boolean {
  for (let j = i + 1; j < rows.length && rows[j].level > rows[i].level; j++) if (!rows[j].heading) return true;
  return false;
}

export interface LeftOutList { add: (o: LeftOut) => void; list: () => LeftOut[] }

/** What one release left out, each once (a table rendered twice is reported once). */
export function leftOutList(): LeftOutList {
  const seen = new Map<string, LeftOut>();
  return { add: (o) => { seen.set(`${o.what}\u0000${o.reason}`, o); }, list: () => [...seen.values()] };
}
