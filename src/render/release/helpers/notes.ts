// The release's helpers for footnotes and company texts: {{note}}, {{footnotes}}, {{companyText}},
// {{netIncomeLabel}}, {{msg}}.
import { superscript } from '../notes.js';
import { esc, own, safe, type Options, type ReleaseEnv } from '../env.js';

export function registerNoteHelpers(env: ReleaseEnv): void {
  const { hb, figures, notes, texts } = env;
  const { m, company } = env.inputs;
  const ref = (html: string) => `<sup class="note-ref">${superscript(notes.ref(html))}</sup>`;
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
  /** "Net income" before ASC 810, "Net income attributable to IIJ" after: `incl` names the item of
   *  net income including noncontrolling interests, reported only under the new presentation */
  hb.registerHelper('netIncomeLabel', (role: string, o: Options) => {
    const f = figures.find(String(o.hash.incl), role);
    if (!(f && f.kind !== 'derived' && f.kind !== 'computed')) return m.release.netIncome();
    const html = o.hash.note ? texts.note('disclaimers.pretax_income_definition') : '';
    return safe(`${esc(m.release.netIncomeAttributable(company.shortName.en))}${html ? ref(html) : ''}`);
  });
  hb.registerHelper('msg', (name: string) => { const f = own(m.release as Record<string, unknown>, name); return typeof f === 'function' ? String(f()) : ''; });
}
