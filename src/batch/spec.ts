// What a batch builds: companies × periods × audiences, from flags or a batch file.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { readYaml } from '../load/read-yaml.js';
import { QuarterDeckError, type Problem } from '../errors/problem.js';

export interface PackageSpec {
  company: string;
  /** a period id or label; undefined = the latest full year */
  period?: string;
  audience: string;
  formats: string[];
}

export const packageName = (s: PackageSpec) => `${s.company}/${s.period ?? 'latest'}/${s.audience}`;

const list = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]));

/** One entry of a batch file: every combination of its lists is a package. */
export const batchEntry = z.object({
  company: list,
  period: list.optional(),
  audience: list.optional(),
  formats: list.optional(),
}).strict();

export const batchFile = z.object({ packages: z.array(batchEntry).min(1) }).strict();

export function expand(entries: z.infer<typeof batchEntry>[], defaults: { formats: string[] }): PackageSpec[] {
  const out: PackageSpec[] = [];
  for (const e of entries) {
    for (const company of e.company) {
      for (const period of e.period ?? [undefined]) {
        for (const audience of e.audience ?? ['investors']) {
          out.push({ company, period, audience, formats: e.formats ?? defaults.formats });
        }
      }
    }
  }
  return out;
}

/** Read a batch file (YAML); every problem reported with its line. */
export function readBatchFile(path: string, formats: string[]): PackageSpec[] {
  const problems: Problem[] = [];
  let text: string;
  try { text = readFileSync(path, 'utf8'); } catch {
    throw new QuarterDeckError([{ code: 'E_NOT_FOUND', file: path, message: 'batch file not found' }]);
  }
  const yf = readYaml(path, text, problems);
  if (!yf) throw new QuarterDeckError(problems);
  const r = batchFile.safeParse(yf.data);
  if (!r.success) {
    throw new QuarterDeckError(r.error.issues.map((i) => {
      const path2 = i.path.filter((k): k is string | number => typeof k !== 'symbol');
      return { code: 'E_SCHEMA' as const, file: path, line: yf.lineOf(path2), field: path2.join('.') || '(file)', message: i.message };
    }));
  }
  return expand(r.data.packages, { formats });
}
