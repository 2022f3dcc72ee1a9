// prepare(): a company's data loaded and checked (load/ then calc/), once per content of its files:
// kept in memory for the process (load/prepared-cache.ts) and on disk between processes
// (load/analysis-cache.ts). The analysis is stored by the files it reads, the narrative and lists
// by theirs: an edited sentence parses its texts again and keeps the analysis. Throws
// QuarterDeckError listing every problem; data with problems is never cached.
import { resolve } from 'node:path';
import { loadCompany, locate } from './load/load-company.js';
import { cacheFolder } from './cache/folder.js';
import { preparedFor, type DataKeys } from './load/prepared-cache.js';
import { keyed, readAnalysis, readTexts, withTexts, writePrepared, writeTexts } from './load/analysis-cache.js';
import type { Prepared } from './contract/analysis.js';
import { loadTexts } from './load/load-texts.js';
import { cachedYamlReader } from './load/yaml-cache.js';
import { analyse } from './calc/analyse.js';
import { QuarterDeckError } from './errors/problem.js';

export interface PrepareOptions {
  /** a new analysis is stored on disk when the caller runs `store` (the preview: after the page, once the saves pause), not before returning */
  storeLater?: (store: () => void) => void;
  /** what a process that loads the same folder again keeps between loads: parsed YAML files, parsed facts files */
  kept?: Parameters<typeof loadCompany>[2];
  /** the analysis step, when it runs (the preview keeps what its solve did for the next save) */
  analyse?: typeof analyse;
}

/** Load and check a company's data; throws QuarterDeckError listing every problem. */
export function prepare(dataDir: string, company: string, opts: PrepareOptions = {}): Prepared {
  return preparedFor(dataDir, company, (keys) => {
    const stored = readAnalysis(keys);
    return stored ? withTexts(keys, stored, readTexts(keys) ?? freshTexts(resolve(dataDir, company), keys)) : fresh(dataDir, company, keys, opts);
  });
}

function freshTexts(root: string, keys: DataKeys) {
  const texts = loadTexts(root, keys.files, cachedYamlReader(cacheFolder('yaml')));
  writeTexts(keys, texts);
  return texts;
}

function fresh(dataDir: string, company: string, keys: DataKeys, opts: PrepareOptions): Prepared {
  const { data } = loadCompany(dataDir, company, opts.kept);
  const analysis = (opts.analyse ?? analyse)(data);
  if (analysis.problems.length) throw new QuarterDeckError(locate(data.root, analysis.problems));
  const prepared = keyed(keys, { data, analysis });
  if (opts.storeLater) opts.storeLater(() => writePrepared(keys, prepared));
  else writePrepared(keys, prepared);
  return prepared;
}
