import type { Command } from 'commander';
import { QuarterDeckError, said, spoken } from '../../errors/problem.js';
import type { Io } from '../io.js';
import { defaults } from '../io.js';

export function importCommand(program: Command, io: Io, done: (code: number) => void): void {
  program.command('import')
    .description('enter a period from an entry workbook (xlsx) into data/<company>/facts/<source>/, checked first')
    .argument('<file>', 'the entry workbook (written by `quarterdeck sheet`)')
    .option('--company <id>', 'company folder under data/', defaults().company)
    .option('--source <name>', 'the facts folder to write (default: workbook-<period>); re-importing replaces it')
    .option('--document <text>', 'the document the figures are for (default: "<company> <period> entry workbook")')
    .option('--date <YYYY-MM-DD>', 'publication date of the figures (default: today)')
    .option('--period <P>', 'refuse a workbook of any other period')
    .option('--data <dir>', 'data folder', defaults().data)
    .action(async (file: string, o: { company: string; source?: string; document?: string; date?: string; period?: string; data: string }) => {
      // the messages and the period parser load when the command runs, not for --help
      const [{ en }, { entryPeriod }] = await Promise.all([import('../../messages/en.js'), import('../../sheet/entry-period.js')]);
      if (o.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.date)) throw new QuarterDeckError([spoken({ code: 'E_ARG', field: '--date', message: said('sheetNotADate'), expected: 'YYYY-MM-DD', found: `"${o.date}"` })]);
      const { importWorkbook } = await import('../../sheet/import-workbook.js'); // exceljs loads only for this command
      const r = await importWorkbook({
        dataDir: o.data, company: o.company, file, source: o.source, document: o.document,
        date: o.date ?? new Date().toISOString().slice(0, 10), period: o.period ? entryPeriod(o.period) : undefined,
      });
      io.out(`${en.sheet.imported(r.period, r.values, file, r.folder, r.files.length)}\n`);
      for (const k of r.keptTargets) io.out(`${en.sheet.keptTargets(k.period, k.items.join(', '), k.announced)}\n`);
      done(0);
    });
}
