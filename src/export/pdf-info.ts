// Document information for a PDF that Chromium printed. Chromium writes /Title (from <title>),
// /Creator, /Producer and the dates, but no /Author, /Subject or /Keywords. We add them with an
// incremental update (PDF 1.7, 7.5.6): a new Info object, a one-entry xref section and a trailer
// whose /Prev points at Chromium's xref. The original bytes are kept as they are.
import { QuarterDeckError } from '../errors/problem.js';

export interface PdfInfo { title: string; author?: string; subject?: string; keywords?: string; creator?: string; lang?: string }

const latin1 = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');

/** A PDF text string: UTF-16BE with a byte-order mark, as hex (safe for any character). */
export function pdfText(s: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** Decode a literal "(…)" or hex "<…>" PDF string (the subset Chromium writes). */
export function readPdfString(token: string): string {
  if (token.startsWith('<')) {
    const hex = token.slice(1, -1).replace(/\s+/g, '');
    const bytes = Buffer.from(hex, 'hex');
    if (bytes[0] === 0xfe && bytes[1] === 0xff) { let s = ''; for (let i = 2; i + 1 < bytes.length; i += 2) s += String.fromCharCode((bytes[i] << 8) | bytes[i + 1]); return s; }
    return bytes.toString('latin1');
  }
  return token.slice(1, -1).replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) => ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' } as Record<string, string>)[e] ?? String.fromCharCode(parseInt(e, 8)));
}

function fail(message: string): never {
  throw new QuarterDeckError([{ code: 'E_RENDER', message: `cannot add document information to the PDF: ${message}` }]);
}

/** The entries of the PDF's current Info dictionary, as raw tokens (e.g. { Title: "(x)" }). */
export function readInfo(pdf: Uint8Array): Record<string, string> {
  const text = latin1(pdf);
  const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref/g;
  let t: RegExpExecArray | null; let last: string | undefined;
  while ((t = trailer.exec(text))) last = t[1];
  const ref = last && /\/Info\s+(\d+)\s+(\d+)\s+R/.exec(last);
  if (!ref) return {};
  const objs = [...text.matchAll(new RegExp(`(?:^|[\\r\\n])${ref[1]}\\s+${ref[2]}\\s+obj\\s*<<([\\s\\S]*?)>>\\s*endobj`, 'g'))];
  const body = objs.at(-1)?.[1] ?? '';
  const out: Record<string, string> = {};
  for (const m of body.matchAll(/\/(\w+)\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/g)) out[m[1]] = m[2];
  return out;
}

/** Append an incremental update that replaces the Info dictionary. */
export function setPdfInfo(pdf: Uint8Array, info: PdfInfo): Uint8Array {
  const text = latin1(pdf);
  const sx = [...text.matchAll(/startxref\s+(\d+)\s+%%EOF/g)].at(-1);
  const tr = [...text.matchAll(/trailer\s*<<([\s\S]*?)>>\s*startxref/g)].at(-1);
  if (!sx || !tr) fail('no classic cross-reference table and trailer found (xref streams are not supported)');
  const trailer = tr[1];
  const size = Number(/\/Size\s+(\d+)/.exec(trailer)?.[1]);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer)?.[1];
  if (!size || !root) fail('the trailer has no /Size or /Root');
  const id = /\/ID\s*(\[[^\]]*\])/.exec(trailer)?.[1];
  const old = readInfo(pdf);

  const entries: string[] = [`/Title ${pdfText(info.title)}`];
  if (info.author) entries.push(`/Author ${pdfText(info.author)}`);
  if (info.subject) entries.push(`/Subject ${pdfText(info.subject)}`);
  if (info.keywords) entries.push(`/Keywords ${pdfText(info.keywords)}`);
  entries.push(`/Creator ${info.creator ? pdfText(info.creator) : old.Creator ?? '()'}`);
  for (const k of ['Producer', 'CreationDate', 'ModDate']) if (old[k]) entries.push(`/${k} ${old[k]}`);

  const head = text.endsWith('\n') ? '' : '\n';
  const objOffset = pdf.byteLength + head.length;
  const obj = `${size} 0 obj\n<<${entries.join('\n')}>>\nendobj\n`;
  const xrefOffset = objOffset + obj.length;
  const xref = `xref\n${size} 1\n${String(objOffset).padStart(10, '0')} 00000 n \n`;
  const tail = `trailer\n<</Size ${size + 1}\n/Root ${root}\n/Info ${size} 0 R${id ? `\n/ID ${id}` : ''}\n/Prev ${sx[1]}>>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  const update = Buffer.from(head + obj + xref + tail, 'latin1');
  const out = new Uint8Array(pdf.byteLength + update.byteLength);
  out.set(pdf, 0);
  out.set(update, pdf.byteLength);
  return out;
}
