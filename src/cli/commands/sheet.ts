import type { Command } from 'commander';
import { resolve } from 'node:path';
import type { Io } from '../io.js';
import { defaults } from '../io.js';

export function sheetCommand(program: Command, io: Io, done: (code: number) => void): void {
  program.command('sheet')
    .description('write the entry workbook for a period (xlsx): one sheet per statement, comparatives filled in')
    .option('--company <id>', 'company folder under data/', defaults().company)
    .requiredOption('--period <P>', 'the period to enter: FY2009, FY2009-Q2, 1H09, 4Q08 …')
    .option('--out <file>', 'the workbook to write (default: <company>-<period>.xlsx)')
    .option('--data <dir>', 'data folder', defaults().data)
    .action(async (o: { company: string; period: string; out?: string; data: string }) => {
      // the data, exceljs and the sheet code load only for this command (not for --help or another command)
      const [{ writeEntryWorkbook }, { prepare }, { entryPeriod }, { writeFileAtomic }, { en }] = await Promise.all([import('../../sheet/write-workbook.js'), import('../../build.js'), import('../../sheet/entry-period.js'), import('../../sheet/write-file.js'), import('../../messages/en.js')]);
      const { data, analysis } = prepare(o.data, o.company);
      const period = entryPeriod(o.period);
      const file = resolve(o.out ?? `${o.company}-${period}.xlsx`);
      await writeFileAtomic(file, await writeEntryWorkbook(data, analysis.ledger, period));
      io.out(`${en.sheet.written(data.company.name.en, period, file)}\n`);
      done(0);
    });
}
