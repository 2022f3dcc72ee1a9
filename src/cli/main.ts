// quarterdeck CLI. main(argv) returns the exit code; only bin/quarterdeck.js sets it.
import { Command, CommanderError, Option } from 'commander';
import { QuarterDeckError, formatProblemIn } from '../errors/problem.js';
import { processIo, type Io } from './io.js';
import { checkCommand } from './commands/check.js';
import { figuresCommand } from './commands/figures.js';
import { buildCommand } from './commands/build.js';
import { schemaCommand } from './commands/schema.js';
import { batchCommand } from './commands/batch.js';
import { scheduleCommand } from './commands/schedule.js';
import { historyCommand } from './commands/history.js';
import { workerCommand } from './commands/worker.js';
import { audiencesCommand } from './commands/audiences.js';
import { preflightCommand } from './commands/preflight.js';
import { sheetCommand } from './commands/sheet.js';
import { importCommand } from './commands/import.js';
import { previewCommand } from './commands/preview.js';

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let code = 0;
  const done = (c: number) => { code = c; };
  const program = new Command('quarterdeck')
    .description('Earnings releases and results decks generated from structured period data')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError();
  checkCommand(program, io, done);
  figuresCommand(program, io, done);
  buildCommand(program, io, done);
  preflightCommand(program, io, done);
  audiencesCommand(program, io, done);
  batchCommand(program, io, done);
  scheduleCommand(program, io, done);
  historyCommand(program, io, done);
  workerCommand(program, io, done);
  schemaCommand(program, io, done);
  sheetCommand(program, io, done);
  importCommand(program, io, done);
  previewCommand(program, io, done);
  // the language of the problems a command prints (cli/fault.ts problemLanguage); preview's --lang is its documents' too
  for (const c of program.commands) {
    if (!c.options.some((o) => o.long === '--lang')) c.addOption(new Option('--lang <code>', 'language of the problems printed (default: the audience\'s, else LANG)').choices(['en', 'ja']));
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    // what a user can act on (cli/fault.ts), loaded only when a command fails
    const { faultError, problemLanguage } = await import('./fault.js');
    const q = faultError(e);
    if (process.env.QUARTERDECK_DEBUG && !(e instanceof QuarterDeckError)) io.err(`${(e as Error)?.stack ?? String(e)}\n`);
    const lang = await problemLanguage(argv);
    const { problemWords } = await import('../messages/problems-ja.js');
    for (const p of q.problems) io.err(`${formatProblemIn(p, lang)}\n`);
    io.err(`${problemWords(lang).summary(q.problems.length)}\n`);
    return q.exitCode;
  }
}
