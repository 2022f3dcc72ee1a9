// Numbers printed beyond their precision: a figure known to the million (or to 0.1 billion) shown in
// thousands ("17,300,000", "(100,000)"), or one known to 0.1 billion shown in millions with padded
// zeros ("17,300"). The figure's precision is its half-width in JPY (figures.json `precision`).
import { Decimal } from 'decimal.js';
import type { DocText, Finding, PreflightContext } from '../types.js';
import { groupDigits } from '../../format/display.js';
import { SEVERITY } from '../severity.js';
import { findingWords } from '../messages.js';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function precisionBeyond(docs: DocText[], ctx: PreflightContext): Finding[] {
  const tokens: { token: RegExp; id: string; scale: string; precision: string; digits: string }[] = [];
  // the same digits are also a figure known at that scale (a cash-flow line of 250,000 thousand): not proof
  const known = new Set<string>();
  for (const f of ctx.figures.figures) {
    if (f.measure || f.unit !== 'JPY' || !f.precision) continue;
    const half = new Decimal(f.precision); const v = new Decimal(f.value).abs();
    for (const scale of [1e3, 1e6]) if (half.lt(scale * 5) && v.div(scale).isInteger()) known.add(`${scale}:${groupDigits(v.div(scale), 0)}`);
  }
  for (const f of ctx.figures.figures) {
    if (f.measure || f.unit !== 'JPY' || !f.precision) continue;
    const half = new Decimal(f.precision);
    const v = new Decimal(f.value);
    for (const [scale, unit] of [[1e3, 'thousand'], [1e6, 'million']] as const) {
      // at least one printed digit unknown, and large enough not to be an axis tick ("20,000")
      if (half.lt(scale * 5) || v.abs().lt(scale * 1e5)) continue;
      const shown = v.abs().div(scale);
      if (!shown.isInteger()) continue; // a computed, unpadded value rounds like any other
      const digits = groupDigits(shown, 0);
      if (!/0,?0$/.test(digits) || known.has(`${scale}:${digits}`)) continue; // only padding (trailing zeros) proves the digits were invented
      tokens.push({ token: new RegExp(`(?<![\\d,.])\\(?${esc(digits)}\\)?(?![\\d,]|\\.\\d)`), id: f.id, scale: unit, precision: f.precision, digits });
    }
  }
  const found: Finding[] = [];
  for (const doc of docs) for (const page of doc.pages) {
    for (const t of tokens) {
      const m = t.token.exec(page.text);
      if (m) found.push({ code: 'precision', severity: SEVERITY.precision, file: doc.file, page: page.n, ...findingWords('precision', t.id, t.scale, t.precision), text: m[0] });
    }
  }
  return dedupe(found);
}

/** One finding per page and text. */
export function dedupe(list: Finding[]): Finding[] {
  const seen = new Set<string>();
  return list.filter((f) => { const k = `${f.file}\0${f.page}\0${f.code}\0${f.text}`; if (seen.has(k)) return false; seen.add(k); return true; });
}
