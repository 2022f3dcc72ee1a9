// A rounded table that foots, as the company rounds its tables (seed 004 prints 12,149 = 9,022 +
// 2,664 + 463 for a line of 12,148,490 thousand): per value column, the table's rows and the sums of
// the taxonomy among them are rounded together (format/footing.ts). The figures stay exact.
import { Decimal } from 'decimal.js';
import { footingRound, type FootNode } from '../../format/footing.js';
import { roundTo } from '../../format/round.js';
import type { FigureSet } from '../figure-set.js';
import type { Figure } from '../../contract/figures.js';

interface Row { item?: string; rows?: Row[]; oneOf?: { rows: Row[] }[] }
export type SumItems = Map<string, { unit: string; sum?: { item: string; sign: 1 | -1 }[] }>;

function itemsOf(rows: Row[], out = new Set<string>()): Set<string> {
  for (const r of rows) {
    if (r.item) out.add(r.item);
    if (r.rows) itemsOf(r.rows, out);
    for (const alt of r.oneOf ?? []) itemsOf(alt.rows, out);
  }
  return out;
}

/**
 * The company's own footed print of a figure at this scale (seed 001 prints 1H09 equipment sales of
 * 309,586 thousand as 309 in its summary, and SI of 13,623,562 thousand as 13,624): where it printed
 * the figure at the column's unit in a table rounded to foot, the column prints what it printed. A
 * footed print is within a unit of the exact value (the ledger agrees it within a unit); one that is
 * not is no rounding of the value and is left out.
 */
function companyFooted(f: Figure, scale: Decimal): Decimal | undefined {
  if (!f.footed || !new Decimal(f.footed.precision).times(2).eq(scale)) return undefined;
  const v = new Decimal(f.footed.value);
  if (!v.mod(scale).isZero() || v.minus(f.value).abs().gte(scale.plus(f.precision ?? 0))) return undefined;
  return v;
}

/**
 * The footing-rounded values (multiples of scale) of a column's JPY rows, by item id. `memo` holds the
 * figures earlier tables of the document footed (key `item@period@scale`): a later table prints them
 * the same (the seed's equipment table repeats the summary's 1,514), and records its own. A figure the
 * company printed at this unit in a table rounded to foot prints the company's value (companyFooted);
 * the other parts share what is left by largest remainder.
 */
export function footedColumn(rows: Row[], role: string, scale: number, figures: FigureSet, items: SumItems, memo = new Map<string, Decimal>(), force = false): Map<string, Decimal> {
  const period = figures.period(role);
  const memoKey = (id: string) => `${id}@${period}@${scale}`;
  const nodes = new Map<string, FootNode>();
  const ids = itemsOf(rows);
  // the company's choice: a column whose figures it printed in a table rounded to foot (else plain rounding)
  if (!force && ![...ids].some((id) => figures.find(id, role)?.footing)) return new Map();
  for (const id of ids) {
    const item = items.get(id);
    const f = item?.unit === 'JPY' ? figures.find(id, role) : undefined;
    if (!f) continue;
    const parts = item!.sum?.filter((c) => ids.has(c.item) && figures.find(c.item, role)).map((c) => ({ id: c.item, sign: c.sign }));
    const before = memo.get(memoKey(id));
    const own = companyFooted(f, new Decimal(scale));
    // a figure an earlier table printed is pinned at what it printed
    nodes.set(id, before !== undefined && own === undefined
      ? { value: before, precision: new Decimal(scale), parts: undefined }
      : { value: new Decimal(f.value), precision: new Decimal(f.precision ?? 0), parts: parts?.length ? parts : undefined, fixed: own });
  }
  const out = footingRound(nodes, new Decimal(scale));
  // only what differs from plain rounding binds later tables (a table without the sum rounds plainly)
  for (const [id, v] of out) if (!memo.has(memoKey(id)) && !v.eq(roundTo(nodes.get(id)!.value, new Decimal(scale)))) memo.set(memoKey(id), v);
  return out;
}
