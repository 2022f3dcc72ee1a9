// What users read when the queue goes wrong: one function per cause, each saying what to do.
import { QuarterDeckError, said, spoken } from '../errors/problem.js';

const short = (h: string) => h.slice(0, 12);

export const queueMessages = {
  noCompany: (dir: string) => `no data for the company at ${dir}`,
  snapshotMissing: (hash: string) => `the input snapshot ${short(hash)} is not in Redis (expired, or Redis restarted); the producer uploads it again and the job is retried`,
  snapshotCorrupt: (hash: string, why: string) => `the input snapshot ${short(hash)} does not match its hash (${why})`,
  fingerprint: (worker: string, producer: string) => `this worker runs QuarterDeck ${worker}, the producer ${producer}; run the same release (and built-in templates) on both`,
  resultMissing: (file: string) => `the result ${file} is not in Redis any more (it expired before it was collected); run the batch again`,
  resultCorrupt: (file: string, expected: string, found: string) => `the result ${file} does not match its hash (expected ${short(expected)}, found ${short(found)})`,
  redisDown: (url: string, seconds: number, pending: number) => `Redis at ${url} has been unreachable for ${seconds} s; ${pending} package${pending === 1 ? '' : 's'} not finished. Start Redis (or check --redis) and run the batch again`,
  redisUnreachable: (url: string, why: string) => `cannot reach Redis at ${url}: ${why}`,
  timeout: (seconds: number, pending: number) => `${pending} package${pending === 1 ? '' : 's'} not finished after ${seconds} s (--timeout); are workers running?`,
  noWorkers: (url: string) => `no worker is connected to ${url} yet; start one with \`quarterdeck worker --redis ${url}\` (the packages wait in the queue)`,
  jobLost: () => 'the job disappeared from Redis (Redis restarted without persistence?) and was queued again',
};

export type QueueMessage = keyof typeof queueMessages;

/** A QuarterDeckError with one queue problem. */
export function queueError<K extends QueueMessage>(kind: K, ...args: Parameters<(typeof queueMessages)[K]>): QuarterDeckError {
  const message = (queueMessages[kind] as (...a: unknown[]) => string)(...args);
  return new QuarterDeckError([spoken({ code: 'E_QUEUE', message: said('queueFault', kind, message, ...(args as (string | number)[])) })]);
}
