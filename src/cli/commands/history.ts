import type { Command } from 'commander';
import { join } from 'node:path';
import type { Io } from '../io.js';
import { defaults } from '../io.js';

export const historyPath = async (out: string, scheduleFile?: string) =>
  (scheduleFile ? (await import('../../schedule/schedule-file.js')).readScheduleFile(scheduleFile).history : undefined) ?? join(out, '.history', 'runs.jsonl');

export function historyCommand(program: Command, io: Io, done: (code: number) => void): void {
  program.command('history')
    .description('the latest scheduled runs')
    .option('--file <schedule.yaml>', 'the schedule file (for its history path)')
    .option('--job <name>', 'only this job')
    .option('--limit <n>', 'how many runs', '20')
    .option('--json', 'one JSON record per line')
    .option('--out <dir>', 'output folder (history in <out>/.history/)', defaults().out)
    .action(async (o: { file?: string; job?: string; limit: string; json?: boolean; out: string }) => {
      const { History } = await import('../../history/store.js');
      const runs = new History(await historyPath(o.out, o.file)).latest(Number(o.limit), o.job);
      if (o.json) { for (const r of runs) io.out(`${JSON.stringify(r)}\n`); done(0); return; }
      if (!runs.length) { io.out('No runs recorded yet.\n'); done(0); return; }
      const rows = runs.map((r) => [r.start.replace('T', ' ').slice(0, 19), r.job, r.status,
        r.end ? `${((Date.parse(r.end) - Date.parse(r.start)) / 1000).toFixed(1)} s` : '',
        String(r.packages?.length ?? ''), (r.inputHash ?? '').slice(0, 12), (r.error ?? '').split('\n')[0].slice(0, 60)]);
      const head = ['start (UTC)', 'job', 'status', 'time', 'packages', 'input hash', 'error'];
      const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
      for (const r of [head, ...rows]) io.out(`${r.map((c, i) => c.padEnd(w[i])).join('  ').trimEnd()}\n`);
      done(0);
    });
}
