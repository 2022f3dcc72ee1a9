import type { Command } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Io } from '../io.js';
import { defaults } from '../io.js';
import { QuarterDeckError, said, spoken } from '../../errors/problem.js';

export function preflightCommand(program: Command, io: Io, done: (code: number) => void): void {
  program.command('preflight')
    .description('read a built package\'s documents (PDF text, PPTX parts) and report what an investor must not see')
    .option('--company <id>', 'company folder under data/')
    .option('--period <P>', 'FY2009, FY2009-H1, FY2009-Q2, 1H09, 4Q08 … (default: company.yaml\'s default_period, else the latest full year)')
    .option('--audience <name>', 'the package\'s audience', 'investors')
    .option('--strict', 'warnings fail too (scheduled builds)')
    .option('--data <dir>', 'data folder')
    .option('--out <dir>', 'output folder the package was built into')
    .action(async (o: { company?: string; period?: string; audience: string; strict?: boolean; data?: string; out?: string }) => {
      const { loadConfig } = await import('../../config/config.js'); // zod and yaml load only for this command
      const config = loadConfig();
      const company = o.company ?? config.company ?? defaults().company;
      const { prepare, resolvePeriod } = await import('../../build.js');
      const { data, analysis } = prepare(o.data ?? config.data ?? defaults().data, company);
      const period = resolvePeriod(o.period, analysis, config.period);
      const dir = join(o.out ?? config.out ?? defaults().out, company, period, o.audience);
      const figuresPath = join(dir, 'figures.json');
      if (!existsSync(figuresPath)) throw new QuarterDeckError([spoken({ code: 'E_NOT_FOUND', file: figuresPath, message: said('noPackage'), hint: `quarterdeck build --company ${company} --period ${period} --audience ${o.audience}` })]);
      const figures = JSON.parse(readFileSync(figuresPath, 'utf8'));
      const { loadProfile } = await import('../../audience/profile.js');
      const { projectRoot } = await import('../../build.js');
      const { messagesFor } = await import('../../messages/index.js');
      const m = messagesFor(loadProfile(o.audience, [join(projectRoot(), 'templates')]).language);
      const files = ['release.pdf', 'deck.pptx', 'deck.pdf'].map((f) => join(dir, f)).filter(existsSync).map((path) => ({ path, data: new Uint8Array(readFileSync(path)) }));
      const { preflight, failing, formatFinding } = await import('../../preflight/run.js');
      const { preflightContext } = await import('../../preflight/context.js');
      const { makeInputs } = await import('../../render/inputs.js');
      const { publishedDate } = await import('../../preflight/package.js');
      const inputs = makeInputs(data, figures, m, [], o.audience);
      const findings = await preflight(files, preflightContext(data, figures, m, publishedDate(inputs, period)));
      for (const f of findings) io.out(`${formatFinding(f)}\n`);
      const { preflightMessages: say } = await import('../../preflight/messages.js');
      const errors = findings.filter((f) => f.severity === 'error').length;
      io.out(`${say.summary(errors, findings.length - errors)}${o.strict && findings.length > errors ? ` (${say.strictHint()})` : ''}\n`);
      done(failing(findings, Boolean(o.strict ?? config.preflight === 'strict')).length ? 1 : 0);
    });
}
