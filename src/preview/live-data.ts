// The preview's data as the files are now, made again only as far as a save requires: a save of a
// narrative or list file (text no calculation reads) parses that part again and keeps the analysis
// (and with it the figures of every period: render.ts keeps them per analysis); a save of facts
// files parses those files again and solves again only the parts of the relations their facts reach
// (calc/analyse-again.ts), unless one of its guards says the whole; any other save is a
// whole `prepare()` (load, resolve, solve, check; kept per content of the files by prepare's own
// caches, so a save undone is no work either). The result is always what a fresh `prepare()` of the
// same files gives: test/preview/live-data.test.ts compares them after an edit of each kind.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { readCompanyFiles, type TextFile } from '../load/files.js';
import type { YamlFile } from '../load/read-yaml.js';
import { cachedYamlReader } from '../load/yaml-cache.js';
import { cacheFolder } from '../cache/folder.js';
import { loadTexts } from '../load/load-texts.js';
import type { FactsMemo } from '../load/parse.js';
import { TEXT_FILE } from '../load/prepared-cache.js';
import type { Prepared } from '../contract/analysis.js';
import { prepare } from '../prepare.js';
import type { Problem } from '../errors/problem.js';
import { cacheMap } from '../cache/registry.js';
import { parseFactsAgain } from '../load/parse.js';
import { analyseAgain, analyseSolved, type Solved } from '../calc/analyse-again.js';
import { QuarterDeckError } from '../errors/problem.js';
import { locate } from '../load/load-company.js';
import { dataKeys } from '../load/prepared-cache.js';
import { keyed, writePrepared } from '../load/analysis-cache.js';
import { noteAgain } from './figures-again.js';

const textsOf = (files: TextFile[]) => new Map(files.map((f) => [f.path, f.text]));
const contentKey = (texts: Map<string, string>) => { const h = createHash('sha256'); for (const [path, text] of texts) h.update(path).update('\0').update(text).update('\0'); return h.digest('hex'); };

/** The paths whose text differs between two readings of the folder (added and removed ones too). */
export function changedPaths(before: Map<string, string>, after: Map<string, string>): string[] {
  const out = [...after].filter(([p, t]) => before.get(p) !== t).map(([p]) => p);
  for (const p of before.keys()) if (!after.has(p)) out.push(p);
  return out;
}

export class LiveData {
  private last?: { texts: Map<string, string>; prepared: Prepared };
  /** parsed narrative and list files, by path (parsed again when their text changes) */
  private parsed = new Map<string, { text: string; yf: YamlFile }>();
  /** parsed facts files, by path (parsed again when their text, or what their parse reads, changes) */
  private facts: FactsMemo = { files: new Map() };
  /** the newest analysis not yet stored on disk: stored once the saves pause */
  private storeTimer?: ReturnType<typeof setTimeout>;
  /** a file not parsed in this process: from the disk cache of parsed files, else parsed */
  private read = cachedYamlReader(cacheFolder('yaml'));
  /** the data before the last facts save, kept alive for its figures (those the save keeps: preview/figures-again.ts holds it only weakly) */
  before?: Prepared;
  /** the last analysis with what its solve did, by part of the relations: what a facts save is solved again against */
  private solved?: Solved;
  private solveTimer?: ReturnType<typeof setTimeout>;
  /** the last few facts saves' data and solves, by the content of the files (a save undone is no work) */
  private byContent = new Map<string, { prepared: Prepared; solved: Solved }>();
  /** how often the data was made again: its texts only, its facts again, or the whole (a save undone is a whole that prepare's cache has) */
  readonly made = { texts: 0, facts: 0, full: 0 };

  constructor(readonly dataDir: string, readonly company: string) {}

  /** The company's data and analysis as the files are now (throws QuarterDeckError, as `prepare` does). */
  prepared(): Prepared {
    const root = resolve(this.dataDir, this.company);
    const problems: Problem[] = [];
    const files = readCompanyFiles(root, problems);
    const last = this.last;
    if (last && !problems.length) {
      const changed = changedPaths(last.texts, textsOf(files));
      if (!changed.length) return last.prepared;
      if (changed.every((p) => TEXT_FILE.test(p))) {
        const prepared = this.textsAgain(root, last.prepared, files);
        // the same facts and solve: the next facts save is solved against them
        if (this.solved?.data === last.prepared.data) this.solved = { ...this.solved, data: prepared.data };
        this.last = { texts: textsOf(files), prepared };
        this.made.texts++;
        return prepared;
      }
      if (changed.every((p) => p.startsWith('facts/'))) {
        // a save undone (or redone) is no work: the data of those files, as made before
        const key = contentKey(textsOf(files));
        const seen = this.byContent.get(key);
        if (seen) {
          this.last = { texts: textsOf(files), prepared: seen.prepared };
          this.solved = seen.solved;
          return seen.prepared;
        }
        const prepared = this.factsAgain(last.prepared, files, changed);
        if (prepared) {
          this.keep(key, prepared);
          this.last = { texts: textsOf(files), prepared };
          this.made.facts++;
          return prepared;
        }
      }
    }
    const prepared = this.whole();
    // a load from prepare's caches did not solve: solved once the saves pause, for the next facts save
    if (this.solved?.data !== prepared.data) { clearTimeout(this.solveTimer); this.solveTimer = setTimeout(() => this.solve(), 1000).unref(); }
    return prepared;
  }

