// The release's helpers for footnotes and company texts: {{note}}, {{footnotes}}, {{companyText}},
// {{netIncomeLabel}}, {{msg}}.
import { noteRef, superscript } from '../notes.js';
import { esc, own, safe, type Options, type ReleaseEnv } from '../env.js';
import { presented } from '../../presented.js';
import { eraInForceFor } from '../../presentation-eras.js';
import { labelPeriod } from '../../label-period.js';
import { fiscalYearOf, parsePeriod } from '../../../periods/period.js';

export function registerNoteHelpers(env: ReleaseEnv): void {
  const { hb, figures, notes, texts } = env;
  const { m, company } = env.inputs;
  const ref = (html: string) => noteRef(notes, html);
  /** {{note "disclaimers.gaap_footnote"}} or {{note text="…"}}: a footnote reference ¹ */
  hb.registerHelper('note', (path: unknown, o: Options) => {
    const opts = (typeof path === 'object' ? path : o) as Options;
    const html = typeof path === 'string' ? texts.note(path) : esc(String(opts.hash.text ?? ''));
    return html ? safe(ref(html)) : '';
  });
  hb.registerHelper('footnotes', () => {
    const list = notes.flush();
    if (!list.length) return '';
    return safe(`<div class="footnotes">${list.map((n) => `<p><span class="note-n">${superscript(n.n)}</span> ${n.html}</p>`).join('')}</div>`);
  });
  /** {{companyText "disclaimers.statement_usd_note"}}: a company text with {{usdRate}} … filled in */
  hb.registerHelper('companyText', (path: string) => texts.get(path));
  /** Is the company's presentation era `id` in force for the figures of a period role (the later of the
   *  document's year and the period's; presentation-eras.ts)? A company that defines no such era:
   *  `otherwise` decides. ({{inEra}} itself is a shared helper: render/helpers.ts.) */
  const inEra = (id: unknown, role: string, otherwise: unknown): boolean => {
    const eras = env.ctx.eras ?? [];
    const defined = typeof id === 'string' && eras.some((e) => e.id === id);
    return defined ? eraInForceFor(eras, id as string, env.shape.fy, fyOf(figures.period(role))) : Boolean(otherwise);
  };
  const fyOf = (id: string) => { const p = parsePeriod(id); return p ? fiscalYearOf(p, env.inputs.fiscal) : Number.NaN; };
  /** "Net income" before ASC 810, "Net income attributable to IIJ" after, for the figures of a period role
   *  (worded for that period where the language does: 四半期純利益): `era` names the presentation
   *  era of the new wording; without it (or for a company without that era) `incl` names the item of net
   *  income including noncontrolling interests, presented only under the new presentation */
  hb.registerHelper('netIncomeLabel', (role: string, o: Options) => {
    const p = labelPeriod(figures.period(role), env.inputs.fiscal);
    if (!inEra(o.hash.era, role, presented(figures, figures.find(String(o.hash.incl), role)))) return m.release.netIncome(p);
    const html = o.hash.note ? texts.note('disclaimers.pretax_income_definition') : '';
    return safe(`${esc(m.release.netIncomeAttributable(company.shortName.en, p))}${html ? ref(html) : ''}`);
  });
  hb.registerHelper('msg', (name: string) => { const f = own(m.release as Record<string, unknown>, name); return typeof f === 'function' ? String(f()) : ''; });
}
