// The preflight: read the documents a build wrote (PDF text with pdftotext, PPTX parts with JSZip)
// and report, with the page or slide, what an investor must not see:
//   1. words that contradict a figure's sign          (checks/sign.ts)
//   2. numbers printed beyond their precision         (checks/precision.ts, checks/ratio-precision.ts)
//   3. content dated outside the document's window    (checks/dated.ts)
//   4. notes to the author, empty bullets, headings and rows, a period named twice (checks/layout.ts)
//   5. labels not in force for the period             (checks/labels.ts)
import { basename } from 'node:path';
import type { DocText, Finding, PreflightContext } from './types.js';
import { pdfPages } from './read-pdf.js';
import { pptxPages } from './read-pptx.js';
import { signWords } from './checks/sign.js';
import { dedupe, precisionBeyond } from './checks/precision.js';
import { ratiosBeyondPrecision } from './checks/ratio-precision.js';
import { datedOutside } from './checks/dated.js';
import { authorNotes, layoutGaps } from './checks/layout.js';
import { labelsOutOfForce } from './checks/labels.js';
import { preflightMessages as say } from './messages.js';
import { QuarterDeckError, said, spoken, type Problem } from '../errors/problem.js';

export interface PreflightFile { path: string; data: string | Uint8Array }

/** The documents among a package's files: release.pdf, deck.pdf, deck.pptx (figures and data pack are not read). */
export async function readDocuments(files: PreflightFile[]): Promise<DocText[]> {
  const docs = files.filter((f) => /\.(pdf|pptx)$/.test(f.path) && typeof f.data !== 'string');
  return Promise.all(docs.map(async (f) => {
    const data = f.data as Uint8Array;
    const kind = f.path.endsWith('.pptx') ? 'pptx' as const : 'pdf' as const;
    return { file: basename(f.path), kind, pages: kind === 'pptx' ? await pptxPages(data) : await pdfPages(data) };
  }));
}

const CHECKS = [signWords, precisionBeyond, ratiosBeyondPrecision, datedOutside, authorNotes, layoutGaps, labelsOutOfForce];

export function checkDocuments(docs: DocText[], ctx: PreflightContext): Finding[] {
  return dedupe(CHECKS.flatMap((check) => check(docs, ctx)));
}

export async function preflight(files: PreflightFile[], ctx: PreflightContext): Promise<Finding[]> {
  return checkDocuments(await readDocuments(files), ctx);
}

/** A finding as one line: "release.pdf page 2: error [sign] … — "Net income was JPY13 million"". */
export function formatFinding(f: Finding, kind: 'pdf' | 'pptx' = f.file.endsWith('.pptx') ? 'pptx' : 'pdf'): string {
  return `${say.where(f.file, f.page, kind)}: ${f.severity} [${f.code}] ${f.message}${f.text ? ` — "${f.text.slice(0, 160)}"` : ''}`;
}

/** The findings that fail a build: errors, and warnings too when strict. */
export function failing(findings: Finding[], strict: boolean): Finding[] {
  return findings.filter((f) => f.severity === 'error' || strict);
}

/** Failing findings as problems (one per finding), for a build that stops. */
export function preflightError(findings: Finding[], dir: string): QuarterDeckError {
  const problems: Problem[] = findings.map((f) => spoken({ code: 'E_PREFLIGHT' as const, file: `${dir}/${f.file}`, field: `${f.file.endsWith('.pptx') ? 'slide' : 'page'} ${f.page}`, message: said('preflightFinding', f.code, f.says?.key ?? '', f.message, ...(f.says?.args ?? [])), found: f.text ? `"${f.text.slice(0, 160)}"` : undefined }));
  return new QuarterDeckError(problems);
}
