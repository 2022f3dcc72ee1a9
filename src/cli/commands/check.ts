import type { Command } from 'commander';
import type { Io } from '../io.js';
import { defaults } from '../io.js';

export function checkCommand(program: Command, io: Io, done: (code: number) => void): void {
  program.command('check')
    .description('load and validate all data, run every check, report')
    .option('--company <id>', 'company folder under data/', defaults().company)
    .option('--data <dir>', 'data folder', defaults().data)
    .action(async (o: { company: string; data: string }) => {
      // the analysis cached on disk when the data has not changed; the loader and the calculation load only when it is not
      const [{ preparedIfKept }, { readPrepared }] = await Promise.all([import('../../load/prepared-cache.js'), import('../../load/analysis-cache.js')]);
      const { data, analysis: a } = preparedIfKept(o.data, o.company, readPrepared) ?? (await import('../../prepare.js')).prepare(o.data, o.company);
      const s = a.stats;
      io.out(`${data.company.name.en}: ${data.items.size} items, ${s.facts} printed facts → ${s.reported} reported values, ${s.derived} derived exactly.\n`);
      io.out(`Checks passed: every sum foots, ${s.printedChecked} printed ratios and changes agree with their inputs.\n`);
      io.out(`Known errata: ${s.errata} printed figures set aside (see data/${o.company}/errata/).\n`);
      if (a.restatements.length) io.out(`Restatements: ${a.restatements.length} figures printed again with another value; the later document's value is used.\n`);
      for (const r of a.restatements) {
        const was = r.superseded.map((f) => `"${f.printed}" ${f.tableUnit} (${f.source.document}, ${f.source.file}:${f.source.line})`).join(', ');
        io.out(`  - ${r.item} ${r.period}: ${was} → "${r.value.printed}" ${r.value.tableUnit} (${r.value.source.document}, ${r.value.source.file}:${r.value.source.line})\n`);
      }
      for (const { fact, erratum } of data.excluded) io.out(`  - ${erratum.id}: ${fact.source.file}:${fact.source.line} printed "${fact.printed}"${erratum.correct ? `, correct ${erratum.correct}` : ''}\n`);
      done(0);
    });
}
