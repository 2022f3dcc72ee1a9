import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../src/cli/main.js';

export const root = resolve(import.meta.dirname, '..');
export const fixtures = join(root, 'test', 'fixtures');
export const dataDir = join(root, 'data');

/** Run the CLI in-process; returns exit code and what it printed. */
export async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''; let err = '';
  const code = await main(argv, { out: (s) => { out += s; }, err: (s) => { err += s; } });
  return { code, out, err };
}

/** A scratch copy of a fixture company, to break on purpose. */
export function copyFixture(name = 'harbor'): { dir: string; edit: (file: string, f: (s: string) => string) => void; write: (file: string, s: string) => void } {
  const dir = mkdtempSync(join(tmpdir(), 'qd-'));
  cpSync(join(fixtures, name), join(dir, name), { recursive: true });
  return {
    dir,
    edit: (file, f) => { const p = join(dir, name, file); writeFileSync(p, f(readFileSync(p, 'utf8'))); },
    write: (file, s) => writeFileSync(join(dir, name, file), s),
  };
}
