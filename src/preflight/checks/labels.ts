// Labels not in force: the wording of another year (FY2009's "noncontrolling interests" in a FY2008 document).
import type { DocText, Finding, PreflightContext } from '../types.js';
import { SEVERITY } from '../severity.js';
import { findingWords } from '../messages.js';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function labelsOutOfForce(docs: DocText[], ctx: PreflightContext): Finding[] {
  const found: Finding[] = [];
  const pattern = (label: string, flags: string) => new RegExp(esc(label).replace(/\s+/g, '\\s+'), flags);
  // another item's label in force that holds the old wording ("Minority interests assumed", a line of the
  // cash-flow statement, holds bs.nci's old "Minority interest") is that item's own wording, not the old one
  const inForce = [...ctx.labels.values()];
  const list = ctx.notInForce.map((l) => ({
    ...l, re: pattern(l.label, 'gi'),
    owners: inForce.filter((x) => x.length > l.label.length && x.toLowerCase().includes(l.label.toLowerCase())).map((x) => pattern(x, 'gi')),
  }));
  const covered = (text: string, at: number, len: number, owners: RegExp[]) => owners.some((o) => [...text.matchAll(o)].some((m) => m.index! <= at && m.index! + m[0].length >= at + len));
  const first = (l: (typeof list)[number], text: string) => [...text.matchAll(l.re)].find((m) => !covered(text, m.index!, m[0].length, l.owners)) ?? null;
  for (const doc of docs) for (const page of doc.pages) {
    const hits = list.map((l) => ({ l, m: first(l, page.text) })).filter((h) => h.m);
    for (const { l, m } of hits) {
      // a shorter label inside a longer one found at the same place ("noncontrolling interests" in "Net loss attributable to …") is one finding
      if (hits.some((h) => h.l !== l && h.m![0].length > m![0].length && h.m!.index <= m!.index && h.m!.index + h.m![0].length >= m!.index + m![0].length)) continue;
      if (m) found.push({ code: 'label', severity: SEVERITY.label, file: doc.file, page: page.n, ...findingWords('label', l.item, l.label, l.inForce), text: m[0] });
    }
  }
  return found;
}
