import { QuarterDeckError } from '../errors/problem.js';
import { parsePeriodArg, periodId } from '../periods/period.js';

/** The period a workbook enters: canonical or the company's label; it need not be in the data yet. */
export function entryPeriod(arg: string, field = '--period'): string {
  const p = parsePeriodArg(arg);
  if (!p) throw new QuarterDeckError([{ code: 'E_ARG', field, message: 'unknown period', expected: 'FY2009, FY2009-H1, FY2009-Q2, FY2009-9M, or 1H09, 4Q08, FY09', found: `"${arg}"` }]);
  return periodId(p);
}
