// A worker's local copies of input snapshots, one folder per content hash: fetched once, checked
// against the hash, unpacked into a temporary folder and renamed into place (so two workers sharing
// a cache folder never see half a snapshot). The least recently used are removed past a limit.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { snapshotOptions, unpackSnapshot, type SnapshotOptions } from './snapshot.js';
import { queueError } from './messages.js';

export class SnapshotCache {
  private inFlight = new Map<string, Promise<SnapshotOptions>>();
  private inUse = new Map<string, number>();

  constructor(readonly dir: string, private fetch: (hash: string) => Promise<Buffer | null>, private keep = 16, private onFetched?: (hash: string) => void) {
    mkdirSync(dir, { recursive: true });
  }

  path(hash: string): string { return join(this.dir, hash); }

  /** The unpacked snapshot's folder and options; fetched from Redis when not here. */
  async use<T>(hash: string, f: (dir: string, options: SnapshotOptions) => Promise<T>): Promise<T> {
    if (!/^[0-9a-f]{64}$/.test(hash)) throw queueError('snapshotCorrupt', hash, 'not a sha256 hash');
    this.inUse.set(hash, (this.inUse.get(hash) ?? 0) + 1);
    try {
      const dir = this.path(hash);
      const here = existsSync(join(dir, 'options.json'));
      const options = here ? snapshotOptions(dir) : await this.fetchOnce(hash);
      if (here) { const now = new Date(); utimesSync(dir, now, now); }
      return await f(dir, options);
    } finally {
      this.inUse.set(hash, this.inUse.get(hash)! - 1);
    }
  }

  private fetchOnce(hash: string): Promise<SnapshotOptions> {
    let p = this.inFlight.get(hash);
    if (!p) {
      p = this.download(hash).finally(() => this.inFlight.delete(hash));
      this.inFlight.set(hash, p);
    }
    return p;
  }

  private async download(hash: string): Promise<SnapshotOptions> {
    const gz = await this.fetch(hash);
    if (!gz) throw queueError('snapshotMissing', hash);
    const tmp = join(this.dir, `.tmp-${randomUUID()}`);
    try {
      const options = await unpackSnapshot(gz, hash, tmp);
      try { renameSync(tmp, this.path(hash)); } catch { /* another worker put it there first: same content */ }
      this.onFetched?.(hash);
      this.evict();
      return options;
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }

  private evict(): void {
    const entries = readdirSync(this.dir).filter((n) => /^[0-9a-f]{64}$/.test(n) && !this.inUse.get(n))
      .map((n) => ({ n, t: statSync(join(this.dir, n)).mtimeMs })).sort((a, b) => b.t - a.t);
    for (const e of entries.slice(this.keep)) rmSync(join(this.dir, e.n), { recursive: true, force: true });
  }
}
