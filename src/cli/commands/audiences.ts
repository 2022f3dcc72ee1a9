import type { Command } from 'commander';
import type { Io } from '../io.js';
import { join } from 'node:path';

const collect = (v: string, prev: string[] = []) => [...prev, v];

export function audiencesCommand(program: Command, io: Io, done: (code: number) => void): void {
  program.command('audiences')
    .description('list the audiences a package can be built for')
    .option('--templates <dir>', 'a template folder with more audiences (repeatable)', collect)
    .action(async (o: { templates?: string[] }) => {
      const [{ projectRoot }, { audienceNames, loadProfile }, { loadConfig, templateFolders }] = await Promise.all([import('../../build.js'), import('../../audience/profile.js'), import('../../config/config.js')]);
      const dirs = [...templateFolders(o.templates, loadConfig()), join(projectRoot(), 'templates')];
      const names = audienceNames(dirs);
      const w = Math.max(...names.map((n) => n.length));
      for (const n of names) {
        const p = loadProfile(n, dirs);
        io.out(`${n.padEnd(w)}  ${p.description}  [${p.documents.join(', ')}; ${p.language}]\n`);
      }
      done(0);
    });
}
