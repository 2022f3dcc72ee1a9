// A chart's axis ticks are not figures: a ratio axis prints its ticks as percentages ("0.0%", "0.5%" …
// "2.5%"), and a tick can read like a ratio printed beyond its precision. On a page, the ticks of an axis
// are a run from zero in one nice step, all printed with the same decimals; each such run (not one inside
// a finer run) is one axis. How many times each percentage is an axis tick on a page, to be discounted.

/** the steps a chart axis uses (vega's nice ticks): 1, 2, 2.5 and 5 times a power of ten */
const NICE = [1, 2, 2.5, 5];
/** fewest ticks that make an axis (zero and three more) */
const MIN_TICKS = 4;

const PERCENT = /(?<![\d.,])(\d+(?:\.(\d+))?)%/g;

/** "2.0%" → how many axes of the page print it as a tick. */
export function axisTicks(text: string): Map<string, number> {
  // the percentages of the page by their number of decimals, in tenths, hundredths … (integers)
  const byDecimals = new Map<number, Set<number>>();
  for (const m of text.matchAll(PERCENT)) {
    const d = m[2]?.length ?? 0;
    const units = Math.round(Number(m[1]) * 10 ** d);
    (byDecimals.get(d) ?? byDecimals.set(d, new Set()).get(d)!).add(units);
  }
  const out = new Map<string, number>();
  for (const [d, values] of byDecimals) {
    if (!values.has(0)) continue;
    const max = Math.max(...values);
    const runs: Set<number>[] = [];
    for (let p = 0; 10 ** p <= max * 10; p++) for (const n of NICE) {
      const step = Math.round(n * 10 ** p);
      if (step <= 0 || step !== n * 10 ** p) continue;
      const run = new Set<number>();
      for (let v = 0; values.has(v); v += step) run.add(v);
      if (run.size >= MIN_TICKS) runs.push(run);
    }
    // an axis is a run that is not part of a finer one (0, 2, 4, 6 is inside 0, 1, 2 … 7)
    const axes = runs.filter((r) => !runs.some((o) => o !== r && o.size > r.size && [...r].every((v) => o.has(v))));
    for (const a of axes) for (const v of a) {
      const token = `${(v / 10 ** d).toFixed(d)}%`;
      out.set(token, (out.get(token) ?? 0) + 1);
    }
  }
  return out;
}
