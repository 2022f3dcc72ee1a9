// The queue's contract, shared by producers and workers. A job carries the package spec and the
// content hash of its input snapshot (never a path: a worker may be on another machine); it
// returns where its documents wait in Redis, with their hashes, the worker and the times.
// BullMQ retries a failed job with exponential backoff, hands a stalled job (its worker died) to
// another worker, and removes finished jobs after a day (failed ones after a week).
import type { PackageSpec } from '../batch/spec.js';
import type { Omission } from '../contract/documents.js';

export const QUEUE = 'quarterdeck-build';

export interface RemoteJob {
  spec: PackageSpec;
  /** sha256 of the input snapshot (Redis key quarterdeck:snapshot:<hash>) */
  snapshot: string;
  /** the producer's QuarterDeck release and built-in templates; a worker must match it */
  fingerprint: string;
  /** seconds a worker's results wait in Redis for the producer */
  resultTtl: number;
  queuedAt: string;
}

export interface RemoteFile { name: string; sha256: string; bytes: number; key: string }

export interface RemoteResult {
  worker: string;
  period: string;
  snapshot: string;
  files: RemoteFile[];
  /** what the documents left out (build's `omitted`), for the producer's manifest */
  omitted?: Omission[];
  attempt: number;
  startedAt: string;
  finishedAt: string;
}

/** Expiry, in seconds, of what the queue leaves in Redis. */
export interface Ttls { snapshot: number; result: number }
export const DEFAULT_TTLS: Ttls = { snapshot: 24 * 3600, result: 24 * 3600 };

/** seconds between a producer's checks of its jobs in Redis (RemoteBatchOptions.checkInterval) */
export const DEFAULT_CHECK_INTERVAL = 2;

/** ms before a failed job's first retry; each further retry waits twice as long as the one before */
export const DEFAULT_RETRY_DELAY = 1000;

/** How a job is queued: 4 attempts with exponential backoff from `retryDelay` ms, kept a day when done (a week when failed). */
export const jobOptions = (retryDelay = DEFAULT_RETRY_DELAY) => ({
  attempts: 4,
  backoff: { type: 'exponential' as const, delay: retryDelay },
  removeOnComplete: { age: 24 * 3600 },
  removeOnFail: { age: 7 * 24 * 3600 },
});

/** What a worker tells the child processes that build its jobs (they are forked with its environment). */
export const WORKER_ENV = { redis: 'QUARTERDECK_WORKER_REDIS', dir: 'QUARTERDECK_WORKER_DIR', name: 'QUARTERDECK_WORKER_NAME' } as const;
