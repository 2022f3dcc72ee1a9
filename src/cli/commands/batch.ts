import type { Command } from 'commander';
import type { Io } from '../io.js';
import { positiveInt } from '../options.js';
import { defaults } from '../io.js';
import type { PackageSpec } from '../../batch/spec.js';
import type { BatchEvent } from '../../batch/run-batch.js';
import type { QueueFlags } from '../../queue/options.js';

const collect = (v: string, prev: string[] = []) => [...prev, v];

const csv = (s?: string) => s?.split(',').map((x) => x.trim()).filter(Boolean);

export function batchCommand(program: Command, io: Io, done: (code: number) => void): void {
  program.command('batch')
    .description('build many packages (companies × periods × audiences) with one browser')
    .option('--file <batch.yaml>', 'a batch file: packages: [{ company, period, audience, formats }]')
    .option('--company <list>', 'comma-separated companies', defaults().company)
    .option('--period <list>', 'comma-separated periods (default: company.yaml\'s default_period, else the latest full year)')
    .option('--audience <list>', 'comma-separated audiences', 'investors')
    .option('--formats <list>', 'comma-separated: figures, release, deck, data-pack (default: each audience\'s documents)')
    .option('--concurrency <n>', 'documents built at once in the shared browser', positiveInt('--concurrency'), 2)
    .option('--force', 'rebuild packages whose inputs did not change')
    .option('--templates <dir>', 'a template folder whose files override the built-ins (repeatable)', collect)
    .option('--redis <url>', 'build on `quarterdeck worker` processes (anywhere) through Redis; packages come back into --out')
    .option('--redis-timeout <s>', 'with --redis: give up when Redis has been unreachable this long', '60')
    .option('--timeout <s>', 'with --redis: fail packages not finished after this long (0: no limit)', '0')
    .option('--retry-delay <ms>', 'with --redis: wait before a failed job\'s first retry (doubling with each retry)', '1000')
    .option('--check-interval <s>', 'with --redis: how often the producer checks its jobs in Redis (a job Redis lost is queued again)', '2')
    .option('--data <dir>', 'data folder (default: the config file\'s, else ./data)')
    .option('--out <dir>', 'output folder (default: the config file\'s, else ./out)')
    .action(async (o: { templates?: string[]; file?: string; company: string; period?: string; audience: string; formats?: string; concurrency: number; force?: boolean; redis?: string; redisTimeout?: string; timeout?: string; retryDelay?: string; checkInterval?: string; data?: string; out?: string }) => {
      // the build pipeline only for a local batch: with --redis the workers build
      const [{ expand, readBatchFile }, { runBatch }, { progressPrinter, summaryTable }, { runOptions }] = await Promise.all([
        import('../../batch/spec.js'), import('../../batch/run-batch.js'), import('../../batch/progress.js'), import('../../config/run-options.js'),
      ]);
      const formats = csv(o.formats);
      const specs: PackageSpec[] = o.file ? readBatchFile(o.file, formats)
        : expand([{ company: csv(o.company)!, period: csv(o.period), audience: csv(o.audience), formats }], { formats });
      const started = Date.now();
      const tty = Boolean(io.isTty);
      const onEvent = progressPrinter(io.out, tty);
      let results;
      if (o.redis) {
        results = await remoteBatch({ ...o, redis: o.redis }, specs, onEvent, io);
      } else {
        // defaults → config file → flags, as for `build` (config/run-options.ts)
        const options = runOptions({ data: o.data, out: o.out, templates: o.templates }, defaults());
        const { packageBuilder } = await import('../../batch/package-builder.js');
        results = await runBatch(specs, { ...packageBuilder(options), outDir: options.outDir, concurrency: o.concurrency, force: o.force, onEvent });
      }
      io.out(`\n${summaryTable(results)}\n${((Date.now() - started) / 1000).toFixed(1)} s in all.\n`);
      done(results.some((r) => r.status === 'failed') ? 1 : 0);
    });
}

/** The packages built by queue workers, written here, the run recorded in <out>/.history/. */
async function remoteBatch(o: QueueFlags, specs: PackageSpec[], onEvent: (e: BatchEvent) => void, io: Io) {
  const [{ runRemoteBatch }, { queueOptions }, { recordBatch }] = await Promise.all([import('../../queue/producer.js'), import('../../queue/options.js'), import('../../queue/run-job.js')]);
  const options = queueOptions(o, defaults());
  const start = new Date();
  const { results, meta } = await runRemoteBatch(specs, { ...options, onEvent, warn: (m) => io.err(`${m}\n`) });
  recordBatch(options.outDir, start, results, meta);
  return results;
}
