// A project of stubs for the launcher's tests: bin/quarterdeck.js as shipped, a dist/cli/main.js
// and a bundle that each print which ran, and the bundle's list of inputs (one file, io.js).
import { copyFileSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../helpers.js';

export function stubLauncher(prefix: string): { dir: string; bin: string; input: string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(dir, 'bin')); mkdirSync(join(dir, 'dist', 'cli'), { recursive: true });
  const bin = join(dir, 'bin', 'quarterdeck.js');
  copyFileSync(join(root, 'bin', 'quarterdeck.js'), bin);
  const stub = (name: string) => `export async function main() { process.stdout.write('${name}'); return 0; }\n`;
  writeFileSync(join(dir, 'dist', 'cli', 'main.js'), stub('unbundled'));
  writeFileSync(join(dir, 'dist', 'cli', 'main.bundle.js'), stub('bundled'));
  const input = join(dir, 'dist', 'cli', 'io.js');
  writeFileSync(input, 'export {};\n');
  const st = statSync(input);
  writeFileSync(join(dir, 'dist', 'cli', 'main.bundle.json'), JSON.stringify({ inputs: [['dist/cli/io.js', st.size, st.mtimeMs]] }));
  return { dir, bin, input };
}
