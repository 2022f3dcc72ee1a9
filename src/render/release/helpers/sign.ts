// The release's helpers that read a figure's sign or presence: {{pointsChange}}, (nonzero),
// (reported), (same), (any), (all), and the logic that combines them: (and), (or), (not).
import { Decimal } from 'decimal.js';
import { comparisonFor } from '../../helper-context.js';
import { pointsChange } from '../../points-change.js';
import { argsOf, type ReleaseEnv } from '../env.js';
import { mark } from '../../figure-mark.js';
import { presented } from '../../presented.js';

export function registerSignHelpers(env: ReleaseEnv): void {
  const { hb, figures } = env;
  const { m, fiscal } = env.inputs;
  const fig = (key: string, role: string | undefined) => figures.find(key, role);
  /** the figure of (key, [role]) helper arguments */
  const found = (a: unknown[]) => { const { pos, role } = argsOf(a); return fig(pos[0], role); };

  /** {{pointsChange "ytd-pts:bs.ratio.equity-iij" "end"}}: "up 3.3 points"; vs=true: "前期末比3.3ポイント上昇" ('' when the data lacks it) */
  hb.registerHelper('pointsChange', (...a: unknown[]) => {
    const { o, pos, role } = argsOf(a); const f = fig(pos[0], role); if (!f) return '';
    return pointsChange(f, m, comparisonFor(pos[0], f, o.hash.vs, { figures, fiscal, m }), (x) => mark(figures, f, x));
  });
  hb.registerHelper('nonzero', (...a: unknown[]) => { const f = found(a); return f ? !new Decimal(f.value).isZero() : false; });
  /** printed (or restated) by a document, not derived: tells the presentation in force (e.g. ASC 810) */
  hb.registerHelper('reported', (...a: unknown[]) => presented(figures, found(a)));
  /** the same value in two periods */
  hb.registerHelper('same', (key: string, r1: string, r2: string) => { const x = fig(key, r1); const y = fig(key, r2); return Boolean(x && y && new Decimal(x.value).eq(y.value)); });
  const each = (a: unknown[], test: 'some' | 'every') => { const { o, pos } = argsOf(a); const role = (o.hash.period as string | undefined) ?? pos.at(-1); return pos.slice(0, -1)[test]((k) => fig(k, role) !== undefined); };
  hb.registerHelper('any', (...a: unknown[]) => each(a, 'some'));
  hb.registerHelper('all', (...a: unknown[]) => each(a, 'every'));
  hb.registerHelper('and', (...a: unknown[]) => { a.pop(); return a.every(Boolean); });
  hb.registerHelper('or', (...a: unknown[]) => { a.pop(); return a.some(Boolean); });
  hb.registerHelper('not', (x: unknown) => !x);
}
