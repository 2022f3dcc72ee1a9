// The producer's end of a job: fetch each document the worker left, check it against its hash,
// and write the package into the producer's own out/ at once (all files or none).
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { PackageSpec } from '../batch/spec.js';
import { writeFilesAtomically, type OutFile } from '../export/write.js';
import type { RemoteResult } from './bull.js';
import { queueError } from './messages.js';
import { sha256 } from './snapshot.js';
import type { ArtifactStore } from './store.js';

/** The one place a queued package is written (swap in a package writer with a lock here). */
export function writePackage(files: OutFile[]): string[] {
  writeFilesAtomically(files);
  return files.map((f) => f.path);
}

export async function collect(store: ArtifactStore, outDir: string, spec: PackageSpec, r: RemoteResult): Promise<string[]> {
  const dir = join(outDir, spec.company, r.period, spec.audience);
  const files: OutFile[] = [];
  for (const f of r.files) {
    const gz = await store.get(f.key);
    if (!gz) throw queueError('resultMissing', `${spec.company}/${r.period}/${spec.audience}/${f.name}`);
    const data = gunzipSync(gz);
    const found = sha256(data);
    if (found !== f.sha256) throw queueError('resultCorrupt', f.name, f.sha256, found);
    if (!/^[\w.-]+$/.test(f.name)) throw queueError('resultCorrupt', f.name, f.sha256, 'an unsafe file name');
    files.push({ path: join(dir, f.name), data });
  }
  const outputs = writePackage(files);
  await store.del(r.files.map((f) => f.key));
  return outputs;
}
