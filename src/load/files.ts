// The only part of loading that touches the file system: read a company folder into texts.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface TextFile { path: string; text: string }

export function readCompanyFiles(root: string): TextFile[] {
  const out: TextFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(name)) out.push({ path: relative(root, full), text: readFileSync(full, 'utf8') });
    }
  };
  if (existsSync(root)) walk(root);
  return out;
}
