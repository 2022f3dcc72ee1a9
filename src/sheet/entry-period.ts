import { QuarterDeckError } from '../errors/problem.js';
import { parsePeriodArg, periodId } from '../periods/period.js';
import { say } from './messages.js';

/** The period a workbook enters: canonical or the company's label; it need not be in the data yet. */
export function entryPeriod(arg: string, field = '--period'): string {
  const p = parsePeriodArg(arg);
  if (!p) throw new QuarterDeckError([{ code: 'E_ARG', field, message: say.problem.unknownPeriod(), expected: say.problem.periodForms(), found: `"${arg}"` }]);
  return periodId(p);
}
