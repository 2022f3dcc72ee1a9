// A tiny arithmetic language for ratio items: ids, numbers, + - * / and parentheses.
// "1 - is.cost.cos / is.revenue.cos". A balance in a ratio over a period names its date:
// `bs.equity-iij@start` (the balance at the period's opening) or `bs.equity-iij@end`, so
// "is.net-income-iij / ((bs.equity-iij@start + bs.equity-iij@end) / 2)" is a return on average equity.
import { exact, add, sub, mul, div, neg, type Interval } from './interval.js';

export type Expr =
  | { k: 'num'; v: string }
  | { k: 'id'; id: string }
  | { k: 'neg'; e: Expr }
  | { k: 'bin'; op: '+' | '-' | '*' | '/'; a: Expr; b: Expr };

export function parseFormula(src: string): Expr {
  const tokens = src.match(/\d+(?:\.\d+)?|[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*(?:@(?:start|end))?|[-+*/()]/g) ?? [];
  if (tokens.join('') !== src.replace(/\s+/g, '')) throw new Error(`cannot read formula "${src}"`);
  let i = 0;
  const peek = () => tokens[i];
  const expr = (): Expr => {
    let left = term();
    while (peek() === '+' || peek() === '-') { const op = tokens[i++] as '+' | '-'; left = { k: 'bin', op, a: left, b: term() }; }
    return left;
  };
  const term = (): Expr => {
    let left = unary();
    while (peek() === '*' || peek() === '/') { const op = tokens[i++] as '*' | '/'; left = { k: 'bin', op, a: left, b: unary() }; }
    return left;
  };
  const unary = (): Expr => {
    if (peek() === '-') { i++; return { k: 'neg', e: unary() }; }
    if (peek() === '(') { i++; const e = expr(); if (tokens[i++] !== ')') throw new Error(`missing ")" in "${src}"`); return e; }
    const t = tokens[i++];
    if (t === undefined) throw new Error(`formula "${src}" ends too early`);
    if (/^\d/.test(t)) return { k: 'num', v: t };
    if (/^[a-z]/.test(t)) return { k: 'id', id: t };
    throw new Error(`unexpected "${t}" in "${src}"`);
  };
  const e = expr();
  if (i !== tokens.length) throw new Error(`unexpected "${tokens[i]}" in "${src}"`);
  return e;
}

/** Evaluate with intervals; undefined when an input is missing or a divisor may be zero. */
export function evaluate(e: Expr, lookup: (id: string) => Interval | undefined): Interval | undefined {
  switch (e.k) {
    case 'num': return exact(e.v);
    case 'id': return lookup(e.id);
    case 'neg': { const v = evaluate(e.e, lookup); return v && neg(v); }
    case 'bin': {
      const a = evaluate(e.a, lookup); const b = evaluate(e.b, lookup);
      if (!a || !b) return undefined;
      return e.op === '+' ? add(a, b) : e.op === '-' ? sub(a, b) : e.op === '*' ? mul(a, b) : div(a, b);
    }
  }
}

export function formulaInputs(e: Expr): string[] {
  switch (e.k) {
    case 'num': return [];
    case 'id': return [e.id];
    case 'neg': return formulaInputs(e.e);
    case 'bin': return [...formulaInputs(e.a), ...formulaInputs(e.b)];
  }
}
