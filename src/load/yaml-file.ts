// Read one YAML file checked against a schema: every problem with its file, line and field.
import { existsSync, readFileSync } from 'node:fs';
import type { z } from 'zod';
import { readYaml, type YamlFile } from './read-yaml.js';
import { QuarterDeckError, said, spoken, type Problem } from '../errors/problem.js';
import { schemaSaid } from '../errors/schema-issue.js';

/** Zod issues → problems located in the YAML file. */
export function schemaProblems(yf: YamlFile, issues: z.core.$ZodIssue[]): Problem[] {
  return issues.map((i) => {
    const p = i.path.filter((k): k is string | number => typeof k !== 'symbol');
    return spoken({ code: 'E_SCHEMA' as const, file: yf.file, line: yf.lineOf(p), field: p.join('.') || '(file)', message: schemaSaid(i) });
  });
}

/**
 * Read and validate a YAML file (failsafe: every scalar is text; `prepare` may convert values
 * before validation). Throws one QuarterDeckError listing every problem.
 */
export function readYamlFile<S extends z.ZodType>(path: string, schema: S, what: string, prepare: (data: unknown) => unknown = (d) => d): { data: z.output<S>; yf: YamlFile } {
  if (!existsSync(path)) throw new QuarterDeckError([spoken({ code: 'E_NOT_FOUND', file: path, message: said('fileNotFound', what) })]);
  const problems: Problem[] = [];
  const yf = readYaml(path, readFileSync(path, 'utf8'), problems);
  if (!yf) throw new QuarterDeckError(problems);
  const r = schema.safeParse(prepare(yf.data));
  if (!r.success) throw new QuarterDeckError(schemaProblems(yf, r.error.issues));
  return { data: r.data, yf };
}
