// A graph of plain data (objects, arrays, Maps, Sets, strings, numbers, Decimals) to bytes and back,
// for the analysis cache (load/analysis-cache.ts). v8's serializer keeps Maps, Sets, undefined and
// shared references (a known value and the fact it was chosen from are one object, before and after);
// a Decimal is written as its exact string. Anything else (a class instance, a function) is refused,
// so that the cache never serves an object that lost what made it what it was.
import { deserialize, serialize } from 'node:v8';
import { Decimal } from 'decimal.js';

const TAG = '\u0000qd:decimal';
type Tagged = { [TAG]: string; decoded?: Decimal };

export class NotPlainData extends Error {}

/** The graph as bytes; throws NotPlainData for anything that would not come back the same. */
export function encodeGraph(root: unknown): Buffer {
  const memo = new Map<object, unknown>();
  const enc = (x: unknown): unknown => {
    if (typeof x === 'function' || typeof x === 'symbol' || typeof x === 'bigint') throw new NotPlainData(typeof x);
    if (x === null || typeof x !== 'object') return x;
    if (memo.has(x)) return memo.get(x);
    if (x instanceof Decimal) { const o: Tagged = { [TAG]: x.toString() }; memo.set(x, o); return o; }
    if (Array.isArray(x)) { const o: unknown[] = []; memo.set(x, o); for (const v of x) o.push(enc(v)); return o; }
    if (x instanceof Map) { const o = new Map(); memo.set(x, o); for (const [k, v] of x) o.set(enc(k), enc(v)); return o; }
    if (x instanceof Set) { const o = new Set(); memo.set(x, o); for (const v of x) o.add(enc(v)); return o; }
    const proto = Object.getPrototypeOf(x) as unknown;
    if (proto !== Object.prototype && proto !== null) throw new NotPlainData((proto as { constructor?: { name?: string } }).constructor?.name ?? 'a class instance');
    const o: Record<string, unknown> = {}; memo.set(x, o);
    for (const k of Object.keys(x)) o[k] = enc((x as Record<string, unknown>)[k]);
    return o;
  };
  return serialize(enc(root));
}

/** The graph of encodeGraph's bytes (Decimals are Decimals again; shared objects stay shared). */
export function decodeGraph<T>(bytes: Buffer): T {
  const seen = new Set<object>();
  // only objects are walked (most values are strings and numbers); deserialized objects are plain
  const dec = (x: object): unknown => {
    const tag = (x as Partial<Tagged>)[TAG];
    if (tag !== undefined) { const t = x as Tagged; return (t.decoded ??= new Decimal(tag)); }
    if (seen.has(x)) return x;
    seen.add(x);
    if (Array.isArray(x)) { for (let i = 0; i < x.length; i++) { const v: unknown = x[i]; if (typeof v === 'object' && v !== null) x[i] = dec(v); } return x; }
    if (x instanceof Map) { for (const [k, v] of x) if (typeof v === 'object' && v !== null) x.set(k, dec(v as object)); return x; }
    if (x instanceof Set) { const vs = [...x].map((v: unknown) => (typeof v === 'object' && v !== null ? dec(v) : v)); x.clear(); for (const v of vs) x.add(v); return x; }
    const o = x as Record<string, unknown>;
    for (const k in o) { const v = o[k]; if (typeof v === 'object' && v !== null) o[k] = dec(v); }
    return o;
  };
  const root: unknown = deserialize(bytes);
  return (typeof root === 'object' && root !== null ? dec(root) : root) as T;
}
