// Content dated outside the document's window: a date printed after the document (a press release
// of the next year), and list items (press releases, a group-company list's as-of date) from
// another period. Fiscal-year ends the document names ("for the fiscal year ending March 31, 2010")
// are not content dates.
import type { DocText, Finding, PreflightContext } from '../types.js';
import { SEVERITY } from '../severity.js';
import { findingWords } from '../messages.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const pad = (n: number) => String(n).padStart(2, '0');

/** Every full date a text prints, as ISO: "May 14, 2010", "2010.5.14", "2010年5月14日". */
export function datesIn(text: string): { iso: string; text: string }[] {
  const out: { iso: string; text: string }[] = [];
  for (const m of text.matchAll(/\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})\b/gi)) out.push({ iso: `${m[3]}-${pad(MONTHS.indexOf(m[1].toLowerCase()) + 1)}-${pad(Number(m[2]))}`, text: m[0] });
  for (const m of text.matchAll(/(?<![\d.])(\d{4})\.(\d{1,2})\.(\d{1,2})(?![\d.])/g)) out.push({ iso: `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`, text: m[0] });
  for (const m of text.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日/g)) out.push({ iso: `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`, text: m[0] });
  return out;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

export function datedOutside(docs: DocText[], ctx: PreflightContext): Finding[] {
  const { from, to } = ctx.window;
  const found: Finding[] = [];
  for (const doc of docs) for (const page of doc.pages) {
    for (const d of datesIn(page.text)) {
      if (d.iso > to && !ctx.yearEnds.includes(d.iso)) found.push({ code: 'dated', severity: SEVERITY.dated, file: doc.file, page: page.n, ...findingWords('datedAfter', d.iso, to), text: d.text });
    }
    const text = norm(page.text);
    const outside = ctx.dated.filter((item) => (item.date < from || item.date > to) && item.text.length >= 12 && text.includes(norm(item.text)));
    // a snapshot list (group companies as of a date) is the list printed: three of its names on one page, not one name in prose
    // (a deck's list slide: the release's prose may name the companies of any period)
    const shown = outside.filter((item) => !item.snapshot || (doc.kind === 'pptx' && outside.filter((x) => x.snapshot && x.list === item.list && x.date === item.date).length >= 3));
    for (const item of shown) found.push({ code: 'dated', severity: SEVERITY.dated, file: doc.file, page: page.n, ...findingWords('listOutside', item.list, item.date, from, to), text: item.text });
  }
  return found;
}
