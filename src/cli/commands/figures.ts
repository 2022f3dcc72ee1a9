import type { Command } from 'commander';
import type { Io } from '../io.js';
import { defaults } from '../io.js';

export function figuresCommand(program: Command, io: Io, done: (code: number) => void): void {
  program.command('figures')
    .description('every figure a document for the period can show')
    .option('--company <id>', 'company folder under data/', defaults().company)
    .option('--period <P>', 'FY2009, FY2009-H1, FY2009-Q2, 1H09, 4Q08 … (default: company.yaml\'s default_period, else the latest full year)')
    .option('--json', 'print figures.json to stdout')
    .option('--grep <text>', 'only figures whose id or label contains the text')
    .option('--data <dir>', 'data folder', defaults().data)
    .action(async (o: { company: string; period?: string; json?: boolean; grep?: string; data: string }) => {
      const [{ prepare, resolvePeriod }, { buildFigures }, { en }] = await Promise.all([import('../../build.js'), import('../../model/figures.js'), import('../../messages/en.js')]);
      const { analysis } = prepare(o.data, o.company);
      const period = resolvePeriod(o.period, analysis);
      const file = buildFigures(analysis.ledger, period, en);
      if (o.json) { io.out(`${JSON.stringify(file, null, 1)}\n`); done(0); return; }
      const g = o.grep?.toLowerCase();
      const rows = file.figures.filter((f) => !g || f.id.toLowerCase().includes(g) || f.label.toLowerCase().includes(g));
      const w = Math.min(60, Math.max(...rows.map((r) => r.id.length), 2));
      io.out(`${file.periodLabel} — ${rows.length} figures\n`);
      for (const f of rows) io.out(`${f.id.padEnd(w)}  ${f.display.padStart(14)}  ${f.kind.padEnd(8)}  ${f.label}${f.ambiguous ? '  (rounding ambiguous)' : ''}\n`);
      done(0);
    });
}
