// A document's window: the content dated from the start of its cumulative period (a third quarter's
// nine months) to its publication (or, when the data does not know it, three months after the
// period's end) belongs to it. Lists (press releases, a list's as-of date) show the items of the window.
import { cumulative, endDate, monthRange, parsePeriod, type Duration, type FiscalYear } from './period.js';

export interface Window { from: string; to: string }

const pad = (n: number) => String(n).padStart(2, '0');
function addMonths(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1 + n + 1, 0));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(Math.min(d, t.getUTCDate()))}`;
}

export function documentWindow(period: string, fiscal: FiscalYear, published?: string): Window | undefined {
  const p = parsePeriod(period);
  if (!p || p.kind !== 'duration') return undefined;
  const { start } = monthRange(cumulative(p as Duration), fiscal);
  const end = endDate(p, fiscal);
  return { from: `${start.y}-${pad(start.m)}-01`, to: published && published > end ? published : addMonths(end, 3) };
}

export const inWindow = (iso: string, w: Window) => iso >= w.from && iso <= w.to;

/** The period ends a document may name although they lie after it: those of its own year and the next two
 *  (a target "for the six months ending September 30, 2009"; "the fiscal year ending March 31, 2010"). */
export function yearEndsNamed(period: string, fiscal: FiscalYear): string[] {
  const p = parsePeriod(period);
  if (!p || p.kind !== 'duration') return [];
  return [0, 1, 2].flatMap((k) => (['Q1', 'H1', '9M', 'FY'] as const).map((span) => endDate({ kind: 'duration', fy: p.fy + k, span }, fiscal)));
}

/**
 * A list's items of the window: items with a `date` outside it are left out; a list whose `as_of`
 * lies outside it is empty (a snapshot of another period).
 */
export function listInWindow(root: Record<string, unknown> | undefined, items: unknown[], w: Window | undefined): unknown[] {
  if (!w) return items;
  const asOf = typeof root?.as_of === 'string' ? root.as_of : undefined;
  if (asOf && !inWindow(asOf, w)) return [];
  return items.filter((x) => { const d = (x as { date?: unknown }).date; return typeof d !== 'string' || inWindow(d, w); });
}
