// release.pdf through build(): written atomically next to figures.json; a failed build leaves the
// previous file as it was. And the document information added to Chromium's PDF.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { SharedBrowser } from '../../src/batch/shared-browser.js';
import type { Printer } from '../../src/export/browser.js';
import { readInfo, readPdfString, setPdfInfo } from '../../src/export/pdf-info.js';
import { QuarterDeckError } from '../../src/errors/problem.js';
import { dataDir } from '../helpers.js';
import { pdfInfo, qpdfCheck, readPdf } from './pdf-tools.js';

/** A one-page PDF with a classic cross-reference table, as Chromium (Skia) writes them. */
function tinyPdf(): Uint8Array {
  const objs = [
    '<</Title (Old title) /Producer (Skia/PDF m1) /CreationDate (D:20090515000000Z)>>',
    '<</Type /Catalog /Pages 3 0 R>>',
    '<</Type /Pages /Kids [4 0 R] /Count 1>>',
    '<</Type /Page /Parent 3 0 R /MediaBox [0 0 595 842]>>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => { offsets.push(out.length); out += `${i + 1} 0 obj\n${o}\nendobj\n`; });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<</Size ${objs.length + 1}\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

describe('document information (export/pdf-info.ts)', () => {
  it('adds author, subject and keywords by an incremental update that qpdf accepts', () => {
    const before = tinyPdf();
    const after = setPdfInfo(before, { title: 'IIJ Announces … Results', author: 'Internet Initiative Japan Inc.', subject: 'Full Year', keywords: 'IIJ, TSE:3774', creator: 'QuarterDeck' });
    expect(Buffer.from(after.subarray(0, before.length)).equals(Buffer.from(before))).toBe(true); // the original bytes are kept
    const dir = mkdtempSync(join(tmpdir(), 'qd-info-'));
    const file = join(dir, 'a.pdf');
    writeFileSync(file, after);
    expect(qpdfCheck(file).ok).toBe(true);
    const info = pdfInfo(file);
    expect(info).toMatchObject({ Title: 'IIJ Announces … Results', Author: 'Internet Initiative Japan Inc.', Subject: 'Full Year', Keywords: 'IIJ, TSE:3774', Creator: 'QuarterDeck', Producer: 'Skia/PDF m1' });
    expect(readPdfString(readInfo(after).CreationDate)).toBe('D:20090515000000Z');
  });

  it('refuses a PDF without a classic trailer, with a problem code', () => {
    const xrefStream = new Uint8Array(Buffer.from('%PDF-1.5\n1 0 obj\n<</Type /XRef>>\nendobj\nstartxref\n9\n%%EOF\n', 'latin1'));
    expect(() => setPdfInfo(xrefStream, { title: 't' })).toThrow(QuarterDeckError);
  });
});

describe('build --formats release', () => {
  it('writes out/<company>/<period>/<audience>/release.pdf atomically, and a failed build leaves it untouched', async () => {
    const out = mkdtempSync(join(tmpdir(), 'qd-out-'));
    const r = await build({ dataDir, outDir: out, company: 'iij', period: '1H09', formats: ['figures', 'release'] });
    const file = join(out, 'iij', 'FY2009-H1', 'investors', 'release.pdf');
    expect(r.outputs).toContain(file);
    const first = readFileSync(file);
    const text = readPdf(first);
    expect(text.prose).toContain('IIJ Announces First Six Months Financial Results for the Fiscal Year Ending March 31, 2010');
    expect(qpdfCheck(text.file).ok).toBe(true);
    const mtime = statSync(file).mtimeMs;

    // the browser dies while printing: nothing is written, the previous files stay
    const broken = new SharedBrowser();
    broken.get = async () => ({ pdf: async () => { throw new Error('Target closed'); }, connected: true } as unknown as Printer);
    await expect(build({ dataDir, outDir: out, company: 'iij', period: 'FY2009-H1', formats: ['figures', 'release'] }, { browser: broken })).rejects.toThrow('Target closed');
    expect(readFileSync(file).equals(first)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(mtime);
  }, 60_000);
});
