import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';
import type { Problem } from '../errors/problem.js';

/** A YAML file read with the failsafe schema (every scalar a string), with line lookup by path. */
export interface YamlFile {
  file: string;
  data: unknown;
  /** 1-based line of the node at a path, or of the nearest parent that exists */
  lineOf(path: (string | number)[]): number;
}

export function readYaml(file: string, text: string, problems: Problem[]): YamlFile | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: 'failsafe', lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      problems.push({
        code: 'E_YAML',
        file,
        line: e.linePos?.[0]?.line,
        message: `malformed YAML: ${e.message.split('\n')[0]}`,
      });
    }
    return undefined;
  }
  const lineOf = (path: (string | number)[]): number => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : (doc.getIn(path.slice(0, n), true) as Node | undefined);
      if (node && (isMap(node) || isSeq(node) || isScalar(node)) && node.range) {
        return lineCounter.linePos(node.range[0]).line;
      }
    }
    return 1;
  };
  return { file, data: doc.toJS(), lineOf };
}
