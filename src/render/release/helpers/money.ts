// The release's helpers for amounts that moved: {{delta}}, {{movedBy}}, {{changes}}.
import { Decimal } from 'decimal.js';
import { yenPhrase } from '../../../format/display.js';
import { around } from '../../../calc/interval.js';
import { changeUnit } from '../../../format/change-unit.js';
import { argsOf, esc, safe, type Options, type ReleaseEnv } from '../env.js';
import { mark } from '../../figure-mark.js';
import { SCALES } from '../../../format/amount-unit.js';


export function registerMoneyHelpers(env: ReleaseEnv): void {
  const { hb, figures, text, period } = env;
  const { m } = env.inputs;
  const fig = (key: string, role: string | undefined) => figures.find(key, role);
  const scaleOf = (o: Options) => SCALES[String(o.hash.unit ?? 'million')] ?? 1e6;
  /** a change's amount in the unit its size and precision call for (format/change-unit.ts), and its direction */
  const moved = (key: string, role: string | undefined, o: Options) => {
    const f = fig(key, role)!; const x = around(new Decimal(f.value), new Decimal(f.precision ?? 0));
    const u = changeUnit(x, scaleOf(o), Number(o.hash.decimals ?? 0));
    // a change whose rounding leaves its direction open reads by its sign, in the asked unit
    const at = u.dir === 'up' || u.dir === 'down' ? u : { scale: scaleOf(o), decimals: Number(o.hash.decimals ?? 0) };
    return { dir: u.dir === 'none' ? 'none' : x.mid.isNegative() ? 'down' : 'up', text: mark(figures, f, yenPhrase(x, m, at.scale, at.decimals)) };
  };
  /** "increased by JPY…" / "decreased by JPY…" / "was unchanged" of a difference figure */
  const movedBy = (key: string, role: string | undefined, o: Options) => {
    const c = moved(key, role, o);
    return c.dir === 'none' ? m.release.unchangedBy() : c.dir === 'down' ? m.release.decreasedBy(c.text) : m.release.increasedBy(c.text);
  };
  /** a clause without its full stop (an abbreviation keeps its point: "Trust Networks Inc.") */
  const stop = (html: string) => (/\b(Inc|Co|Ltd|Corp)\.$/.test(html) ? html : html.replace(/[.]$/, ''));

  /** {{delta "ytd-diff:bs.total-assets" "end"}}: "an increase of JPY188 million" / "a decrease of …" / "unchanged" */
  hb.registerHelper('delta', (...a: unknown[]) => {
    const { o, pos, role } = argsOf(a); const f = fig(pos[0], role); if (!f) return '';
    const c = moved(pos[0], role, o);
    return c.dir === 'none' ? m.release.noChange() : c.dir === 'down' ? m.release.decreaseOf(c.text) : m.release.increaseOf(c.text);
  });
  /** {{movedBy "ytd-diff:bs.cash" "end"}}: "increased by JPY…" / "decreased by JPY…" */
  hb.registerHelper('movedBy', (...a: unknown[]) => {
    const { o, pos, role } = argsOf(a); const f = fig(pos[0], role); if (!f) return '';
    return movedBy(pos[0], role, o);
  });
  /** {{changes "bs.cash:cash and cash equivalents;…" "end" top=3}}: the largest changes since the fiscal year's opening, with their reasons */
  hb.registerHelper('changes', (...a: unknown[]) => {
    const { o, pos, role } = argsOf(a);
    // "key:label" or "key:label:narrative label" (the label the narrative's reasons use, when it differs)
    const list = pos[0].split(';').map((s) => s.trim()).filter(Boolean).map((s) => { const [key, label, match] = s.split(':'); return { key, label, match: match ?? label }; })
      .map((x) => ({ ...x, f: fig(`ytd-diff:${x.key}`, role) }))
      .filter((x) => x.f && !new Decimal(x.f.value).div(1e6).abs().lt(0.5))
      .sort((x, y) => new Decimal(y.f!.value).abs().cmp(new Decimal(x.f!.value).abs()))
      .slice(0, Number(o.hash.top ?? 3));
    const open = m.date(figures.period('open'));
    return safe(m.release.balanceChanges(list.map((x) => {
      const because = text.find('reasons', { key: x.key, labels: [x.match], docPeriod: period }).map((e) => stop(text.html(e))).join(' ');
      return m.release.balanceChange(esc(x.label), movedBy(`ytd-diff:${x.key}`, role, o), o.hash.from ? open : undefined, because);
    }), Boolean(o.hash.from)));
  });
}
