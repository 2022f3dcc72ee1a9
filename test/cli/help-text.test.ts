// `--help` and the like are printed from the usage texts made with the bundled front
// (scripts/bundle-cli.mjs: dist/cli/main.help.json) without loading the CLI: the same text and exit
// status as the CLI's own, and only while the bundle is up to date and was made in this folder.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, run } from '../helpers.js';
import { stubLauncher } from './stub-launcher.js';

const launch = (bin: string, argv: string[]) => spawnSync(process.execPath, [bin, ...argv], { cwd: root, encoding: 'utf8' });

describe('usage texts', () => {
  it('the launcher prints what the CLI prints, with its exit status', async () => {
    for (const argv of [['--help'], ['-h'], [], ['help', 'build'], ['check', '--help'], ['preview', '-h']]) {
      const r = launch(join(root, 'bin', 'quarterdeck.js'), argv);
      const cli = await run(argv);
      expect({ argv, out: r.stdout, err: r.stderr, code: r.status }).toEqual({ argv, out: cli.out, err: cli.err, code: cli.code });
    }
  });

  it('a stored text is printed only while the bundle is up to date and was made in this folder', () => {
    const { dir, bin, input } = stubLauncher('qd-help-');
    try {
      const help = (at: string) => writeFileSync(join(dir, 'dist', 'cli', 'main.help.json'), JSON.stringify({ root: at, width: 80, texts: { '--help': { out: 'stored usage', err: '', code: 0 }, '': { out: '', err: 'stored usage', code: 1 } } }));
      help(`${dir}/`);
      expect(launch(bin, ['--help'])).toMatchObject({ stdout: 'stored usage', status: 0 });
      expect(launch(bin, [])).toMatchObject({ stdout: '', stderr: 'stored usage', status: 1 });
      // arguments it has no text for run the CLI
      expect(launch(bin, ['build', '--help']).stdout).toBe('bundled');
      // texts made in another folder name that folder's data/: not printed here
      help('/elsewhere/');
      expect(launch(bin, ['--help']).stdout).toBe('bundled');
      help(`${dir}/`);
      // a changed input: the bundle and its texts are stale
      writeFileSync(input, 'export const changed = 1;\n');
      expect(launch(bin, ['--help']).stdout).toBe('unbundled');
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });
});
