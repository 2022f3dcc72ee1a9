// Parsed data files, cached by content: a file whose text has not changed is not parsed again.
// The cache key is a hash of the text, so an edit can never be served stale. The cache is an
// optimisation only: an unwritable or damaged cache is ignored.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../errors/problem.js';
import { parseYaml, yamlFile, type ParsedYaml, type YamlFile } from './read-yaml.js';

const FORMAT = 'qd-yaml-1';

export function cachedYamlReader(dir: string | undefined): (file: string, text: string, problems: Problem[]) => YamlFile | undefined {
  return (file, text, problems) => {
    if (!dir) { const p = parseYaml(file, text, problems); return p && yamlFile(file, p); }
    const path = join(dir, `${createHash('sha256').update(FORMAT).update(text).digest('hex')}.json`);
    try { return yamlFile(file, JSON.parse(readFileSync(path, 'utf8')) as ParsedYaml); } catch { /* not cached yet */ }
    const parsed = parseYaml(file, text, problems);
    if (!parsed) return undefined;
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(`${path}.${process.pid}`, JSON.stringify(parsed));
      renameSync(`${path}.${process.pid}`, path);
    } catch { /* a cache we cannot write is no cache */ }
    return yamlFile(file, parsed);
  };
}
