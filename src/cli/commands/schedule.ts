import type { Command } from 'commander';
import { resolve } from 'node:path';
import type { Io } from '../io.js';
import { positiveInt } from '../options.js';
import { defaults } from '../io.js';
import { historyPath } from './history.js';
import { QuarterDeckError, near, said, spoken } from '../../errors/problem.js';

export function scheduleCommand(program: Command, io: Io, done: (code: number) => void): void {
  program.command('schedule')
    .description('run the jobs of a schedule file when due (a long-lived process; SIGTERM stops it cleanly)')
    .option('--file <schedule.yaml>', 'the schedule file', 'schedule.yaml')
    .option('--once <job>', 'run one job now and exit (for system cron or CI)')
    .option('--redis <url>', 'build the packages on `quarterdeck worker` processes through Redis; they come back into --out')
    .option('--redis-timeout <s>', 'with --redis: a run gives up when Redis has been unreachable this long', '60')
    .option('--retry-delay <ms>', 'with --redis: wait before a failed job\'s first retry (doubling with each retry)', '1000')
    .option('--check-interval <s>', 'with --redis: how often a run checks its jobs in Redis (a job Redis lost is queued again)', '2')
    .option('--concurrency <n>', 'documents built at once', positiveInt('--concurrency'), 2)
    .option('--templates <dir>', 'a template folder whose files override the built-ins (repeatable)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--data <dir>', 'data folder (default: the config file\'s, else ./data)')
    .option('--out <dir>', 'output folder (default: the config file\'s, else ./out)')
    .action(async (o: { file: string; once?: string; redis?: string; redisTimeout?: string; retryDelay?: string; checkInterval?: string; concurrency: number; data?: string; out?: string; templates?: string[] }) => {
      const [{ readScheduleFile }, { Scheduler, jsonLog }, { jobRunner }, { History }, { SharedBrowser }] = await Promise.all([
        import('../../schedule/schedule-file.js'), import('../../schedule/scheduler.js'), import('../../schedule/run-job.js'), import('../../history/store.js'),
        import('../../batch/shared-browser.js'),
      ]);
      const schedule = readScheduleFile(o.file);
      // data, out, template folders, the config file's theme: as for `build` (config/run-options.ts)
      const options = (await import('../../config/run-options.js')).runOptions({ data: o.data, out: o.out, templates: o.templates }, defaults());
      const history = new History(resolve(await historyPath(options.outDir, o.file)));
      const log = jsonLog(io.out);
      const browser = new SharedBrowser();
      const runJob = o.redis
        ? (await import('../../queue/run-job.js')).remoteJobRunner({ ...(await import('../../queue/options.js')).queueOptions({ ...o, redis: o.redis }, defaults()), warn: (m) => log('queue-warning', { message: m }) })
        : jobRunner({ ...options, browser, concurrency: o.concurrency });
      const scheduler = new Scheduler(schedule.jobs, { runJob, history, log, timezone: schedule.timezone });
      try {
        if (o.once) {
          if (!schedule.jobs.some((j) => j.name === o.once)) {
            throw new QuarterDeckError([spoken({ code: 'E_ARG', field: '--once', message: said('noJob', o.once, o.file), expected: schedule.jobs.map((j) => j.name).join(', '), hint: near(o.once, schedule.jobs.map((j) => j.name)) })]);
          }
          const r = await scheduler.trigger(o.once);
          done(r.status === 'failed' ? 1 : 0);
          return;
        }
        // one long-lived scheduler per schedule (its history): a second refuses; runs a killed one left "running" are marked interrupted
        const release = (await import('../../schedule/schedule-lock.js')).lockSchedule(history.path, o.file);
        try {
          for (const r of history.markInterrupted()) log('interrupted', { job: r.job, run: r.id, start: r.start });
          scheduler.start();
          await new Promise<void>((resolveStop) => {
            const stop = (signal: string) => { log('signal', { signal }); void scheduler.stop().then(resolveStop); };
            process.once('SIGTERM', () => stop('SIGTERM'));
            process.once('SIGINT', () => stop('SIGINT'));
          });
        } finally { release(); }
        done(0);
      } finally {
        await browser.close();
      }
    });
}
