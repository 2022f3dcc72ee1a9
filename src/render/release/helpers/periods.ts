// The release's helpers that name periods and dates: {{endOf}}, {{statementSpan}}, {{announced}}.
import { endDate, monthCount, parsePeriod } from '../../../periods/period.js';
import { periodLabels } from '../../../periods/labels.js';
import type { ReleaseEnv } from '../env.js';

export function registerPeriodHelpers(env: ReleaseEnv): void {
  const { hb, figures } = env;
  const { m, fiscal } = env.inputs;
  hb.registerHelper('endOf', (role: string) => m.date(periodLabels(figures.period(role), fiscal, m).end));
  /** the announcement date of a target; also="k2,k3": else the first of those keys the data has */
  hb.registerHelper('announced', (key: string, role: string, o: { hash?: { also?: string } }) => {
    const keys = [key, ...String(o?.hash?.also ?? '').split(',').map((k) => k.trim()).filter(Boolean)];
    const d = keys.map((k) => figures.find(k, role)?.announced).find(Boolean);
    return d ? m.date(d) : '';
  });
  /** "(For the fiscal year ended March 31, 2008 and March 31, 2009)" */
  hb.registerHelper('statementSpan', (a: string, b: string) => {
    const pa = parsePeriod(figures.period(a))!; const pb = parsePeriod(figures.period(b))!;
    return m.release.statementSpan(pb.kind === 'instant' ? undefined : monthCount(pb), endDate(pa, fiscal), endDate(pb, fiscal));
  });
}
