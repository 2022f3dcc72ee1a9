// The preflight's PDF text is read back from the cache for the same PDF printed again with another
// date (a cold build of unchanged inputs, a batch building a package again), and read afresh for a
// PDF that differs in anything but its date stamps. Fake PDFs and a counted reader: no browser, no pdftotext.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedPdfPages } from '../../src/preflight/pdf-text-cache.js';

const cache = mkdtempSync(join(tmpdir(), 'qd-pdftext-'));
let before: string | undefined;
beforeAll(() => { before = process.env.QUARTERDECK_CACHE; process.env.QUARTERDECK_CACHE = cache; });
afterAll(() => { if (before === undefined) delete process.env.QUARTERDECK_CACHE; else process.env.QUARTERDECK_CACHE = before; rmSync(cache, { recursive: true, force: true }); });

const pdf = (body: string, date: string) => new Uint8Array(Buffer.from(`%PDF-1.4\n${body}\n<< /CreationDate (D:${date}+00'00') /ModDate (D:${date}+00'00') >>\n%%EOF\n`, 'latin1'));
const counted = (text: string) => { const r = { calls: 0, read: async () => { r.calls++; return [{ n: 1, text }]; } }; return r; };

describe('the PDF text cache', () => {
  it('gives the first read\'s pages for the same PDF dated otherwise, and reads a changed PDF afresh', async () => {
    const first = counted('Revenue 12,345');
    expect(await cachedPdfPages(pdf('BT (Revenue 12,345) ET', '20261201090000'), first.read)).toEqual([{ n: 1, text: 'Revenue 12,345' }]);
    const again = counted('not read');
    expect(await cachedPdfPages(pdf('BT (Revenue 12,345) ET', '20261202101112'), again.read)).toEqual([{ n: 1, text: 'Revenue 12,345' }]);
    expect([first.calls, again.calls]).toEqual([1, 0]);
    const changed = counted('Revenue 12,346');
    expect(await cachedPdfPages(pdf('BT (Revenue 12,346) ET', '20261202101112'), changed.read)).toEqual([{ n: 1, text: 'Revenue 12,346' }]);
    expect(changed.calls).toBe(1);
  });

  it('reads afresh when the stored entry is damaged', async () => {
    const doc = pdf('BT (Net income 678) ET', '20261201090000');
    await cachedPdfPages(doc, counted('Net income 678').read);
    const dir = join(cache, 'pdftext');
    for (const f of readdirSync(dir)) writeFileSync(join(dir, f), '{"damaged":');
    const fresh = counted('Net income 678');
    expect(await cachedPdfPages(doc, fresh.read)).toEqual([{ n: 1, text: 'Net income 678' }]);
    expect(fresh.calls).toBe(1);
  });
});
