// What travels through Redis besides the jobs: input snapshots (one key per content hash, shared by
// every job that needs it) and result documents (one key per document, collected and deleted by the
// producer). Both expire: a snapshot some time after its last use, a result nobody collects after
// its TTL. Large artifacts could go to an S3-compatible store instead: implement ArtifactStore.
import type { Redis } from 'ioredis';

export const PREFIX = 'quarterdeck';
export const snapshotKey = (hash: string) => `${PREFIX}:snapshot:${hash}`;
export const resultKey = (jobId: string, token: string, file: string) => `${PREFIX}:result:${jobId}:${token}:${file}`;

/** Where workers leave documents for the producer. Redis by default; an S3 bucket is one more implementation. */
export interface ArtifactStore {
  put(key: string, data: Buffer, ttlSeconds: number): Promise<void>;
  /** null when the key expired or never existed */
  get(key: string): Promise<Buffer | null>;
  del(keys: string[]): Promise<void>;
}

export function redisArtifacts(c: Redis): ArtifactStore {
  return {
    async put(key, data, ttl) { await c.set(key, data, 'EX', ttl); },
    get: (key) => c.getBuffer(key),
    async del(keys) { if (keys.length) await c.del(...keys); },
  };
}

/** Store a snapshot unless it is there already (then only its expiry is renewed). True when uploaded. */
export async function putSnapshot(c: Redis, hash: string, gz: Buffer, ttlSeconds: number): Promise<boolean> {
  const set = await c.set(snapshotKey(hash), gz, 'EX', ttlSeconds, 'NX');
  if (set === 'OK') return true;
  await c.expire(snapshotKey(hash), ttlSeconds);
  return false;
}

export const getSnapshot = (c: Redis, hash: string) => c.getBuffer(snapshotKey(hash));
export const hasSnapshot = async (c: Redis, hash: string) => (await c.exists(snapshotKey(hash))) === 1;
