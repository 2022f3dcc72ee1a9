import type { Command } from 'commander';
import { resolve } from 'node:path';
import type { Io } from '../io.js';
import { positiveInt } from '../options.js';
import { defaults } from '../io.js';

export function workerCommand(program: Command, io: Io, done: (code: number) => void): void {
  program.command('worker')
    .description('take build jobs from a Redis queue (BullMQ) until SIGTERM')
    .requiredOption('--redis <url>', 'Redis URL, e.g. redis://127.0.0.1:6379')
    .option('--concurrency <n>', 'packages built at once', positiveInt('--concurrency'), 2)
    .option('--name <name>', 'worker name in logs and results')
    .option('--data <dir>', 'data folder', defaults().data)
    .option('--out <dir>', 'output folder', defaults().out)
    .action(async (o: { redis: string; concurrency: number; name?: string; data: string; out: string }) => {
      const [{ startWorker }, { jsonLog }, { packageBuilder }] = await Promise.all([import('../../queue/bull.js'), import('../../schedule/scheduler.js'), import('../../batch/package-builder.js')]);
      const log = jsonLog(io.out);
      const { build } = packageBuilder({ dataDir: resolve(o.data), outDir: resolve(o.out) });
      const w = startWorker(o.redis, build, { concurrency: o.concurrency, name: o.name, log });
      log('worker-ready', { name: o.name, redis: o.redis });
      await new Promise<void>((r) => { process.once('SIGTERM', r); process.once('SIGINT', r); });
      await w.close();
      log('worker-stopped', { name: o.name });
      done(0);
    });
}
