// Build many packages in one process: one shared browser, a bounded number of documents at once,
// unchanged packages skipped, one failure never stopping the others.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { packageName, type PackageSpec } from './spec.js';
import { SharedBrowser, isBrowserCrash } from './shared-browser.js';
import { formatProblem, QuarterDeckError } from '../errors/problem.js';
import { cacheSummary } from '../cache/registry.js';
import { trace } from '../trace.js';

export interface BuiltPackage { outputs: string[]; period: string }
export type BuildOne = (spec: PackageSpec, browser: SharedBrowser) => Promise<BuiltPackage>;

export type PackageStatus = 'ok' | 'failed' | 'unchanged' | 'interrupted';
export interface PackageResult { spec: PackageSpec; name: string; status: PackageStatus; ms: number; outputs: string[]; hash?: string; error?: string; retried?: boolean }

export type BatchEvent =
  | { type: 'start'; name: string; index: number; total: number }
  | { type: 'done'; result: PackageResult; index: number; total: number };

export interface BatchOptions {
  build: BuildOne;
  outDir: string;
  /** documents built at once (pages open in the shared browser) */
  concurrency?: number;
  force?: boolean;
  hash?: (spec: PackageSpec) => string;
  signal?: AbortSignal;
  onEvent?: (e: BatchEvent) => void;
  browser?: SharedBrowser;
}

interface Manifest { hash: string; outputs: string[]; builtAt: string }
const manifestPath = (outDir: string, s: PackageSpec) => join(outDir, '.manifests', s.company, `${s.period ?? 'latest'}--${s.audience}.json`);

function unchanged(outDir: string, s: PackageSpec, hash: string): Manifest | undefined {
  const p = manifestPath(outDir, s);
  if (!existsSync(p)) return undefined;
  try {
    const m = JSON.parse(readFileSync(p, 'utf8')) as Manifest;
    return m.hash === hash && m.outputs.every((o) => existsSync(o)) ? m : undefined;
  } catch { return undefined; }
}

const messageOf = (e: unknown) => (e instanceof QuarterDeckError ? e.problems.map(formatProblem).join('; ') : e instanceof Error ? e.message : String(e));

export async function runBatch(specs: PackageSpec[], o: BatchOptions): Promise<PackageResult[]> {
  const browser = o.browser ?? new SharedBrowser();
  const limit = pLimit(Math.max(1, o.concurrency ?? 2));
  const total = specs.length;
  try {
    return await Promise.all(specs.map((spec, index) => limit(async (): Promise<PackageResult> => {
      const name = packageName(spec);
      const started = Date.now();
      const finish = (r: Omit<PackageResult, 'spec' | 'name' | 'ms'>): PackageResult => {
        const result = { spec, name, ms: Date.now() - started, ...r };
        o.onEvent?.({ type: 'done', result, index, total });
        return result;
      };
      if (o.signal?.aborted) return finish({ status: 'interrupted', outputs: [] });
      o.onEvent?.({ type: 'start', name, index, total });
      const hash = o.hash?.(spec);
      if (hash && !o.force) {
        const m = unchanged(o.outDir, spec, hash);
        if (m) return finish({ status: 'unchanged', outputs: m.outputs, hash });
      }
      let retried = false;
      for (;;) {
        try {
          const built = await o.build(spec, browser);
          if (hash) {
            mkdirSync(join(o.outDir, '.manifests', spec.company), { recursive: true });
            writeFileSync(manifestPath(o.outDir, spec), JSON.stringify({ hash, outputs: built.outputs, builtAt: new Date().toISOString() } satisfies Manifest));
          }
          return finish({ status: 'ok', outputs: built.outputs, hash, retried: retried || undefined });
        } catch (e) {
          if (!retried && isBrowserCrash(e)) { retried = true; await browser.restart(); continue; }
          return finish({ status: 'failed', outputs: [], hash, error: messageOf(e), retried: retried || undefined });
        }
      }
    })));
  } finally {
    if (!o.browser) await browser.close();
    trace(`batch: caches ${cacheSummary()}`);
  }
}
