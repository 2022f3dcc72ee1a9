// What a batch builds: companies × periods × audiences, from flags or a batch file.
import { z } from 'zod';
import { readYamlFile } from '../load/yaml-file.js';

export interface PackageSpec {
  company: string;
  /** a period id or label; undefined = the latest full year */
  period?: string;
  audience: string;
  /** documents to build; undefined = figures.json and the audience's documents */
  formats?: string[];
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

export function expand(entries: z.infer<typeof batchEntry>[], defaults: { formats?: string[] } = {}): PackageSpec[] {
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
export function readBatchFile(path: string, formats?: string[]): PackageSpec[] {
  return expand(readYamlFile(path, batchFile, 'batch file').data.packages, { formats });
}
