// What PowerPoint and Excel check beyond the schemas, on the finished parts of a package: every
// part is well-formed XML 1.0 (no control characters), every relationship target exists, every
// part has a content type and every declared part exists, shape ids are unique on each slide,
// layout, master and notes page, and each chart's embedded workbook holds the chart's figures.
import { createHash } from 'node:crypto';
import { SaxesParser } from 'saxes';
import { folderOf, isXmlPart, readRels, resolveTarget, unescapeXml, type Parts } from './parts.js';
import { chartDataMismatches } from './chart-data.js';
import { ILLEGAL_XML_CHARS } from './xml-chars.js';
import { cacheMap } from '../../cache/registry.js';

export interface PackageProblem { part: string; message: string }

/** Digests of parts found well-formed in this process: the same text is never parsed twice (a batch's packages share most parts). */
const wellFormed = cacheMap<string, true>({ name: 'well-formed office parts', keyedBy: "hash of the part's XML", max: 20_000 });

/** The first well-formedness error of an XML part (saxes is a conforming XML 1.0 parser), or undefined. */
export function xmlError(xml: string): string | undefined {
  const digest = createHash('sha256').update(xml).digest('base64');
  if (wellFormed.has(digest)) return undefined;
  const error = parseError(xml);
  if (error === undefined) {
    wellFormed.set(digest, true);
  }
  return error;
}

function parseError(xml: string): string | undefined {
  const p = new SaxesParser({ xmlns: false, position: true });
  let error: string | undefined;
  p.on('error', (e) => { error ??= e.message; });
  try { p.write(xml).close(); } catch (e) { error ??= (e as Error).message; }
  return error;
}

/** The part a relationships part describes ("ppt/_rels/presentation.xml.rels" → "ppt/presentation.xml"; "_rels/.rels" → the package). */
function sourceOf(rels: string): string | undefined {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(rels);
  return m && m[2] ? `${m[1]}${m[2]}` : undefined;
}

function relationshipProblems(parts: Parts): PackageProblem[] {
  const out: PackageProblem[] = [];
  for (const rels of parts.matching(/(^|\/)_rels\/[^/]*\.rels$/)) {
    const source = sourceOf(rels);
    if (source && !parts.has(source)) out.push({ part: rels, message: `relationships of a part the package does not have (${source})` });
    const dir = source ? folderOf(source) : '';
    const seen = new Set<string>();
    for (const r of readRels(parts.text(rels))) {
      if (seen.has(r.id)) out.push({ part: rels, message: `relationship id ${r.id} is used twice` });
      seen.add(r.id);
      if (r.external) continue;
      const target = resolveTarget(dir, r.target);
      if (!parts.has(target)) out.push({ part: rels, message: `relationship ${r.id} (${r.type}) points to ${target}, which the package does not have` });
    }
  }
  return out;
}

function contentTypeProblems(parts: Parts): PackageProblem[] {
  const CT = '[Content_Types].xml';
  if (!parts.has(CT)) return [{ part: CT, message: 'the package has no [Content_Types].xml' }];
  const xml = parts.text(CT);
  const defaults = new Set([...xml.matchAll(/<Default\b[^>]*?Extension="([^"]*)"/g)].map((m) => unescapeXml(m[1]).toLowerCase()));
  const overrides = new Set([...xml.matchAll(/<Override\b[^>]*?PartName="([^"]*)"/g)].map((m) => unescapeXml(m[1]).replace(/^\//, '').toLowerCase()));
  const names = new Set(parts.names().map((n) => n.toLowerCase()));
  const out: PackageProblem[] = [];
  for (const o of overrides) if (!names.has(o)) out.push({ part: CT, message: `declares a content type for /${o}, which the package does not have` });
  for (const n of parts.names()) {
    if (n === CT || n.endsWith('/')) continue;
    const ext = n.includes('.') ? n.slice(n.lastIndexOf('.') + 1).toLowerCase() : '';
    if (!overrides.has(n.toLowerCase()) && !defaults.has(ext)) out.push({ part: n, message: 'has no content type in [Content_Types].xml' });
  }
  return out;
}

function shapeIdProblems(parts: Parts): PackageProblem[] {
  const out: PackageProblem[] = [];
  for (const part of parts.matching(/^ppt\/(slides|slideLayouts|slideMasters|notesSlides|notesMasters)\/[^/]+\.xml$/)) {
    const ids = [...parts.text(part).matchAll(/<p:cNvPr\b[^>]*?\bid="(\d+)"/g)].map((m) => m[1]);
    const twice = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
    if (twice.length) out.push({ part, message: `shape id${twice.length > 1 ? 's' : ''} ${twice.join(', ')} used by more than one shape` });
  }
  return out;
}

/**
 * Every problem of a package's parts (empty when it opens cleanly, as far as these checks see).
 * `xml`: 'parse' reads every XML part with a conforming parser (for markup we or pptxgenjs put
 * together as text); 'chars' only looks for characters XML 1.0 forbids (for a serializer's output,
 * exceljs's, whose megabytes of sheets would take a parse longer than writing them).
 */
export async function packageProblems(parts: Parts, xml: 'parse' | 'chars' = 'parse'): Promise<PackageProblem[]> {
  const out: PackageProblem[] = [];
  for (const n of parts.names().filter(isXmlPart)) {
    const text = parts.text(n);
    const e = xml === 'parse' ? xmlError(text) : new RegExp(ILLEGAL_XML_CHARS.source).test(text) ? 'a character XML 1.0 does not allow' : undefined;
    if (e) out.push({ part: n, message: `not well-formed XML 1.0: ${e}` });
  }
  if (out.length) return out; // the other checks read the XML
  out.push(...relationshipProblems(parts), ...contentTypeProblems(parts), ...shapeIdProblems(parts));
  for (const m of await chartDataMismatches(parts)) {
    out.push({ part: m.chart, message: `the embedded workbook holds ${m.workbookValue ?? '(empty)'} in ${m.cell} where the chart shows ${m.chartValue ?? '(empty)'}` });
  }
  return out;
}
