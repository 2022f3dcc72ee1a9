// A sum that does not foot, reported with every term: its value in the table's unit, and the data
// file and line (and seed line) it came from, so that a new file that breaks an old total is named.
import { Decimal } from 'decimal.js';
import type { Known } from '../contract/analysis.js';
import { said, spoken, type Problem } from '../errors/problem.js';
import type { FootingTermWords } from '../messages/problems-en.js';
import { tableUnit } from './token.js';

export interface FootingTerm { key: string; item: string; period: string; coef: 1 | -1 }
export interface FootingRelation { terms: FootingTerm[]; why: string; file?: string; line?: number }

/** The unit the relation is shown in: the total's printed unit, else the coarsest printed term's. */
function unitOf(r: FootingRelation, known: Map<string, Known>): string | undefined {
  const head = known.get(r.terms[0].key)?.fact?.tableUnit;
  if (head) return head;
  const units = r.terms.map((t) => known.get(t.key)?.fact?.tableUnit).filter((u): u is string => Boolean(u));
  return units.sort((a, b) => tableUnit(b).scale.cmp(tableUnit(a).scale))[0];
}

/** A value in a table unit, digits grouped, exact (no rounding: 12,148.49 when it is not whole). */
function inUnit(v: Decimal, unit: string | undefined): string {
  const x = unit ? v.div(tableUnit(unit).scale) : v;
  const [int, frac] = x.abs().toFixed().split('.');
  const body = `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`;
  return x.isNeg() ? `(${body})` : body;
}

function whereOf(n: Known | undefined): FootingTermWords {
  if (!n) return ['missing', '', ''];
  if (n.kind === 'derived') return ['derived', n.formula ?? '', ''];
  const s = n.fact?.source;
  return s ? ['fact', `${s.dataFile}:${s.dataLine}`, `${s.file}:${s.line}`] : ['reported', '', ''];
}

export function footingProblem(r: FootingRelation, known: Map<string, Known>, residual: Decimal): Problem {
  const head = r.terms[0];
  const k = known.get(head.key)!;
  const unit = unitOf(r, known);
  // the problem is filed on the total's line; every term (each with its own file) is listed
  const where = [...r.terms.map((t) => known.get(t.key)!)].find((n) => n.kind === 'reported')?.fact?.source;
  const expected = k.value.minus(residual.times(head.coef));
  const terms = r.terms.map((t, i) => {
    const n = known.get(t.key);
    const sign = i === 0 ? '' : (t.coef === head.coef ? '− ' : '+ ');
    return [sign, `${t.item}@${t.period}`, n ? inUnit(n.value, unit) : '?', ...whereOf(n)];
  });
  return spoken({
    code: 'E_CHECK', file: where?.dataFile ?? r.file, line: where?.dataLine ?? r.line, item: head.item, period: head.period, field: head.item,
    message: said('doesNotFoot', r.why, head.period),
    expected: `${inUnit(expected, unit)}${unit ? ` ${unit}` : ''}`,
    found: said('footingFound', inUnit(k.value, unit), inUnit(residual.times(head.coef), unit)),
    hint: said('footingTerms', unit ?? '', ...terms.flat()),
  });
}
