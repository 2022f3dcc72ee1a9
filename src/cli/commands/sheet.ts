import type { Command } from 'commander';
import { resolve } from 'node:path';
import { prepare } from '../../build.js';
import { entryPeriod } from '../../sheet/entry-period.js';
import { writeFileAtomic } from '../../sheet/write-file.js';
import type { Io } from '../io.js';
import { defaults } from '../io.js';
import { en } from '../../messages/en.js';

export function sheetCommand(program: Command, io: Io, done: (code: number) => void): void {
  program.command('sheet')
    .description('write the entry workbook for a period (xlsx): one sheet per statement, comparatives filled in')
    .option('--company <id>', 'company folder under data/', defaults().company)
    .requiredOption('--period <P>', 'the period to enter: FY2009, FY2009-Q2, 1H09, 4Q08 …')
    .option('--out <file>', 'the workbook to write (default: <company>-<period>.xlsx)')
    .option('--data <dir>', 'data folder', defaults().data)
    .action(async (o: { company: string; period: string; out?: string; data: string }) => {
      const { writeEntryWorkbook } = await import('../../sheet/write-workbook.js'); // exceljs loads only for this command
      const { data, analysis } = prepare(o.data, o.company);
      const period = entryPeriod(o.period);
      const file = resolve(o.out ?? `${o.company}-${period}.xlsx`);
      await writeFileAtomic(file, await writeEntryWorkbook(data, analysis.ledger, period));
      io.out(`${en.sheet.written(data.company.name.en, period, file)}\n`);
      done(0);
    });
}
