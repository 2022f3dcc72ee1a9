import type { Command } from 'commander';
import type { Io } from '../io.js';
import { positiveInt } from '../options.js';

export function workerCommand(program: Command, io: Io, done: (code: number) => void): void {
  program.command('worker')
    .description('build packages queued on Redis (BullMQ) by `batch --redis` or `schedule --redis`, on any machine, until SIGTERM; needs no data folder')
    .requiredOption('--redis <url>', 'Redis URL, e.g. redis://queue.internal:6379')
    .option('--concurrency <n>', 'packages built at once', positiveInt('--concurrency'), 2)
    .option('--name <name>', 'worker name in logs and in the producer\'s history (default: worker-<host>-<pid>)')
    .option('--dir <dir>', 'where input snapshots are cached and packages built', '.quarterdeck-worker')
    .option('--lock-duration <ms>', 'how long a job stays with a worker that stopped answering before another worker takes it', '30000')
    .option('--stalled-interval <ms>', 'how often this worker looks for jobs whose worker stopped answering (default: the lock duration)')
    .option('--grace <s>', 'on SIGTERM, seconds the running packages may take to finish', '10')
    .action(async (o: { redis: string; concurrency: number; name?: string; dir: string; lockDuration: string; stalledInterval?: string; grace: string }) => {
      const [{ startWorker, workerTimers }, { hostname }, { jsonLog }] = await Promise.all([import('../../queue/worker.js'), import('node:os'), import('../../schedule/scheduler.js')]);
      const log = jsonLog(io.out);
      const name = o.name ?? `worker-${hostname()}-${process.pid}`;
      const w = startWorker(o.redis, { concurrency: o.concurrency, name, dir: o.dir, ...workerTimers(o), log });
      log('worker-ready', { worker: name, redis: o.redis });
      const signal = await new Promise<string>((r) => { process.once('SIGTERM', () => r('SIGTERM')); process.once('SIGINT', () => r('SIGINT')); });
      log('worker-stopping', { worker: name, signal });
      await w.close(Number(o.grace) * 1000);
      log('worker-stopped', { worker: name });
      done(0);
      // BullMQ may still be closing a connection to a Redis that is gone, or a child that builds:
      // a stopped worker exits anyway (only the CLI runs this command; the timer holds nothing up)
      setTimeout(() => process.exit(0), 1500).unref();
    });
}
