// A PDF's text, page by page, through poppler's pdftotext (pages are separated by form feeds).
import { execFile } from 'node:child_process';
import type { Page } from './types.js';
import { cachedPdfPages } from './pdf-text-cache.js';

/** The pages of a PDF (read back from the cache when pdftotext read the same PDF before: preflight/pdf-text-cache.ts). */
export function pdfPages(pdf: Uint8Array): Promise<Page[]> {
  return cachedPdfPages(pdf, () => pdftotext(pdf));
}

function pdftotext(pdf: Uint8Array): Promise<Page[]> {
  return new Promise((resolve, reject) => {
    const child = execFile('pdftotext', ['-enc', 'UTF-8', '-', '-'], { maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (err, stdout) => {
      if (err) { reject(new Error(`pdftotext could not read the PDF: ${err.message}`)); return; }
      const pages = stdout.split('\f');
      if (pages.length > 1 && !pages[pages.length - 1].trim()) pages.pop();
      resolve(pages.map((text, i) => ({ n: i + 1, text })));
    });
    child.stdin?.end(Buffer.from(pdf));
  });
}
