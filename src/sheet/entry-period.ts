import { QuarterDeckError, said, spoken } from '../errors/problem.js';
import { parsePeriodArg, periodId } from '../periods/period.js';

/** The period a workbook enters: canonical or the company's label; it need not be in the data yet. */
export function entryPeriod(arg: string, field = '--period'): string {
  const p = parsePeriodArg(arg);
  if (!p) throw new QuarterDeckError([spoken({ code: 'E_ARG', field, message: said('unknownPeriod'), expected: said('periodForms'), found: `"${arg}"` })]);
  return periodId(p);
}
