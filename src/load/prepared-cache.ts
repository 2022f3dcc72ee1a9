// A company's loaded and analysed data, kept in memory for the life of the process and keyed by a
// hash of its files' text: the builds of a batch, a schedule or a preview share one analysis, and
// an edited file is a new key (never a stale hit). Only data that loaded without problems is kept.
//
// The files fall in two parts with keys of their own: what the analysis reads (company.yaml, the
// taxonomy, the facts, the errata: everything but the narrative and the lists) and the texts (the
// narrative and the lists, checked against company.yaml). A sentence edited is a new text key and
// the same analysis key, so the disk cache (load/analysis-cache.ts) keeps the analysis.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { readCompanyFiles, type TextFile } from './files.js';
import { cacheMap } from '../cache/registry.js';

const kept = cacheMap<string, unknown>({ name: 'prepared data', keyedBy: "hash of the company folder's data files", max: 8 });

/** Files no part of the analysis reads: the narrative and the lists (their check reads company.yaml too). */
export const TEXT_FILE = /^(narrative|lists)\//;

/** The keys of a company folder as it is now, and its files. */
export interface DataKeys {
  /** the folder and every data file's path and text */
  all: string;
  /** the folder and the files the analysis reads */
  analysis: string;
  /** the narrative and the lists, and company.yaml */
  texts: string;
  files: TextFile[];
}

const hashOf = (parts: string[], files: TextFile[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  for (const f of files) h.update(f.path).update('\0').update(f.text).update('\0');
  return h.digest('hex');
};

/** The keys of a company folder's data files (paths and text). */
export function dataKeys(dataDir: string, company: string): DataKeys {
  const root = resolve(dataDir, company);
  const files = readCompanyFiles(root);
  const texts = files.filter((f) => TEXT_FILE.test(f.path) || f.path === 'company.yaml');
  return { all: hashOf([root], files), analysis: hashOf(['analysis', root], files.filter((f) => !TEXT_FILE.test(f.path))), texts: hashOf(['texts'], texts), files };
}

/** The hash of a company folder's data files (paths and text). */
export const dataHash = (dataDir: string, company: string): string => dataKeys(dataDir, company).all;

/** `make(keys)`'s result for this company's data as it is now: computed once per content. */
export function preparedFor<T>(dataDir: string, company: string, make: (keys: DataKeys) => T): T {
  const keys = dataKeys(dataDir, company);
  if (kept.has(keys.all)) return kept.get(keys.all) as T;
  const value = make(keys);
  keep(keys.all, value);
  return value;
}

/** What this process or `find(keys)` (a cache on disk) already has for the data as it is now, computing nothing. */
export function preparedIfKept<T>(dataDir: string, company: string, find: (keys: DataKeys) => T | undefined): T | undefined {
  const keys = dataKeys(dataDir, company);
  if (kept.has(keys.all)) return kept.get(keys.all) as T;
  const value = find(keys);
  if (value !== undefined) keep(keys.all, value);
  return value;
}

function keep(key: string, value: unknown): void {
  kept.set(key, value);
}
