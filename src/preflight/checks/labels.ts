// Labels not in force: the wording of another year (FY2009's "noncontrolling interests" in a FY2008 document).
import type { DocText, Finding, PreflightContext } from '../types.js';
import { SEVERITY } from '../severity.js';
import { preflightMessages as say } from '../messages.js';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function labelsOutOfForce(docs: DocText[], ctx: PreflightContext): Finding[] {
  const found: Finding[] = [];
  const list = ctx.notInForce.map((l) => ({ ...l, re: new RegExp(esc(l.label).replace(/\s+/g, '\\s+'), 'i') }));
  for (const doc of docs) for (const page of doc.pages) {
    const hits = list.map((l) => ({ l, m: l.re.exec(page.text) })).filter((h) => h.m);
    for (const { l, m } of hits) {
      // a shorter label inside a longer one found at the same place ("noncontrolling interests" in "Net loss attributable to …") is one finding
      if (hits.some((h) => h.l !== l && h.m![0].length > m![0].length && h.m!.index <= m!.index && h.m!.index + h.m![0].length >= m!.index + m![0].length)) continue;
      if (m) found.push({ code: 'label', severity: SEVERITY.label, file: doc.file, page: page.n, message: say.label(l.item, l.label, l.inForce), text: m[0] });
    }
  }
  return found;
}
