// A package is rebuilt only when what it depends on changed: the company's data, the templates,
// the package options and QuarterDeck's own version. The hash is stored beside the outputs.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { PackageSpec } from './spec.js';

/** The files below a folder, as paths relative to `root`, in name order (what an input hash reads). */
export function walk(dir: string, root: string, out: string[]): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, root, out);
    else out.push(relative(root, p));
  }
}

/** sha256 over file names and contents of the folders, plus the options. */
export function inputHash(folders: string[], spec: PackageSpec, version: string): string {
  const h = createHash('sha256');
  h.update(JSON.stringify({ company: spec.company, period: spec.period ?? null, audience: spec.audience, formats: spec.formats ? [...spec.formats].sort() : 'audience', version }));
  for (const folder of folders) {
    const files: string[] = [];
    walk(folder, folder, files);
    for (const f of files) {
      h.update(`\0${folder}\0${f}\0`);
      h.update(readFileSync(join(folder, f)));
    }
  }
  return h.digest('hex');
}
