// A company's loaded and analysed data on disk, between processes: `check` and a cold build read
// the analysis instead of parsing the data files and solving the ledger again. Two entries make
// one prepared data: the analysis, keyed by the files the analysis reads (load/prepared-cache.ts
// DataKeys.analysis: company.yaml, taxonomy, facts, errata), and the texts (the narrative and the
// lists, DataKeys.texts), each with the code (code-version.ts). An edited sentence is a new texts
// entry and keeps the analysis; an edited figure or a rebuilt program is a new key, never a stale
// hit. Only data without problems is kept. An entry is written to a temporary file and renamed
// into place (two processes writing at once leave one whole entry); a damaged or unreadable entry
// is ignored; the newest few entries are kept. QUARTERDECK_CACHE=off disables it (load/file-cache.ts).
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { cacheFolder } from '../cache/folder.js';
import { identityCache } from '../cache/registry.js';
import { codeVersion } from './code-version.js';
import { decodeGraph, encodeGraph } from './graph-codec.js';
import type { DataKeys } from './prepared-cache.js';
import { makeLedger } from '../calc/ledger.js';
import type { Analysis, Known, Ledger, Prepared } from '../contract/analysis.js';
import type { CompanyData } from '../contract/raw-data.js';

/** The part of a company's data a save of a narrative or list file changes. */
export type Texts = Pick<CompanyData, 'narrative' | 'lists'>;

/** What is stored of an analysis: the data it read and all of it but its ledger's functions (made again from data and known). */
export interface StoredAnalysis { data: Omit<CompanyData, keyof Texts>; known: Map<string, Known>; rest: Omit<Analysis, 'ledger'> }

const FORMAT = 'qd-analysis-2';
const KEEP = 8;

function entryPath(kind: 'analysis' | 'texts', key: string): string | undefined {
  const dir = cacheFolder(kind);
  return dir && join(dir, `${createHash('sha256').update(FORMAT).update('\0').update(codeVersion()).update('\0').update(key).digest('hex')}.bin`);
}

function readEntry<T>(kind: 'analysis' | 'texts', key: string): T | undefined {
  const path = entryPath(kind, key);
  if (!path) return undefined;
  let bytes: Buffer;
  try { bytes = readFileSync(path); } catch { return undefined; }
  try { return decodeGraph<T>(bytes); } catch { return undefined; }
}

function writeEntry(kind: 'analysis' | 'texts', key: string, value: unknown): void {
  const path = entryPath(kind, key);
  if (!path) return;
  try {
    const bytes = encodeGraph(value);
    const dir = join(path, '..');
    mkdirSync(dir, { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
    prune(dir);
  } catch { /* not plain data, or an unwritable folder: no cache */ }
}

/** The analysis stored for the files it reads, if any. */
export function readAnalysis(keys: DataKeys): StoredAnalysis | undefined {
  const s = readEntry<StoredAnalysis>('analysis', keys.analysis);
  return s?.data?.items && s.known instanceof Map ? s : undefined;
}

/** The narrative and lists stored for their files, if any. */
export function readTexts(keys: DataKeys): Texts | undefined {
  const t = readEntry<Texts>('texts', keys.texts);
  return Array.isArray(t?.narrative) && t.lists ? t : undefined;
}

/** Store the narrative and lists (parsed without problems). */
export const writeTexts = (keys: DataKeys, texts: Texts): void => writeEntry('texts', keys.texts, { narrative: texts.narrative, lists: texts.lists } satisfies Texts);

const ledgerKeys = identityCache<Ledger, string>({ name: 'analysis keys of ledgers', keyedBy: 'the ledger (identity)' });

/** The key of the files a ledger was analysed from (DataKeys.analysis), when prepare() made it: what is computed from the ledger alone may be stored by it. */
export const analysisKeyOf = (ledger: Ledger): string | undefined => ledgerKeys.get(ledger);

/** Prepared data whose ledger was analysed from the files of `keys`. */
export function keyed(keys: DataKeys, p: Prepared): Prepared {
  ledgerKeys.set(p.analysis.ledger, keys.analysis);
  return p;
}

/** A stored analysis with the texts of the data as it is now. */
export function withTexts(keys: DataKeys, s: StoredAnalysis, texts: Texts): Prepared {
  const data: CompanyData = { ...s.data, narrative: texts.narrative, lists: texts.lists };
  return keyed(keys, { data, analysis: { ...s.rest, ledger: makeLedger(data, s.known) } });
}

/** The prepared data stored for these keys of the data (analysis and texts), if any. */
export function readPrepared(keys: DataKeys): Prepared | undefined {
  const s = readAnalysis(keys);
  const texts = s && readTexts(keys);
  return texts && withTexts(keys, s, texts);
}

/** Store prepared data (without problems) for these keys of the data; a cache we cannot write is no cache. */
export function writePrepared(keys: DataKeys, p: Prepared): void {
  if (p.analysis.problems.length) return;
  const { ledger, ...rest } = p.analysis;
  const { narrative, lists, ...data } = p.data;
  writeEntry('analysis', keys.analysis, { data, known: ledger.known, rest } satisfies StoredAnalysis);
  writeTexts(keys, { narrative, lists });
}

/** Keep the newest entries (every edit of the data is a new one). */
function prune(dir: string): void {
  const entries = readdirSync(dir).filter((n) => n.endsWith('.bin')).map((n) => { try { return { n, t: statSync(join(dir, n)).mtimeMs }; } catch { return undefined; } }).filter((e) => e !== undefined);
  entries.sort((a, b) => b.t - a.t);
  for (const e of entries.slice(KEEP)) { try { unlinkSync(join(dir, e.n)); } catch { /* another process pruned it */ } }
}
