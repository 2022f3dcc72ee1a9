// The producer's end of a job: fetch each document the worker left, check it against its hash,
// and write the package into the producer's own out/ at once (all files or none), as build() does.
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { PackageSpec } from '../batch/spec.js';
import { writePackage as writeVersion } from '../export/package-writer.js';
import { lockPackage } from '../export/package-lock.js';
import { packageContents } from '../export/manifest.js';
import type { Omission } from '../contract/documents.js';
import type { RemoteResult } from './bull.js';
import { queueError } from './messages.js';
import { sha256 } from './snapshot.js';
import type { ArtifactStore } from './store.js';

/**
 * The one place a queued package is written: under the package lock, as one new version of the
 * package (all files or none), with a manifest naming the inputs — as `build` writes it.
 */
export function writePackage(outDir: string, dir: string, built: Map<string, Uint8Array>, inputs: string, omitted: Omission[] = []): string[] {
  const unlock = lockPackage(dir, outDir);
  try {
    writeVersion(dir, packageContents(dir, built, inputs, new Date(), omitted).files);
  } finally { unlock(); }
  return [...built.keys()].map((f) => join(dir, f));
}

/** Fetch, check and write a finished job's documents; `inputs`: the package's input hash. */
export async function collect(store: ArtifactStore, outDir: string, spec: PackageSpec, r: RemoteResult, inputs: string): Promise<string[]> {
  const dir = join(outDir, spec.company, r.period, spec.audience);
  const files = new Map<string, Uint8Array>();
  for (const f of r.files) {
    const gz = await store.get(f.key);
    if (!gz) throw queueError('resultMissing', `${spec.company}/${r.period}/${spec.audience}/${f.name}`);
    const data = gunzipSync(gz);
    const found = sha256(data);
    if (found !== f.sha256) throw queueError('resultCorrupt', f.name, f.sha256, found);
    if (!/^[\w.-]+$/.test(f.name)) throw queueError('resultCorrupt', f.name, f.sha256, 'an unsafe file name');
    files.set(f.name, data);
  }
  const outputs = writePackage(outDir, dir, files, inputs, r.omitted ?? []);
  await store.del(r.files.map((f) => f.key));
  return outputs;
}
