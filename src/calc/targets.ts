// Targets with their history: every announcement (initial, revised) kept with its date.
import type { Fact } from '../contract/raw-data.js';
import { nodeKey } from './resolve.js';
import { around, overlaps } from './interval.js';

/** When a target was announced: the table's `announced`, else its document's date. */
export const announcedOf = (f: Fact): string => f.announced ?? f.source.date;

/**
 * Target facts → per (item, period) the announcements, oldest first. The same announcement printed
 * again (a later document restating "the targets announced on May 15") is one announcement: its
 * finest print.
 */
export function targetHistories(facts: Fact[]): Map<string, Fact[]> {
  const byNode = new Map<string, Map<string, Fact>>();
  for (const f of facts) {
    if (f.scenario !== 'target' || f.measure) continue;
    const k = nodeKey(f.item, f.period);
    const dates = byNode.get(k) ?? byNode.set(k, new Map()).get(k)!;
    const cur = dates.get(announcedOf(f));
    if (!cur || f.precision.lt(cur.precision)) dates.set(announcedOf(f), f);
  }
  const out = new Map<string, Fact[]>();
  for (const [k, dates] of byNode) out.set(k, [...dates.values()].sort((a, b) => announcedOf(a).localeCompare(announcedOf(b))));
  return out;
}

/** The announcement a target revised: the latest earlier one whose value differs beyond rounding. */
export function previousTarget(history: Fact[], current: Fact): Fact | undefined {
  const i = history.indexOf(current);
  for (let j = i - 1; j >= 0; j--) {
    const f = history[j];
    if (!overlaps(around(f.value, f.precision), around(current.value, current.precision))) return f;
  }
  return undefined;
}
