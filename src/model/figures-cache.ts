// The figures of a period, computed once per process for the same analysed data, language, period
// and options (buildFigures is pure, and takes about a second for a year of IIJ data). The builds of
// a batch, a schedule, a worker or a preview share them: the kept file is frozen (its list and each
// figure), and each caller gets a copy of its own (copyFigures: the same figure objects, a list of
// its own, to which the figures a document asks for later are added). The key is the ledger itself
// (load/prepared-cache.ts keeps one ledger per content of the data files), so an edited data file is
// a new ledger and never a stale hit; a ledger no longer in use takes its figures with it.
// Between processes the figures are stored on disk as plain data (load/parsed-cache.ts) by the key
// of the files the ledger was analysed from (load/analysis-cache.ts analysisKeyOf), the language,
// the period and the options: an edited sentence builds from stored figures. A file read back with
// measures: 'asked' gets its lookup again (model/figures.ts withAskedLookup).
import type { Ledger } from '../contract/analysis.js';
import type { Messages } from '../messages/en.js';
import type { FiguresFile } from '../contract/figures.js';
import { analysisKeyOf } from '../load/analysis-cache.js';
import { cachedParse } from '../load/parsed-cache.js';
import { buildFigures, copyFigures, figureLookup, freezeFigures, withAskedLookup, type FigureOptions } from './figures.js';
import { identityCache } from '../cache/registry.js';

const kept = identityCache<Ledger, WeakMap<Messages, Map<string, FiguresFile>>>({ name: 'figures', keyedBy: 'the ledger and the messages (identity), then the period and measures' });
/** one file of figures (IIJ, a year: a few MB) an entry */
const STORE = { folder: 'figures', keep: 16 };

/** The kept, read-only figures of `period` (computed on first use). */
export function sharedFigures(ledger: Ledger, period: string, m: Messages, opts: FigureOptions = {}): FiguresFile {
  let byMessages = kept.get(ledger);
  if (!byMessages) kept.set(ledger, byMessages = new WeakMap());
  let byKey = byMessages.get(m);
  if (!byKey) byMessages.set(m, byKey = new Map());
  const key = `${period}\0${opts.measures ?? 'all'}`;
  let file = byKey.get(key);
  if (!file) byKey.set(key, file = freezeFigures(storedFigures(ledger, period, m, opts)));
  return file;
}

/** buildFigures(ledger, period, m, opts), from the disk when the same analysis made them before. */
function storedFigures(ledger: Ledger, period: string, m: Messages, opts: FigureOptions): FiguresFile {
  const analysis = analysisKeyOf(ledger);
  if (!analysis) return buildFigures(ledger, period, m, opts);
  const file = cachedParse('figures', [analysis, m.lang, period, opts.measures ?? 'all'], () => buildFigures(ledger, period, m, opts), STORE);
  return opts.measures === 'asked' && !figureLookup(file) ? withAskedLookup(file, ledger, period, m) : file;
}

/** buildFigures(ledger, period, m, opts) for one package: a copy of the kept figures, its list its own. */
export function figuresFor(ledger: Ledger, period: string, m: Messages, opts: FigureOptions = {}): FiguresFile {
  return copyFigures(sharedFigures(ledger, period, m, opts));
}
