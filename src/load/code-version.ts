// What identifies the code that made a cached result: every compiled module of the package (its
// path, size and date) and the installed dependencies (the lock file), with Node's version. A
// rebuilt or upgraded program is a new key, so a cache never serves what older code computed.
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachedValue } from '../cache/registry.js';

export const codeVersion = cachedValue({ name: 'code version', keyedBy: "the compiled modules' paths, sizes and dates" }, (): string => {
  // the folder of the package's modules: dist/ when compiled, src/ when run from source
  const code = fileURLToPath(new URL('..', import.meta.url));
  const h = createHash('sha256').update(process.versions.node).update('\0').update(process.versions.v8).update('\0');
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(js|ts|json)$/.test(e.name)) { const st = statSync(p); h.update(`${p}\0${st.size}\0${st.mtimeMs}\0`); }
    }
  };
  walk(code);
  for (const f of ['package-lock.json', 'package.json']) {
    try { const st = statSync(join(code, '..', f)); h.update(`${f}\0${st.size}\0${st.mtimeMs}\0`); } catch { /* not there */ }
  }
  return h.digest('hex');
});
