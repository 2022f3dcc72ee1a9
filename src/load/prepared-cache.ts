// A company's loaded and analysed data, kept in memory for the life of the process and keyed by a
// hash of its files' text: the builds of a batch, a schedule or a preview share one analysis, and
// an edited file is a new key (never a stale hit). Only data that loaded without problems is kept.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { readCompanyFiles } from './files.js';
import { cacheMap } from '../cache/registry.js';

const kept = cacheMap<string, unknown>({ name: 'prepared data', keyedBy: "hash of the company folder's data files", max: 8 });

/** The hash of a company folder's data files (paths and text). */
export function dataHash(dataDir: string, company: string): string {
  const h = createHash('sha256').update(resolve(dataDir, company)).update('\0');
  for (const f of readCompanyFiles(resolve(dataDir, company))) h.update(f.path).update('\0').update(f.text).update('\0');
  return h.digest('hex');
}

/** `make(key)`'s result for this company's data as it is now: computed once per content (`key`: the data's hash). */
export function preparedFor<T>(dataDir: string, company: string, make: (key: string) => T): T {
  const key = dataHash(dataDir, company);
  if (kept.has(key)) return kept.get(key) as T;
  const value = make(key);
  keep(key, value);
  return value;
}

/** What this process or `find(key)` (a cache on disk) already has for the data as it is now, computing nothing. */
export function preparedIfKept<T>(dataDir: string, company: string, find: (key: string) => T | undefined): T | undefined {
  const key = dataHash(dataDir, company);
  if (kept.has(key)) return kept.get(key) as T;
  const value = find(key);
  if (value !== undefined) keep(key, value);
  return value;
}

function keep(key: string, value: unknown): void {
  kept.set(key, value);
}
