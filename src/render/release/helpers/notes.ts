// The release's helpers for footnotes and company texts: {{note}}, {{footnotes}}, {{companyText}},
// {{netIncomeLabel}}, {{msg}}.
import { noteRef, superscript } from '../notes.js';
import { esc, own, safe, type Options, type ReleaseEnv } from '../env.js';
import { presented } from '../../presented.js';
import { eraInForce } from '../../presentation-eras.js';

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
  /** Is the company's presentation era `id` in force for the document's fiscal year (company.yaml
   *  `presentation_eras`)? A company that defines no such era: `otherwise` decides. */
  const inEra = (id: unknown, otherwise: unknown): boolean => {
    const eras = env.ctx.eras ?? [];
    const defined = typeof id === 'string' && eras.some((e) => e.id === id);
    return defined ? eraInForce(eras, id as string, env.shape.fy) : Boolean(otherwise);
  };
  /** (inEra "asc-810" otherwise=(reported "is.net-income" "ytd")) */
  hb.registerHelper('inEra', (id: unknown, o: Options) => inEra(id, o.hash.otherwise));
  /** "Net income" before ASC 810, "Net income attributable to IIJ" after: `era` names the presentation
   *  era of the new wording; without it (or for a company without that era) `incl` names the item of net
   *  income including noncontrolling interests, presented only under the new presentation */
  hb.registerHelper('netIncomeLabel', (role: string, o: Options) => {
    if (!inEra(o.hash.era, presented(figures, figures.find(String(o.hash.incl), role)))) return m.release.netIncome();
    const html = o.hash.note ? texts.note('disclaimers.pretax_income_definition') : '';
    return safe(`${esc(m.release.netIncomeAttributable(company.shortName.en))}${html ? ref(html) : ''}`);
  });
  hb.registerHelper('msg', (name: string) => { const f = own(m.release as Record<string, unknown>, name); return typeof f === 'function' ? String(f()) : ''; });
}
