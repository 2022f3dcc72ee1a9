// A cache keyed by an object's identity (a ledger, a template set, a Handlebars environment): an
// entry lives as long as its key and goes with it, so it needs no bound of its own. A WeakMap cannot
// be emptied or counted; clear() starts a new one.

export class IdentityCache<K extends object, V> {
  private map = new WeakMap<K, V>();

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  set(key: K, value: V): this {
    this.map.set(key, value);
    return this;
  }

  delete(key: K): boolean {
    return this.map.delete(key);
  }

  clear(): void {
    this.map = new WeakMap();
  }
}
