// A Map that keeps its most recently used entries: at most `max` entries and, when the cache says
// how to weigh a value, at most `maxBytes` of them. A hit moves the entry to the back; the front
// (the least recently used) goes first. The kind every growing cache of the registry is.

export interface Bound {
  /** entries kept at most */
  max: number;
  /** bytes kept at most (with `sizeOf`) */
  maxBytes?: number;
  /** a value's weight in bytes (a string: its length × 2) */
  sizeOf?: (value: never) => number;
}

export class BoundedMap<K, V> extends Map<K, V> {
  private bytes = 0;
  private readonly weights = new Map<K, number>();

  constructor(readonly bound: Bound) {
    super();
  }

  /** The bytes the kept values weigh (0 when the cache weighs none). */
  get weight(): number {
    return this.bytes;
  }

  override get(key: K): V | undefined {
    if (!super.has(key)) return undefined;
    const value = super.get(key) as V;
    // the most recently used goes to the back
    super.delete(key);
    super.set(key, value);
    return value;
  }

  override set(key: K, value: V): this {
    this.delete(key);
    super.set(key, value);
    const sizeOf = this.bound.sizeOf as ((v: V) => number) | undefined;
    if (sizeOf) { const w = sizeOf(value); this.weights.set(key, w); this.bytes += w; }
    while (this.size > this.bound.max || (this.bound.maxBytes !== undefined && this.bytes > this.bound.maxBytes && this.size > 1)) {
      this.delete(this.keys().next().value as K);
    }
    return this;
  }

  override delete(key: K): boolean {
    this.bytes -= this.weights.get(key) ?? 0;
    this.weights.delete(key);
    return super.delete(key);
  }

  override clear(): void {
    this.bytes = 0;
    this.weights.clear();
    super.clear();
  }
}

/** The weight of a string value (UTF-16: two bytes a code unit). */
export const stringBytes = (s: string): number => s.length * 2;
