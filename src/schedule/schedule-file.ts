// The schedule file (YAML): named jobs with a cron expression, a time zone, what to build and
// where to write. Cron expressions are parsed by croner.
import { z } from 'zod';
import { Cron } from 'croner';
import { readYamlFile } from '../load/yaml-file.js';
import { QuarterDeckError, said, spoken, type Problem } from '../errors/problem.js';
import { batchEntry } from '../batch/spec.js';

export const scheduleFile = z.object({
  /** default time zone of the jobs (IANA name) */
  timezone: z.string().default('Asia/Tokyo'),
  /** where runs are recorded (JSON lines) */
  history: z.string().optional(),
  jobs: z.array(z.object({
    name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase words joined by dashes'),
    cron: z.string().min(1),
    timezone: z.string().optional(),
    build: z.array(batchEntry).min(1),
    out: z.string().optional(),
    force: z.boolean().optional(),
  }).strict()).min(1),
}).strict();

export type ScheduleFile = z.infer<typeof scheduleFile>;
export type Job = ScheduleFile['jobs'][number];

export function readScheduleFile(path: string): ScheduleFile {
  // the failsafe schema reads `force: true` as text
  const bools = (data: unknown) => JSON.parse(JSON.stringify(data), (_k, v) => (v === 'true' ? true : v === 'false' ? false : v));
  const { data, yf } = readYamlFile(path, scheduleFile, 'schedule file', bools);
  const problems: Problem[] = [];
  data.jobs.forEach((job, i) => {
    const tz = job.timezone ?? data.timezone;
    try { new Cron(job.cron, { timezone: tz, paused: true }).stop(); } catch (e) {
      problems.push(spoken({ code: 'E_SCHEMA', file: path, line: yf.lineOf(['jobs', i, 'cron']), field: `jobs.${i}.cron`, message: said('badCron', (e as Error).message), found: said('cronFound', job.cron, tz) }));
    }
    if (data.jobs.findIndex((j) => j.name === job.name) !== i) {
      problems.push(spoken({ code: 'E_DUPLICATE', file: path, line: yf.lineOf(['jobs', i, 'name']), field: `jobs.${i}.name`, message: said('jobTwice', job.name) }));
    }
  });
  if (problems.length) throw new QuarterDeckError(problems);
  return data;
}
