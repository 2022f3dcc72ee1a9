import type { Command } from 'commander';
import { build } from '../../build.js';
import type { Io } from '../io.js';
import { defaults } from '../io.js';

export function buildCommand(program: Command, io: Io, done: (code: number) => void): void {
  program.command('build')
    .description('build a quarterly package into out/<company>/<period>/<audience>/')
    .option('--company <id>', 'company folder under data/', defaults().company)
    .option('--period <P>', 'FY2009, FY2009-H1, FY2009-Q2, 1H09, 4Q08 … (default: the latest full year)')
    .option('--audience <name>', 'who the package is for', 'investors')
    .option('--formats <list>', 'comma-separated: figures, release, deck', 'figures,release,deck')
    .option('--data <dir>', 'data folder', defaults().data)
    .option('--out <dir>', 'output folder', defaults().out)
    .action(async (o: { company: string; period?: string; audience: string; formats: string; data: string; out: string }) => {
      const started = Date.now();
      const r = await build({ dataDir: o.data, outDir: o.out, company: o.company, period: o.period, audience: o.audience, formats: o.formats.split(',').map((s) => s.trim()).filter(Boolean) });
      for (const p of r.outputs) io.out(`wrote ${p}\n`);
      io.out(`${r.period}: ${r.figures.figures.length} figures, ${Date.now() - started} ms\n`);
      done(0);
    });
}
