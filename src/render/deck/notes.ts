// Speaker notes: where every figure and text on a slide comes from (seed file:line), so a reader
// of the deck can check any number against the document that printed it.
import type { Figure } from '../../contract/figures.js';
import type { Messages } from '../../messages/en.js';

export interface TextSource { file: string; line?: number; what: string }

/** `untranslated`: narrative entries (seed line and item) the slide leaves out for want of a translation from `from` */
export function speakerNotes(m: Messages, figures: Map<string, Figure>, texts: TextSource[], untranslated: string[] = [], from = 'en'): string {
  const out: string[] = [];
  const list = [...figures.values()];
  if (list.length) {
    out.push(m.deck.notes(list.length));
    for (const f of list) {
      const src = [...new Set(f.sources.map((s) => ('cell' in s && s.cell ? `${s.file} ${s.cell}` : `${s.file}:${s.line}`)))];
      const how = f.kind === 'reported' ? '' : ` [${f.kind}${f.formula ? `: ${f.formula}` : ''}]`;
      out.push(`- ${f.label}, ${f.periodLabel} = ${f.display}${how}: ${src.join(', ') || '-'}`);
    }
  } else {
    out.push(m.deck.noSources());
  }
  const seen = new Set<string>();
  const t = texts.filter((x) => { const k = `${x.file}:${x.line ?? ''}`; if (seen.has(k)) return false; seen.add(k); return true; });
  if (t.length) {
    out.push(m.deck.textSources());
    for (const x of t) out.push(`- ${x.file}${x.line ? `:${x.line}` : ''} (${x.what})`);
  }
  if (untranslated.length) {
    out.push(m.untranslated(untranslated.join(', '), from));
  }
  return out.join('\n');
}
