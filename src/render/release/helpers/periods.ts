// The release's helpers that name periods and dates: {{endOf}}, {{statementSpan}}, {{announced}}.
import { endDate, monthCount, parsePeriod } from '../../../periods/period.js';
import { periodLabels } from '../../../periods/labels.js';
import type { ReleaseEnv } from '../env.js';

export function registerPeriodHelpers(env: ReleaseEnv): void {
  const { hb, figures } = env;
  const { m, fiscal } = env.inputs;
  hb.registerHelper('endOf', (role: string) => m.date(periodLabels(figures.period(role), fiscal, m).end));
  /** the announcement date of a target */
  hb.registerHelper('announced', (key: string, role: string) => { const d = figures.find(key, role)?.announced; return d ? m.date(d) : ''; });
  /** "(For the fiscal year ended March 31, 2008 and March 31, 2009)" */
  hb.registerHelper('statementSpan', (a: string, b: string) => {
    const pa = parsePeriod(figures.period(a))!; const pb = parsePeriod(figures.period(b))!;
    return m.release.statementSpan(pb.kind === 'instant' ? undefined : monthCount(pb), endDate(pa, fiscal), endDate(pb, fiscal));
  });
}
