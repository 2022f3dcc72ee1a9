// Building releases for the tests: the real IIJ data, one browser for a whole test file.
import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import { prepare } from '../../src/build.js';
import { figuresOf } from '../support/figures.js';
import { en } from '../../src/messages/en.js';
import { makeInputs } from '../../src/render/inputs.js';
import type { DocumentInputs } from '../../src/contract/document-inputs.js';
import { renderReleaseHtml, type ReleaseHtml } from '../../src/render/release/index.js';
import { releasePdf } from '../../src/export/release-pdf.js';
import type { Printer } from '../../src/export/browser.js';
import { groupDigits } from '../../src/format/display.js';
import type { FiguresFile } from '../../src/contract/figures.js';
import { readPdf, type PdfText } from '../export/pdf-tools.js';
import { dataDir, root } from '../helpers.js';

export interface BuiltRelease { period: string; inputs: DocumentInputs; figures: FiguresFile; html: ReleaseHtml; pdf: Uint8Array; text: PdfText; ms: number }

let prepared: ReturnType<typeof prepare> | undefined;
export const iij = () => (prepared ??= prepare(dataDir, 'iij'));

export function releaseInputs(period: string): { inputs: DocumentInputs; figures: FiguresFile } {
  const { data, analysis } = iij();
  const figures = figuresOf(analysis.ledger, period, en);
  return { figures, inputs: makeInputs(data, figures, en, [join(root, 'templates')], 'investors') };
}

export async function buildRelease(period: string, printer: Printer): Promise<BuiltRelease> {
  const { inputs, figures } = releaseInputs(period);
  const t = Date.now();
  const html = await renderReleaseHtml(inputs);
  const pdf = await releasePdf(inputs, printer);
  return { period, inputs, figures, html, pdf, text: readPdf(pdf, `${period}.pdf`), ms: Date.now() - t };
}

// ---- traceability: every number printed is a figure's, shown at some scale ---------------------

const NUMBER = /\(?[+−-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?\)?%?|\(?[+−-]?\d+\.\d+\)?%?|\d+%/g;
/** "(1,283)" → "1,283"; "4.3%" → "4.3" */
export const bare = (t: string) => t.replace(/[()%+−]/g, '').replace(/^-/, '');
export const numbersIn = (text: string) => [...text.matchAll(NUMBER)].map((m) => m[0]);

/** Every way a figure may be shown: its display, the printed token, its value in thousands, millions, billions, per cent. */
export function figureTokens(file: FiguresFile): Set<string> {
  const out = new Set<string>();
  const add = (s: string | undefined) => { if (s) out.add(bare(s)); };
  const fixed = (v: Decimal, d: number) => groupDigits(v.abs(), d);
  for (const f of file.figures) {
    add(f.display); add(f.printed);
    const v = new Decimal(f.value);
    if (f.unit === 'JPY' || f.unit === 'USD') {
      add(fixed(v.div(1e3), 0)); add(fixed(v.div(1e6), 0)); add(fixed(v.div(1e6), 1)); add(fixed(v.div(1e9), 1));
      // a figure the company printed in a table it rounded to foot may be shown rounded down or up
      // (footing-preserving rounding); every other figure only as plainly rounded
      if (f.footing) { add(groupDigits(v.abs().div(1e6).floor(), 0)); add(groupDigits(v.abs().div(1e6).ceil(), 0)); }
    } else if (f.unit === 'percent' || f.unit === 'ratio' || f.unit === 'points') {
      add(fixed(v.times(100), 1));
    } else {
      add(fixed(v, 0)); add(fixed(v, 1)); add(fixed(v, 2));
    }
  }
  return out;
}

/** Numbers the document takes from elsewhere than figures: narrative prose, company.yaml texts and rates, chart axes. */
export function otherTokens(b: BuiltRelease): Set<string> {
  const out = new Set<string>();
  const narrative = b.inputs.narrative.filter((n) => n.period === b.period);
  for (const n of narrative) for (const list of Object.values(n.sections)) for (const e of list) for (const t of numbersIn(e.text)) out.add(bare(t));
  for (const r of b.inputs.company.usdRates) out.add(r.rate);
  for (const t of numbersIn(JSON.stringify(b.inputs.company.extra))) out.add(bare(t));
  // axis tick labels of the charts (Vega marks them role-axis-label)
  for (const g of b.html.html.matchAll(/role-axis-label[\s\S]*?<\/g><\/g>/g)) for (const t of g[0].matchAll(/>([^<]+)<\/text>/g)) for (const x of numbersIn(t[1])) out.add(bare(x));
  return out;
}
