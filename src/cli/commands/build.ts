import type { Command } from 'commander';
import type { Io } from '../io.js';
import { defaults } from '../io.js';

const collect = (v: string, prev: string[] = []) => [...prev, v];

export function buildCommand(program: Command, io: Io, done: (code: number) => void): void {
  program.command('build')
    .description('build a quarterly package into out/<company>/<period>/<audience>/')
    .option('--company <id>', 'company folder under data/')
    .option('--period <P>', 'FY2009, FY2009-H1, FY2009-Q2, 1H09, 4Q08 … (default: the config file\'s period, company.yaml\'s default_period, else the latest full year)')
    .option('--audience <name>', 'who the package is for (see `quarterdeck audiences`)')
    .option('--formats <list>', 'comma-separated: figures, release, deck, data-pack (default: the audience\'s documents)')
    .option('--templates <dir>', 'a template folder whose files override the built-ins (repeatable)', collect)
    .option('--theme <name>', 'a deck theme of templates/deck/themes/ (default: the audience\'s)')
    .option('--data <dir>', 'data folder')
    .option('--out <dir>', 'output folder')
    .option('--strict', 'preflight warnings and anything a document leaves out fail the build (scheduled builds)')
    .action(async (o: { company?: string; period?: string; audience?: string; formats?: string; templates?: string[]; theme?: string; data?: string; out?: string; strict?: boolean }) => {
      const started = Date.now();
      // the pipeline loads when the command runs, not for --help (one module: bundled with the front, one file)
      const { build, runOptions } = await import('../build-run.js');
      // defaults → config file → flags (config/run-options.ts); the audience profile's layer of the look in build()
      const r = await build({ ...runOptions(o, defaults()), period: o.period, formats: o.formats?.split(',').map((s) => s.trim()).filter(Boolean) });
      for (const p of r.outputs) io.out(`wrote ${p}\n`);
      for (const f of r.removed ?? []) io.out(`removed ${f}: it was built from other data, templates or options (build it again with --formats)\n`);
      if (r.omitted?.length) { const { omissionSummary } = await import('../../export/omissions.js'); for (const l of omissionSummary(r.omitted)) io.out(`${l}\n`); }
      if (r.findings?.length) { const { formatFinding } = await import('../../preflight/run.js'); for (const f of r.findings) io.err(`${formatFinding(f)}\n`); }
      io.out(`${r.period}: ${r.figures.figures.length} figures, ${Date.now() - started} ms\n`);
      done(0);
    });
}
