// Which QuarterDeck a process runs: its release and a hash of its built-in templates. A worker
// builds only for a producer with the same fingerprint (the built-ins do not travel in snapshots).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachedValue } from '../cache/registry.js';

// the package's root (as build.ts's projectRoot), without importing the build: a producer needs
// the fingerprint, not the pipeline (importing it would cost the producer a second or so of CPU)
const projectRoot = () => fileURLToPath(new URL('../..', import.meta.url));

function hashFolder(dir: string, h: ReturnType<typeof createHash>, rel = ''): void {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) hashFolder(p, h, `${rel}${name}/`);
    else { h.update(`\0${rel}${name}\0`); h.update(readFileSync(p)); }
  }
}

/** "0.1.0+<12 hex digits of the built-in templates' hash>" */
export const fingerprint = cachedValue({ name: 'fingerprint', keyedBy: 'the release and the built-in templates' }, (): string => {
  const root = projectRoot();
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const h = createHash('sha256');
  hashFolder(join(root, 'templates'), h);
  return `${version}+${h.digest('hex').slice(0, 12)}`;
});
