// The release's helpers that print its narrative: {{reason}}, (hasReason), {{#narrative}},
// (hasNarrative), {{translationNote}}.
import { safe, type Options, type ReleaseEnv } from '../env.js';

const isClause = (html: string) => /^[a-z(]/.test(html);
/** a clause without its full stop (an abbreviation keeps its point: "Trust Networks Inc.") */
const stop = (html: string) => (/\b(Inc|Co|Ltd|Corp)\.$/.test(html) ? html : html.replace(/[.]$/, ''));

export function registerNarrativeHelpers(env: ReleaseEnv): void {
  const { hb, figures, text, period, narrative } = env;
  const { m, labels } = env.inputs;
  const findEntries = (sections: string, key: string | undefined, o: Options) => {
    const role = o.hash.period as string | undefined;
    const named = [o.hash.label, key && labels.get(key)].filter((x): x is string => typeof x === 'string');
    return sections.split('|').flatMap((section) => text.find(section, { key, labels: named, period: role ? figures.period(role) : undefined, docPeriod: period }));
  };
  /** {{reason "reasons" "is.revenue.cos"}} after a generated sentence without its full stop:
   *  " reason fragment." / ". Reason sentence." / "."; clause=true: the fragments only (" …"), sentences=true: the sentences only */
  hb.registerHelper('reason', (section: string, key: string, o: Options) => {
    let list = findEntries(section, key, o).map((e) => text.html(e));
    // a language whose reasons follow the sentence (m.release.reasonStyle "inline"): clause=true
    // gives nothing, and every other form gives every reason, each a sentence
    if (m.release.reasonStyle === 'inline' && !o.hash.inline) return safe(o.hash.clause ? '' : m.release.joinSentences(list));
    if (o.hash.clause) { list = list.filter(isClause); return safe(list.length ? ` ${stop(list.join(' '))}` : ''); }
    if (o.hash.sentences) list = list.filter((h) => !isClause(h));
    if (o.hash.inline) return safe(m.release.joinSentences(list));
    if (!list.length) return '.';
    const clauses = list.filter(isClause); const sentences = list.filter((h) => !isClause(h));
    const head = clauses.length ? ` ${stop(clauses.join(' ')).replace(/([^.])$/, '$1.')}` : '.';
    return safe(`${head}${sentences.length ? ` ${sentences.join(' ')}` : ''}`);
  });
  hb.registerHelper('hasReason', (section: string, key: string, o: Options) => findEntries(section, key, o).length > 0);
  /** {{#narrative "ceo-quotes"}}<p>{{{text}}}</p>{{/narrative}}: every entry of a section (without an item, unless item=) */
  hb.registerHelper('narrative', (section: string, o: Options) => {
    const all = text.find(section, { docPeriod: period });
    const list = o.hash.item ? all.filter((e) => e.item === o.hash.item) : o.hash.all ? all : all.filter((e) => !e.item || o.hash.withItems);
    const skip = o.hash.except ? String(o.hash.except).toLowerCase().split('|') : [];
    const only = o.hash.labels ? String(o.hash.labels).toLowerCase().split('|') : undefined;
    const chosen = list.filter((e) => !(e.label && skip.includes(e.label.toLowerCase())) && (!only || (e.label !== undefined && only.includes(e.label.toLowerCase()))));
    if (!chosen.length) return o.inverse ? o.inverse({}) : '';
    return chosen.map((e, i) => o.fn!({ text: safe(text.html(e)), label: e.label, caption: e.caption ?? e.label, item: e.item }, { data: { ...(o.data ?? {}), first: i === 0, last: i === chosen.length - 1, index: i } })).join('');
  });
  hb.registerHelper('hasNarrative', (section: string) => text.find(section, { docPeriod: period }).length > 0);
  /** {{translationNote}}: "(translated from English)" when the narrative is a translation */
  hb.registerHelper('translationNote', (o: Options) => {
    const t = narrative?.translation;
    if (!t) return '';
    return `${m.translated(t.from)}${o.hash?.full && t.note ? t.note : ''}`;
  });
}
