// Ratios printed beyond their precision: a % change, margin or share computed from rounded figures
// whose interval (calc/interval.ts) is wider than the digit it is printed with ("8.3%" for a change
// that is anywhere from 8.13% to 8.53%). Ratios the company printed are its own figures, shown as
// printed, and are not read here. Only the percent form is looked for ("8.3%", "(8.3%)"): a share
// printed without its sign in a table cannot be told from other numbers.
import { Decimal } from 'decimal.js';
import type { DocText, Finding, PreflightContext } from '../types.js';
import type { Figure } from '../../contract/figures.js';
import { around, type Interval } from '../../calc/interval.js';
import { groupDigits } from '../../format/display.js';
import { beyondPrecision } from '../../format/ratio.js';
import { SEVERITY } from '../severity.js';
import { findingWords } from '../messages.js';
import { axisTicks } from './axis-ticks.js';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isRatio = (f: Figure) => f.unit === 'percent' || f.unit === 'ratio';
const intervalOf = (f: Figure): Interval => around(new Decimal(f.value), new Decimal(f.precision ?? 0));
/** the ratio at one decimal, as a document would print it: "8.3%" */
const oneDecimal = (v: Decimal) => `${groupDigits(v.times(100).abs(), 1)}%`;

export function ratiosBeyondPrecision(docs: DocText[], ctx: PreflightContext): Finding[] {
  // the same text is also a ratio known to that digit (or one the company printed): not proof
  const known = new Set<string>();
  // the ratios a token could be (two lines of a table may both read "12.5%")
  const wide = new Map<string, { ids: string[]; x: Interval; re: RegExp }>();
  for (const f of ctx.figures.figures) {
    if (!isRatio(f)) continue;
    const x = intervalOf(f);
    // a target's change (an announced figure against the year before) is not read here: its text is known
    if (f.scenario !== 'actual') { known.add(oneDecimal(x.mid)); continue; }
    const token = oneDecimal(x.mid);
    if (f.printed !== undefined || f.kind === 'reported' || !beyondPrecision(x)) { known.add(token); continue; }
    const w = wide.get(token) ?? wide.set(token, { ids: [], x, re: new RegExp(`(?<![\\d.,])${esc(token)}`) }).get(token)!;
    w.ids.push(f.id);
  }
  const found: Finding[] = [];
  const ticks = new Map<object, Map<string, number>>();
  const ticksOf = (page: { text: string }) => ticks.get(page) ?? ticks.set(page, axisTicks(page.text)).get(page)!;
  for (const [token, w] of wide) {
    if (known.has(token) || token === '0.0%') continue;
    const range = (v: Decimal) => `${v.lt(0) ? '-' : ''}${groupDigits(v.times(100), 2)}`;
    for (const doc of docs) for (const page of doc.pages) {
      // the token as often as a chart's axes print it as a tick is a tick, not this ratio (checks/axis-ticks.ts)
      const all = [...page.text.matchAll(new RegExp(w.re.source, 'g'))];
      const m = all[ticksOf(page).get(token) ?? 0];
      if (!m) continue;
      const text = page.text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 10).replace(/\s+/g, ' ').trim();
      found.push({ code: 'precision', severity: SEVERITY.precision, file: doc.file, page: page.n, ...findingWords('ratioPrecision', w.ids.join(' or '), token, range(w.x.lo), range(w.x.hi)), text });
    }
  }
  return found;
}
