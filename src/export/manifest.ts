// A package's manifest (manifest.json in the package): which inputs each document was built from.
// A build that makes only some documents (`--formats figures`) keeps a previous document only when
// it was built from the same inputs; any other is removed from the new version and listed, so that
// no PDF ever sits beside figures it was not made from.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { walk } from '../batch/input-hash.js';
import type { Omission } from '../contract/documents.js';

export const MANIFEST = 'manifest.json';

export interface DocumentEntry { inputs: string; builtAt: string }
export interface PackageManifest {
  format: 'quarterdeck-package-1';
  /** sha256 of the data, templates and options this version's newest documents were built from */
  inputs: string;
  documents: Record<string, DocumentEntry>;
  /** documents of the previous version left out because they were built from other inputs */
  removed?: { file: string; inputs: string }[];
  /** what the documents built now left out, and why (export/omissions.ts) */
  omitted?: Omission[];
}

/** sha256 over the file names and contents of the input folders, and the options. */
export function inputsHash(folders: string[], options: unknown): string {
  const h = createHash('sha256').update(JSON.stringify(options));
  for (const folder of folders) {
    const files: string[] = [];
    walk(folder, folder, files);
    for (const f of files) h.update(`\0${f}\0`).update(readFileSync(join(folder, f)));
  }
  return h.digest('hex');
}

/** The inputs hash of a package: its data folder, its template folders (in the package's language) and options. */
export function packageInputsHash(dataRoot: string, templateDirs: string[], o: { company: string; period: string; audience: string; profile: unknown }): string {
  return inputsHash([dataRoot, ...templateDirs], { company: o.company, period: o.period, audience: o.audience, profile: o.profile, version: 1 });
}

export function readManifest(dir: string): PackageManifest | undefined {
  try { return JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as PackageManifest; } catch { return undefined; }
}

export interface PackageContents { files: Map<string, string | Uint8Array>; kept: string[]; removed: string[] }

/**
 * The files of the new version: the documents built now, the previous version's documents built
 * from the same inputs, and the manifest.
 */
export function packageContents(dir: string, built: Map<string, string | Uint8Array>, inputs: string, now = new Date(), omitted: Omission[] = []): PackageContents {
  const previous = readManifest(dir);
  const documents: Record<string, DocumentEntry> = {};
  const files = new Map(built);
  for (const f of built.keys()) documents[f] = { inputs, builtAt: now.toISOString() };
  const kept: string[] = []; const removed: PackageManifest['removed'] = [];
  const before = existsSync(dir) ? readdirSync(dir).filter((f) => f !== MANIFEST && !f.startsWith('.')) : [];
  for (const f of before) {
    if (built.has(f)) continue;
    const entry = previous?.documents[f];
    if (entry && entry.inputs === inputs) { files.set(f, readFileSync(join(dir, f))); documents[f] = entry; kept.push(f); }
    else removed.push({ file: f, inputs: entry?.inputs ?? 'unknown' });
  }
  const manifest: PackageManifest = { format: 'quarterdeck-package-1', inputs, documents, ...(removed.length ? { removed } : {}), ...(omitted.length ? { omitted } : {}) };
  files.set(MANIFEST, `${JSON.stringify(manifest, null, 1)}\n`);
  return { files, kept, removed: removed.map((r) => r.file) };
}
