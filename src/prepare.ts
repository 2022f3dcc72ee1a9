// prepare(): a company's data loaded and checked (load/ then calc/), once per content of its files:
// kept in memory for the process (load/prepared-cache.ts) and on disk between processes
// (load/analysis-cache.ts). Throws QuarterDeckError listing every problem; data with problems is
// never cached.
import { loadCompany, locate } from './load/load-company.js';
import { preparedFor } from './load/prepared-cache.js';
import { readPrepared, writePrepared } from './load/analysis-cache.js';
import type { Prepared } from './contract/analysis.js';
import { analyse } from './calc/analyse.js';
import { QuarterDeckError } from './errors/problem.js';

/** Load and check a company's data; throws QuarterDeckError listing every problem. */
export function prepare(dataDir: string, company: string): Prepared {
  return preparedFor(dataDir, company, (key) => readPrepared(key) ?? fresh(dataDir, company, key));
}

function fresh(dataDir: string, company: string, key: string): Prepared {
  const { data } = loadCompany(dataDir, company);
  const analysis = analyse(data);
  if (analysis.problems.length) throw new QuarterDeckError(locate(data.root, analysis.problems));
  const prepared = { data, analysis };
  writePrepared(key, prepared);
  return prepared;
}
