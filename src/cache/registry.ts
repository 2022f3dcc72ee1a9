// One owner for the process's in-memory caches. Every cache a module keeps for the life of the
// process (parsed templates, compiled specs, drawn charts, analysed data, figures, font subsets …)
// is declared here with a name, what it is keyed by (a content hash, a text, an object's identity)
// and its bound, so that one call empties them all (clearCaches: tests, a preview asked to start
// afresh) and one call says what they hold (cacheStats: `QUARTERDECK_TRACE=1` prints it after a
// batch). Caches on disk have one folder (cache/folder.ts). Constant tables (keyword sets) are not
// caches and are not declared.
import { BoundedMap, type Bound } from './bounded-map.js';
import { IdentityCache } from './identity-cache.js';

/** What a cache is, as declared. */
export interface CacheDeclaration {
  /** a plain name, unique in the process: "drawn SVG charts" */
  name: string;
  /** what an entry is keyed by: "hash of the spec, rows and alt text", "the ledger (identity)" */
  keyedBy: string;
}

export interface CacheStats extends CacheDeclaration {
  /** "256 entries", "32 MB", "its keys' lifetime", "one value" */
  bound: string;
  /** entries held now (undefined for a cache keyed by identity: a WeakMap cannot be counted) */
  entries?: number;
  /** bytes the values weigh, for a cache bounded in bytes */
  bytes?: number;
}

interface Registered { stats(): CacheStats; clear(): void }

const registered = new Map<string, Registered>();

function register(name: string, entry: Registered): void {
  // a module evaluated again (a test's fresh import) declares its cache again: the new one is the cache
  registered.set(name, entry);
}

const describeBound = (b: Bound): string =>
  [`${b.max} entries`, b.maxBytes !== undefined ? `${Math.round(b.maxBytes / 2 ** 20)} MB` : undefined].filter(Boolean).join(', ');

/** A cache keyed by a value (a hash, a text, a path), keeping its most recently used entries within `bound`. */
export function cacheMap<K, V>(d: CacheDeclaration & Bound): BoundedMap<K, V> {
  const { name, keyedBy, ...bound } = d;
  const map = new BoundedMap<K, V>(bound);
  register(name, {
    stats: () => ({ name, keyedBy, bound: describeBound(bound), entries: map.size, ...(bound.sizeOf ? { bytes: map.weight } : {}) }),
    clear: () => map.clear(),
  });
  return map;
}

/** A cache keyed by an object's identity: an entry goes with its key. */
export function identityCache<K extends object, V>(d: CacheDeclaration): IdentityCache<K, V> {
  const cache = new IdentityCache<K, V>();
  register(d.name, { stats: () => ({ ...d, bound: "its keys' lifetime" }), clear: () => cache.clear() });
  return cache;
}

/** One value computed on first use (the program's version, the installed fonts), computed again after clearCaches(). */
export function cachedValue<T>(d: CacheDeclaration, compute: () => T): () => T {
  let kept: { value: T } | undefined;
  register(d.name, { stats: () => ({ ...d, bound: 'one value', entries: kept ? 1 : 0 }), clear: () => { kept = undefined; } });
  return () => (kept ??= { value: compute() }).value;
}

/** Empty every cache of the process. */
export function clearCaches(): void {
  for (const c of registered.values()) c.clear();
}

/** What each cache holds now, by name. */
export function cacheStats(): CacheStats[] {
  return [...registered.values()].map((c) => c.stats()).sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** One line per cache holding something, for a trace: "drawn SVG charts 12 (0.4 MB)". */
export function cacheSummary(): string {
  return cacheStats()
    .filter((s) => s.entries !== 0)
    .map((s) => `${s.name} ${s.entries ?? '?'}${s.bytes !== undefined ? ` (${(s.bytes / 2 ** 20).toFixed(1)} MB)` : ''}`)
    .join('; ');
}
