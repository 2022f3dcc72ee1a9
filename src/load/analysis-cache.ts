// A company's loaded and analysed data on disk, between processes: `check` and a cold build read
// the analysis instead of parsing the data files and solving the ledger again. The key is the
// hash of the data files' text (load/prepared-cache.ts dataHash) and of the code (code-version.ts),
// so an edited data file or a rebuilt program is a new key, never a stale hit. Only data without
// problems is kept. An entry is written to a temporary file and renamed into place (two processes
// writing at once leave one whole entry); a damaged or unreadable entry is ignored; the newest few
// entries are kept. QUARTERDECK_CACHE=off disables it (load/file-cache.ts).
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { cacheFolder } from '../cache/folder.js';
import { codeVersion } from './code-version.js';
import { decodeGraph, encodeGraph } from './graph-codec.js';
import { makeLedger } from '../calc/ledger.js';
import type { Analysis, Known, Prepared } from '../contract/analysis.js';
import type { CompanyData } from '../contract/raw-data.js';

const FORMAT = 'qd-analysis-1';
const KEEP = 8;

/** What is stored: everything of an analysis but its ledger's functions (made again from data and known). */
interface Stored { data: CompanyData; known: Map<string, Known>; rest: Omit<Analysis, 'ledger'> }

function entryPath(dataKey: string): string | undefined {
  const dir = cacheFolder('analysis');
  return dir && join(dir, `${createHash('sha256').update(FORMAT).update('\0').update(codeVersion()).update('\0').update(dataKey).digest('hex')}.bin`);
}

/** The prepared data stored for this key of the data, if any. */
export function readPrepared(dataKey: string): Prepared | undefined {
  const path = entryPath(dataKey);
  if (!path) return undefined;
  let bytes: Buffer;
  try { bytes = readFileSync(path); } catch { return undefined; }
  try {
    const s = decodeGraph<Stored>(bytes);
    if (!s?.data?.items || !(s.known instanceof Map)) return undefined;
    return { data: s.data, analysis: { ...s.rest, ledger: makeLedger(s.data, s.known) } };
  } catch { return undefined; }
}

/** Store prepared data (without problems) for this key of the data; a cache we cannot write is no cache. */
export function writePrepared(dataKey: string, p: Prepared): void {
  const path = entryPath(dataKey);
  if (!path || p.analysis.problems.length) return;
  const { ledger, ...rest } = p.analysis;
  try {
    const bytes = encodeGraph({ data: p.data, known: ledger.known, rest } satisfies Stored);
    const dir = join(path, '..');
    mkdirSync(dir, { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
    prune(dir);
  } catch { /* not plain data, or an unwritable folder: no cache */ }
}

/** Keep the newest entries (every edit of the data is a new one). */
function prune(dir: string): void {
  const entries = readdirSync(dir).filter((n) => n.endsWith('.bin')).map((n) => { try { return { n, t: statSync(join(dir, n)).mtimeMs }; } catch { return undefined; } }).filter((e) => e !== undefined);
  entries.sort((a, b) => b.t - a.t);
  for (const e of entries.slice(KEEP)) { try { unlinkSync(join(dir, e.n)); } catch { /* another process pruned it */ } }
}
