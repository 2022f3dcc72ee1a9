// Footing-preserving rounding, as the company rounds its tables: the printed parts add up to the
// printed total. Over a tree of sums (parent = Σ ± child):
//   1. a part known only to the display unit (printed in millions) is what it is: pinned;
//      a node the company itself printed at the unit in a table rounded to foot (`fixed`) prints that;
//      a parent all of whose parts are pinned is their sum (it must foot with them);
//   2. a root is rounded as usual (half away from zero);
//   3. a parent's rounded value is shared among its free parts by largest remainder — each part is
//      its value rounded down or up, and the ones closest to rounding up take the units left over.
// A part never moves more than one unit from its exact value; where that cannot make a sum foot
// (the pinned parts are too far off), the parts keep their plain rounding.
import { Decimal } from 'decimal.js';
import { roundTo } from './round.js';

export interface FootNode {
  value: Decimal;
  /** half-width of the value's rounding interval */
  precision: Decimal;
  /** the parts, each with its sign; absent for a leaf */
  parts?: { id: string; sign: 1 | -1 }[];
  /** the rounded value the node must print (a multiple of the step within a unit of value): its
   *  parts, if any, share it */
  fixed?: Decimal;
}

/** Rounded values (multiples of step) for every node, footing wherever the tree allows. */
export function footingRound(nodes: Map<string, FootNode>, step: Decimal): Map<string, Decimal> {
  const out = new Map<string, Decimal>();
  const pinned = new Map<string, Decimal>();
  const isChild = new Set<string>();
  for (const n of nodes.values()) for (const p of n.parts ?? []) if (nodes.has(p.id)) isChild.add(p.id);

  // 1. pinned: coarse leaves, and parents whose parts are all pinned (bottom-up)
  const pin = (id: string, seen = new Set<string>()): Decimal | undefined => {
    if (pinned.has(id)) return pinned.get(id);
    const n = nodes.get(id);
    if (!n || seen.has(id)) return undefined;
    seen.add(id);
    const parts = (n.parts ?? []).filter((p) => nodes.has(p.id));
    let v: Decimal | undefined;
    if (n.fixed !== undefined) v = n.fixed;
    else if (!parts.length) v = n.precision.gte(step.div(2)) ? roundTo(n.value, step) : undefined;
    else {
      const sums = parts.map((p) => pin(p.id, seen)?.times(p.sign));
      if (sums.every((s) => s !== undefined)) v = sums.reduce((a, b) => a!.plus(b!), new Decimal(0));
      // a pinned sum more than a unit from the parent's exact value is not the parent's rounding
      if (v && v.minus(n.value).abs().gte(step.plus(n.precision))) v = undefined;
    }
    if (v !== undefined) pinned.set(id, v);
    return v;
  };
  for (const id of nodes.keys()) pin(id);

  // 2.–3. top-down
  const assign = (id: string, value: Decimal) => {
    if (out.has(id)) return;
    out.set(id, value);
    const parts = (nodes.get(id)!.parts ?? []).filter((p) => nodes.has(p.id));
    if (!parts.length) return;
    // a part already rounded (it is a part of another sum too) is pinned at that value
    const shares = share(value, parts.map((p) => ({ id: p.id, sign: p.sign, node: nodes.get(p.id)!, pinned: out.get(p.id) ?? pinned.get(p.id) })), step);
    for (const p of parts) assign(p.id, shares.get(p.id)!);
  };
  for (const id of nodes.keys()) if (!isChild.has(id)) assign(id, pinned.get(id) ?? roundTo(nodes.get(id)!.value, step));
  // anything in a cycle or unreachable: plain rounding
  for (const [id, n] of nodes) if (!out.has(id)) out.set(id, pinned.get(id) ?? roundTo(n.value, step));
  return out;
}

interface Part { id: string; sign: 1 | -1; node: FootNode; pinned?: Decimal }

/** Share a parent's rounded value among its parts (largest remainder over the signed contributions). */
function share(total: Decimal, parts: Part[], step: Decimal): Map<string, Decimal> {
  const out = new Map<string, Decimal>();
  const plain = () => { for (const p of parts) out.set(p.id, p.pinned ?? roundTo(p.node.value, step)); return out; };
  let rest = total;
  const free: { p: Part; floor: Decimal; rem: Decimal }[] = [];
  for (const p of parts) {
    if (p.pinned !== undefined) { out.set(p.id, p.pinned); rest = rest.minus(p.pinned.times(p.sign)); continue; }
    const c = p.node.value.times(p.sign);
    const floor = c.div(step).floor().times(step);
    free.push({ p, floor, rem: c.minus(floor) });
    rest = rest.minus(floor);
  }
  const units = rest.div(step);
  // only a part with a remainder rounds up (an exact multiple stays itself)
  const candidates = free.filter((f) => f.rem.gt(0)).sort((a, b) => b.rem.cmp(a.rem));
  if (!units.isInteger() || units.lt(0) || units.gt(candidates.length)) { out.clear(); return plain(); }
  // the largest remainders round up; ties keep the table's order (a stable sort)
  const up = new Set(candidates.slice(0, units.toNumber()).map((f) => f.p.id));
  for (const f of free) out.set(f.p.id, (up.has(f.p.id) ? f.floor.plus(step) : f.floor).times(f.p.sign));
  return out;
}
