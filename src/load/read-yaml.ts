// The one YAML reader: every YAML file QuarterDeck reads — data (facts, taxonomy, narrative …),
// templates (slides, themes, release layouts, catalogs, audience profiles), the config, batch and
// schedule files — is parsed here, keeping the line of every node, and a syntax fault is reported the
// same way for all of them: one problem (E_YAML) with the file, the line of the first error and the
// parser's message, the errors that follow from it counted in the hint. Each file keeps its own
// schema check (and its codes: E_SCHEMA for data, E_TEMPLATE for templates) on the data read here.
// Data is read with the failsafe schema (every scalar a string: a printed figure stays as printed);
// templates with the core schema (numbers and booleans: sizes, flags).
import { QuarterDeckError, said, spoken } from '../errors/problem.js';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';
import type { Problem } from '../errors/problem.js';

export type YamlSchema = 'failsafe' | 'core';

/** A YAML file read, with line lookup by path. */
export interface YamlFile {
  file: string;
  data: unknown;
  /** 1-based line of the node at a path, or of the nearest parent that exists */
  lineOf(path: (string | number)[]): number;
  /** 1-based line of the node at exactly this path; undefined when the file has no such node */
  lineAt(path: (string | number)[]): number | undefined;
}

/** What a parsed file reduces to: its data and the line of every node (by path). A cache stores it. */
export interface ParsedYaml { data: unknown; lines: Record<string, number> }

const SEP = '\u0000';

export function yamlFile(file: string, parsed: ParsedYaml): YamlFile {
  return {
    file, data: parsed.data,
    lineOf: (path) => {
      for (let n = path.length; n >= 0; n--) {
        const line = parsed.lines[path.slice(0, n).join(SEP)];
        if (line !== undefined) return line;
      }
      return 1;
    },
    lineAt: (path) => parsed.lines[path.join(SEP)],
  };
}

/** Parse YAML text; undefined (and problems) when it is malformed. */
export function parseYaml(file: string, text: string, problems: Problem[], schema: YamlSchema = 'failsafe'): ParsedYaml | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema, lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // the parser's later errors follow from its first (one tab gives six): report the cause once
    const [first, ...rest] = doc.errors;
    const lines = [...new Set(rest.map((e) => e.linePos?.[0]?.line).filter((l) => l !== undefined))];
    const tab = /^\t| \t/m.test(text.split('\n')[(first.linePos?.[0]?.line ?? 1) - 1] ?? '');
    problems.push(spoken({
      code: 'E_YAML', file, line: first.linePos?.[0]?.line, message: said('yamlSyntax', first.message.split('\n')[0], first.code),
      hint: tab || rest.length ? said('yamlMore', tab, rest.length, lines.join(', ')) : undefined,
    }));
    return undefined;
  }
  const lines: Record<string, number> = {};
  const walk = (node: unknown, path: (string | number)[]) => {
    if (!node || !(isMap(node) || isSeq(node) || isScalar(node))) return;
    const n = node as Node;
    if (n.range) lines[path.join(SEP)] = lineCounter.linePos(n.range[0]).line;
    if (isMap(node)) for (const pair of node.items) walk(pair.value, [...path, isScalar(pair.key) ? String(pair.key.value) : String(pair.key)]);
    else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
  };
  walk(doc.contents, []);
  return { data: doc.toJS(), lines };
}

export function readYaml(file: string, text: string, problems: Problem[], schema: YamlSchema = 'failsafe'): YamlFile | undefined {
  const parsed = parseYaml(file, text, problems, schema);
  return parsed && yamlFile(file, parsed);
}

/** readYaml for a template (core schema); a syntax fault is thrown as one QuarterDeckError. */
export function readTemplateYaml(file: string, text: string): YamlFile {
  const problems: Problem[] = [];
  const yf = readYaml(file, text, problems, 'core');
  if (!yf) throw new QuarterDeckError(problems);
  return yf;
}
