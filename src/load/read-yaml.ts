import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';
import type { Problem } from '../errors/problem.js';

/** A YAML file read with the failsafe schema (every scalar a string), with line lookup by path. */
export interface YamlFile {
  file: string;
  data: unknown;
  /** 1-based line of the node at a path, or of the nearest parent that exists */
  lineOf(path: (string | number)[]): number;
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
  };
}

/** Parse YAML text; undefined (and problems) when it is malformed. */
export function parseYaml(file: string, text: string, problems: Problem[]): ParsedYaml | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: 'failsafe', lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // the parser's later errors follow from its first (one tab gives six): report the cause once
    const [first, ...rest] = doc.errors;
    const lines = [...new Set(rest.map((e) => e.linePos?.[0]?.line).filter((l) => l !== undefined))];
    const tab = /^\t| \t/m.test(text.split('\n')[(first.linePos?.[0]?.line ?? 1) - 1] ?? '') ? ' The line is indented with a tab: YAML indents with spaces.' : '';
    problems.push({
      code: 'E_YAML', file, line: first.linePos?.[0]?.line, message: `malformed YAML: ${first.message.split('\n')[0]}`,
      ...(tab || rest.length ? { hint: `${tab.trim()}${tab && rest.length ? ' ' : ''}${rest.length ? `It makes ${rest.length} more error${rest.length === 1 ? '' : 's'} below it${lines.length ? ` (line${lines.length === 1 ? '' : 's'} ${lines.join(', ')})` : ''}.` : ''}` } : {}),
    });
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

export function readYaml(file: string, text: string, problems: Problem[]): YamlFile | undefined {
  const parsed = parseYaml(file, text, problems);
  return parsed && yamlFile(file, parsed);
}
