// Notes to the author on an investor's page, empty bullets and headings, unlabelled tables and rows,
// and a period label repeated in one line ("3Q08: …, 3Q08: …").
import type { DocText, Finding, Page, PreflightContext } from '../types.js';
import { SEVERITY } from '../severity.js';
import { findingWords } from '../messages.js';

/** Left-over template syntax and placeholders, in any language. */
const LEFTOVERS = /\{\{|\}\}|\bundefined\b|\bNaN\b|\[object Object\]|\bTODO\b|\bTBD\b|\bFIXME\b/;

export function authorNotes(docs: DocText[], ctx: PreflightContext): Finding[] {
  const found: Finding[] = [];
  for (const doc of docs) for (const page of doc.pages) {
    const text = page.text.replace(/\s+/g, ' ');
    for (const re of [...ctx.authorNotes, LEFTOVERS]) {
      const m = re.exec(text);
      if (m) found.push({ code: 'author-note', severity: SEVERITY['author-note'], file: doc.file, page: page.n, ...findingWords('authorNote'), text: m[0] });
    }
  }
  return found;
}

function emptyParagraphs(doc: DocText, page: Page): Finding[] {
  const out: Finding[] = [];
  const paras = (page.paragraphs ?? []).filter((p) => p.text.trim());
  paras.forEach((p, i) => {
    const t = p.text.trim();
    const next = paras[i + 1];
    if (/^[•◆▶◀–-]$/.test(t)) out.push({ code: 'empty', severity: SEVERITY.empty, file: doc.file, page: page.n, ...findingWords('emptyBullet'), text: t });
    else if (/[:：]$/.test(t) && !(next && next.level > p.level)) out.push({ code: 'empty', severity: SEVERITY.empty, file: doc.file, page: page.n, ...findingWords('emptyHeading'), text: t });
  });
  return out;
}

function emptyTables(doc: DocText, page: Page): Finding[] {
  const out: Finding[] = [];
  for (const t of page.tables ?? []) {
    const body = t.filter((r) => r.some((c) => c));
    if (!body.length) { out.push({ code: 'empty', severity: SEVERITY.empty, file: doc.file, page: page.n, ...findingWords('emptyTable'), text: '' }); continue; }
    // rows below the header: an empty row, and a table whose rows all have values and no label
    const rows = t.slice(1);
    for (const r of rows) if (r.every((c) => !c)) out.push({ code: 'empty', severity: SEVERITY.empty, file: doc.file, page: page.n, ...findingWords('emptyRow'), text: '' });
    // a group label printed once, on its first row, labels the rows under it; a column header over the labels names them
    const grouped = rows.some((r) => r[0]) || t.some((r, i) => i < t.length - rows.length + 1 && r[0]);
    if (rows.length >= 2 && !grouped && rows.every((r) => r.slice(1).some((c) => c))) out.push({ code: 'empty', severity: SEVERITY.empty, file: doc.file, page: page.n, ...findingWords('unlabelledTable'), text: t[0].join(' | ') });
  }
  return out;
}

/** "3Q08: up 5% YoY, 3Q08: up 2% QoQ": one period named twice as a prefix in one line */
const REPEATED = /(?:^|[\s(])((?:[1-4]Q|[12]H|9M|FY)\d{2,4}|\d{2}\/\d{1,2}期(?: [1-4]Q| 上期| 3Q累計)?)[:：] [^\n]{0,120}?[,、] \1[:：] /;

export function layoutGaps(docs: DocText[], _ctx: PreflightContext): Finding[] {
  const found: Finding[] = [];
  for (const doc of docs) for (const page of doc.pages) {
    if (doc.kind === 'pptx') found.push(...emptyParagraphs(doc, page), ...emptyTables(doc, page));
    for (const line of page.text.split('\n')) {
      const m = REPEATED.exec(line);
      if (m) found.push({ code: 'repeated', severity: SEVERITY.repeated, file: doc.file, page: page.n, ...findingWords('repeated', m[1]), text: line.trim() });
    }
  }
  return found;
}
