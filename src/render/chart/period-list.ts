// A chart spec's own period list may ask for a range, as a slide's `periods:` does: in
// `usermeta.quarterdeck.periods` (or a release.yaml chart's `periods:`), a list of roles, a range
// (`{ "grain": "year", "from": "first" }`, `{ "grain": "quarter", "last": 12 }`), or a list mixing
// both (`["prior2", { "grain": "quarter", "from": "fyPrior" }]`). Each range is resolved where it
// stands (deck/periods.ts); a long-term range (`from: first`, `last:`) keeps a period with no
// figure on the axis as a gap.
import type { FigureSet } from '../figure-set.js';
import type { FiscalYear } from '../../periods/period.js';
import type { Problem } from '../../errors/problem.js';
import { periodRange, type PeriodRange } from '../../template/slides-schema.js';
import { isLongTerm, resolveRange } from '../deck/periods.js';
import type { ChartBinding } from '../../contract/chart.js';

/** What a spec may write as its periods. */
export type PeriodList = (string | Partial<PeriodRange>)[] | Partial<PeriodRange>;

const items = (raw: unknown): unknown[] => (Array.isArray(raw) ? raw : raw && typeof raw === 'object' ? [raw] : []);

/** Does the list hold a range (anything but roles)? */
export const hasRange = (raw: unknown): boolean => !Array.isArray(raw) || raw.some((x) => typeof x !== 'string');

/** The problems of a period list: not a list of roles and ranges, or a range that is malformed. */
export function periodListProblems(raw: unknown, at: Pick<Problem, 'file' | 'line' | 'field'>): Problem[] {
  const example = '["prior", "cur"], or { "grain": "year", "from": "first" }, or { "grain": "quarter", "last": 12 }';
  if (!Array.isArray(raw) && (!raw || typeof raw !== 'object')) return [{ code: 'E_TEMPLATE', ...at, message: 'periods must be a list of period roles or a range', expected: example, found: JSON.stringify(raw) }];
  return items(raw).flatMap((x, i): Problem[] => {
    if (typeof x === 'string') return [];
    const r = periodRange.safeParse(x);
    if (r.success) return [];
    const issue = r.error.issues[0];
    const where = [...(Array.isArray(raw) ? [String(i)] : []), ...issue.path.map(String)].join('.');
    return [{ code: 'E_TEMPLATE', ...at, field: `${at.field ?? 'periods'}${where ? `.${where}` : ''}`, message: `a period range: ${issue.message}`, expected: example, found: JSON.stringify(x) }];
  });
}

/**
 * The binding with its ranges resolved to period ids, in place and in order, and `gaps` set when a
 * range is long-term. A list of roles alone is returned as it is.
 */
export function withPeriodRanges(binding: ChartBinding, figures: FigureSet, fiscal: FiscalYear): ChartBinding {
  const raw = binding.periods as unknown;
  if (!hasRange(raw)) return binding;
  const keys = binding.series.map((s) => s.key);
  let gaps = binding.gaps;
  const periods = items(raw).flatMap((x) => {
    if (typeof x === 'string') return [x];
    const range = periodRange.parse(x);
    if (isLongTerm(range)) gaps = true;
    return resolveRange(range, keys, figures, fiscal).periods;
  });
  return { ...binding, periods: [...new Set(periods)], ...(gaps ? { gaps } : {}) };
}