  /** The data made for these files, and its solve, for a save that gives them again. */
  private keep(key: string, prepared: Prepared): void {
    if (this.solved?.data !== prepared.data) return;
    this.byContent.set(key, { prepared, solved: this.solved });
    if (this.byContent.size > 4) this.byContent.delete(this.byContent.keys().next().value!);
  }

  /** What the last data's solve did (for the next facts save): kept from its analysis, else solved now. */
  solve(): void {
    const last = this.last;
    if (!last || this.solved?.data === last.prepared.data) return;
    this.solved = analyseSolved(last.prepared.data);
    this.keep(contentKey(last.texts), last.prepared);
  }

  /** A save of facts files only: those files parsed again, the parts of the relations they reach solved again; undefined: a whole load. */
  private factsAgain(last: Prepared, files: TextFile[], changed: string[]): Prepared | undefined {
    const solved = this.solved;
    if (solved?.data !== last.data) return undefined;
    const parsed = parseFactsAgain(last.data, files, changed, (path, text, problems) => this.yaml({ path, text }, problems), this.facts);
    // every file parsed again is a changed one (a file the memo holds from a save at fault since is one too)
    const again = parsed && analyseAgain(solved, parsed.data, new Set([...changed, ...parsed.parsed]));
    if (!parsed || !again) return undefined;
    const { data } = parsed;
    if (again.analysis.problems.length) throw new QuarterDeckError(locate(data.root, again.analysis.problems));
    this.solved = again;
    noteAgain(again.analysis, last.analysis, again.changedItems ?? new Set(data.items.keys()));
    this.before = last;
    const prepared: Prepared = { data, analysis: again.analysis };
    // stored on disk as prepare() stores it, once the saves pause (when the files are still these)
    this.storeLater(() => {
      const keys = dataKeys(this.dataDir, this.company);
      if (!changedPaths(textsOf(files), textsOf(keys.files)).length) writePrepared(keys, keyed(keys, prepared));
    });
    return prepared;
  }

  private storeLater(store: () => void): void {
    clearTimeout(this.storeTimer);
    this.storeTimer = setTimeout(store, 5000).unref();
  }

  /** Ahead of the first save (idle time after the first render): what the solve did, for a facts save; the narrative and list files parsed. */
  warm(): void {
    this.solve();
    for (const [path, text] of this.last?.texts ?? []) if (TEXT_FILE.test(path)) this.yaml({ path, text }, []);
  }

  /** `prepare()`, with the texts it was made from (read before it, and again after: a save in between is seen next time). */
  private whole(): Prepared {
    const root = resolve(this.dataDir, this.company);
    for (;;) {
      const before = textsOf(readCompanyFiles(root));
      // the page first: the analysis is stored on disk after the render
      const prepared = prepare(this.dataDir, this.company, { storeLater: (store) => this.storeLater(store), kept: { read: (path, text, problems) => this.yaml({ path, text }, problems), facts: this.facts },
        analyse: (data) => { const s = analyseSolved(data); this.solved = s; return s.analysis; } });
      const after = textsOf(readCompanyFiles(root));
      if (!changedPaths(before, after).length) {
        this.last = { texts: after, prepared };
        this.keep(contentKey(after), prepared);
        this.made.full++;
        return prepared;
      }
    }
  }

  /** The narrative and lists parsed again from the files; the analysis (which never reads them) kept. */
  private textsAgain(root: string, prepared: Prepared, files: TextFile[]): Prepared {
    const { narrative, lists } = loadTexts(root, files, (path, text, problems) => this.yaml({ path, text }, problems));
    return { data: { ...prepared.data, narrative, lists }, analysis: prepared.analysis };
  }

  private yaml(f: TextFile, problems: Problem[]): YamlFile | undefined {
    const kept = this.parsed.get(f.path);
    if (kept?.text === f.text) return kept.yf;
    const yf = this.read(f.path, f.text, problems);
    if (!yf) return undefined;
    this.parsed.set(f.path, { text: f.text, yf });
    return yf;
  }
}

const live = cacheMap<string, LiveData>({ name: "the preview's live data", keyedBy: 'the company folder (path)', max: 8 });

/** The one LiveData of a company folder in this process. */
export function liveData(dataDir: string, company: string): LiveData {
  const key = resolve(dataDir, company);
  let d = live.get(key);
  if (!d) { d = new LiveData(dataDir, company); live.set(key, d); }
  return d;
}
