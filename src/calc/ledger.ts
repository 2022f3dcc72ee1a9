// Values and measures over solved data: the one place that computes ratios and changes.
// Pure. Every result is an interval (see interval.ts), so rounding ambiguity is visible.
import { Decimal } from 'decimal.js';
import type { CompanyData, Fact } from '../contract/raw-data.js';
import type { Computed, Known, Ledger } from '../contract/analysis.js';
import { around, div, sub, exact } from './interval.js';
import { evaluate, parseFormula, formulaInputs, type Expr } from './formula.js';
import { nodeKey } from './resolve.js';
import { parsePeriod, periodId, priorQuarter, priorYear, openingDate, endDate, fiscalYearOf, type Period } from '../periods/period.js';
import { announcedOf, targetHistories } from './targets.js';
import type { Measure } from './measures.js';

function shiftMonths(date: string, months: number): string {
  const [y, m] = date.split('-').map(Number);
  const idx = y * 12 + (m - 1) + months;
  const ny = Math.floor(idx / 12); const nm = (idx % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${String(nm).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

export function makeLedger(data: CompanyData, known: Map<string, Known>): Ledger {
  const formulas = new Map<string, Expr>();
  for (const item of data.items.values()) if (item.formula) formulas.set(item.id, parseFormula(item.formula));
  const totals = data.company.extra.totals;

  /** `bs.x@start` / `bs.x@end` in a formula over a duration: the balance at its opening or closing date
   *  (null: the period is not a duration); undefined: a plain id */
  const atDate = (id: string, period: string): { item: string; date: string } | null | undefined => {
    const m = /^(.*)@(start|end)$/.exec(id);
    if (!m) return undefined;
    const p = parsePeriod(period);
    if (!p || p.kind !== 'duration') return null;
    return { item: m[1], date: m[2] === 'start' ? openingDate(p, data.company.fiscalYear) : endDate(p, data.company.fiscalYear) };
  };
  /** a formula item limited to some spans (a return on average equity: full years only) */
  const inSpans = (item: string, period: string): boolean => {
    const spans = data.items.get(item)?.spans;
    if (!spans) return true;
    const p = parsePeriod(period);
    return p?.kind === 'duration' && spans.includes(p.span);
  };

  const value = (item: string, period: string, depth = 0): Computed | undefined => {
    const k = known.get(nodeKey(item, period));
    if (k) return { interval: around(k.value, k.precision), inputs: [nodeKey(item, period)], formula: nodeKey(item, period) };
    const f = formulas.get(item);
    if (!f || depth > 5 || !inSpans(item, period)) return undefined;
    const inputs: string[] = [];
    const iv = evaluate(f, (id) => {
      const at = atDate(id, period);
      if (at === null) return undefined;
      const c = at ? value(at.item, at.date, depth + 1) : value(id, period, depth + 1);
      if (c) inputs.push(...c.inputs);
      return c?.interval;
    });
    return iv && { interval: iv, inputs, formula: `${data.items.get(item)!.formula}` };
  };

  const change = (item: string, cur: string, base: string, kind: 'pct' | 'diff'): Computed | undefined => {
    const a = value(item, cur); const b = value(item, base);
    if (!a || !b) return undefined;
    if (kind === 'diff') return { interval: sub(a.interval, b.interval), inputs: [...a.inputs, ...b.inputs], formula: `${item}@${cur} − ${item}@${base}` };
    // a % change means nothing from a zero or negative base, or across a change of sign
    if (b.interval.mid.lte(0) || a.interval.mid.lt(0)) return undefined;
    const q = div(a.interval, b.interval);
    if (!q) return undefined;
    return { interval: sub(q, exact(1)), inputs: [...a.inputs, ...b.inputs], formula: `${item}@${cur} / ${item}@${base} − 1` };
  };

  const basePeriod = (measure: Measure, p: Period): string | undefined => {
    if (measure.startsWith('yoy')) return periodId(priorYear(p));
    if (measure.startsWith('qoq')) {
      if (p.kind === 'instant') return shiftMonths(p.date, -3);
      const q = priorQuarter(p);
      return q && periodId(q);
    }
    if ((measure === 'ytd-diff' || measure === 'ytd-pts') && p.kind === 'instant') {
      const fy = fiscalYearOf(p, data.company.fiscalYear);
      return openingDate({ kind: 'duration', fy, span: 'FY' }, data.company.fiscalYear);
    }
    return undefined;
  };

  const history = targetHistories(data.facts);
  const targetHistory = (item: string, period: string): Fact[] => history.get(nodeKey(item, period)) ?? [];
  const target = (item: string, period: string, asOf?: string): Fact | undefined =>
    targetHistory(item, period).filter((f) => !asOf || announcedOf(f) <= asOf).at(-1);

  const measure = (m: Measure, item: string, period: string): Computed | undefined => {
    const p = parsePeriod(period);
    if (!p) return undefined;
    const isRatio = data.items.get(item)?.unit === 'ratio';
    switch (m) {
      case 'yoy': case 'qoq': { const b = basePeriod(m, p); return b ? change(item, period, b, isRatio ? 'diff' : 'pct') : undefined; }
      case 'yoy-diff': case 'qoq-diff': case 'ytd-diff': case 'yoy-pts': case 'qoq-pts': case 'ytd-pts': {
        const b = basePeriod(m, p); return b ? change(item, period, b, 'diff') : undefined;
      }
      case 'pct-of-revenue': case 'pct-of-assets': {
        const total = m === 'pct-of-revenue' ? totals.revenue : totals.assets;
        if (!total) return undefined;
        const a = value(item, period); const t = value(total, period);
        const q = a && t && div(a.interval, t.interval);
        return q && { interval: q, inputs: [...a!.inputs, ...t!.inputs], formula: `${item} / ${total}` };
      }
      case 'vs-target': {
        // the target in force at the period's end (a revision announced later is not what the period was measured against)
        const a = value(item, period); const t = target(item, period, p.kind === 'duration' ? endDate(p, data.company.fiscalYear) : p.date);
        const q = a && t && div(a.interval, around(t.value, t.precision));
        return q && { interval: sub(q, exact(1)), inputs: [...a!.inputs, `target:${item}@${period}`], formula: `${item} / target − 1` };
      }
    }
  };

  return { data, known, value: (i, p) => value(i, p), measure, target, targetHistory, totals };
}

export function formulaInputIds(formula: string): string[] {
  return formulaInputs(parseFormula(formula));
}

export { Decimal };
