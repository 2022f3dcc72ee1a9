// Redis connections that survive a Redis restart and never keep a process alive once closed.
// Workers and blocking readers wait for Redis as long as they run (maxRetriesPerRequest: null, as
// BullMQ requires); the producer's plain commands fail fast while Redis is down, so its own clock
// decides when to give up. Every connection is closed with disconnect(), which stops reconnecting.
import { Redis, type RedisOptions } from 'ioredis';

export type Role = 'blocking' | 'commands';

/** Reconnect every 0.2 s, backing off to 1 s: a restarted Redis is found again within a second. */
const retryStrategy = (times: number) => Math.min(times * 200, 1000);

export function connect(url: string, role: Role, onError?: (e: Error) => void): Redis {
  const options: RedisOptions = {
    retryStrategy,
    maxRetriesPerRequest: role === 'blocking' ? null : 2,
    connectTimeout: 5000,
    lazyConnect: false,
  };
  const c = new Redis(url, options);
  // without a listener ioredis prints every refused reconnection; the caller decides what to say
  c.on('error', (e: Error) => onError?.(e));
  return c;
}

/** How long a connection has been without Redis (0 while connected). */
export function downClock(c: Redis): () => number {
  let since: number | undefined;
  c.on('close', () => { since ??= Date.now(); });
  c.on('ready', () => { since = undefined; });
  return () => (since === undefined ? 0 : Date.now() - since);
}

/** Close connections now, whatever state Redis is in. */
export function closeAll(...cs: (Redis | undefined)[]): void {
  for (const c of cs) c?.disconnect(false);
}
