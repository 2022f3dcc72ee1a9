// Write a package's files so that a failed build leaves the previous files untouched:
// every file goes to a temporary name first; only when all are written are they renamed.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface OutFile { path: string; data: string | Uint8Array }

export function writeFilesAtomically(files: OutFile[]): void {
  const tag = `.tmp-${process.pid}-${Date.now()}`;
  const written: string[] = [];
  try {
    for (const f of files) {
      mkdirSync(dirname(f.path), { recursive: true });
      writeFileSync(f.path + tag, f.data);
      written.push(f.path + tag);
    }
  } catch (e) {
    for (const t of written) rmSync(t, { force: true });
    throw e;
  }
  for (const f of files) renameSync(f.path + tag, f.path);
}
