// The period a command builds when none is named: a setting, never what the data's latest year
// happens to be. In order: `--period`, the config file's `period:`, company.yaml's
// `default_period:`, and only then the latest full year (the fallback, said so in the README).
// A setting is `latest-full-year`, `latest-quarter` (the latest period a company reports: FY for a
// fourth quarter, 9M, H1 or Q1) or a named period (FY2009, 1H09).
import type { Ledger } from '../contract/analysis.js';
import { said, spoken, type Problem } from '../errors/problem.js';
import { parsePeriodArg, periodId, endDate, parsePeriod } from '../periods/period.js';

export const PERIOD_SETTINGS = ['latest-full-year', 'latest-quarter'] as const;

/** Where a setting was read: the config file's `period`, company.yaml's `default_period`. */
export interface PeriodSetting { value: string; field: string; file?: string; line?: number }

/** The periods whose total revenue is known (reported or derived), latest last. */
function covered(ledger: Ledger, spans: RegExp): string[] {
  const rev = ledger.totals.revenue;
  const fiscal = ledger.data.company.fiscalYear;
  const ids = [...ledger.known.values()].filter((k) => k.item === rev && k.scenario === 'actual' && spans.test(k.period)).map((k) => k.period);
  const length = (id: string) => ({ FY: 12, '9M': 9, H1: 6, Q1: 3 }[id.slice(7) || 'FY'] ?? 0);
  // by end date, then the longer period (FY before Q4: the fourth quarter's package is the year's)
  return [...new Set(ids)].sort((a, b) => endDate(parsePeriod(a)!, fiscal).localeCompare(endDate(parsePeriod(b)!, fiscal)) || length(a) - length(b));
}

export const latestFullYear = (ledger: Ledger) => covered(ledger, /^FY\d{4}$/).at(-1);
export const latestQuarter = (ledger: Ledger) => covered(ledger, /^FY\d{4}(-(9M|H1|Q1))?$/).at(-1);

/** The default period, or the problems of a setting (unknown word, a period the data does not cover). */
export function defaultPeriod(ledger: Ledger, settings: (PeriodSetting | undefined)[]): { period?: string; problems: Problem[] } {
  const s = settings.find((x) => x !== undefined);
  const at = s ? { file: s.file, line: s.line, field: s.field } : {};
  if (!s || s.value === 'latest-full-year') {
    const period = latestFullYear(ledger);
    return period ? { period, problems: [] } : { problems: [spoken({ code: 'E_PERIOD' as const, ...at, message: said('noFullYear') })] };
  }
  if (s.value === 'latest-quarter') {
    const period = latestQuarter(ledger);
    return period ? { period, problems: [] } : { problems: [spoken({ code: 'E_PERIOD' as const, ...at, message: said('noReportedPeriod') })] };
  }
  const p = parsePeriodArg(s.value);
  if (!p) return { problems: [spoken({ code: 'E_PERIOD' as const, ...at, message: said('unknownDefault'), expected: said('defaultForms', PERIOD_SETTINGS.join(', ')), found: `"${s.value}"` })] };
  const id = periodId(p);
  const rev = ledger.totals.revenue;
  if (rev && !ledger.value(rev, id)) {
    const have = covered(ledger, /./);
    return { problems: [spoken({ code: 'E_PERIOD' as const, ...at, message: said('defaultNotInData', id), expected: have.join(', '), found: s.value })] };
  }
  return { period: id, problems: [] };
}
