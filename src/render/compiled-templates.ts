// Handlebars templates compiled once, cached by content: Handlebars's own JavaScript for a template
// (its precompiled form) is kept in memory for the process and on disk between processes, keyed by
// the template's text, the compile options and the Handlebars version (an edit or an upgrade is a
// new key, never a stale hit). On disk, each template's file, and one pack of the templates the last
// builds ran (savePack, after a build): a cold build reads and evaluates one file instead of one per
// template (a package runs about 250). Like Handlebars.compile, the template is compiled on first use, so a
// malformed template fails where it runs, not where it is registered. The one owner of compiled
// Handlebars in the process: the release and the deck ask here for each template's live function too
// (compiledIn: once per environment and text).
import Handlebars from 'handlebars';
import { createHash } from 'node:crypto';
import { cachedFile } from '../load/file-cache.js';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheFolder } from '../cache/folder.js';
import { cacheMap, cachedValue, identityCache } from '../cache/registry.js';
import { BoundedMap } from '../cache/bounded-map.js';

const FORMAT = 'qd-hbs-1';
const PACK = `pack-${FORMAT}.json`;
const PACK_MAX = 2048;
type Env = typeof Handlebars;
type Spec = TemplateSpecification;
const specs = cacheMap<string, Spec>({ name: 'precompiled Handlebars', keyedBy: 'hash of the template text, options and Handlebars version', max: 8192 });

/** The pack's JavaScript by key, and the live specs it holds (read once per process), and what this process used or compiled. */
const pack = cachedValue({ name: 'the pack of precompiled Handlebars', keyedBy: 'its file (read once)' }, () => {
  const sources = new Map<string, string>();
  const live = new Map<string, Spec>();
  const dir = cacheFolder('handlebars');
  try {
    const stored = JSON.parse(readFileSync(join(dir!, PACK), 'utf8')) as Record<string, string>;
    const keys = Object.keys(stored);
    // one evaluation for every template of the pack (an object of objects of functions)
    const made = new Function(`return [${keys.map((k) => `(${stored[k]})`).join(',\n')}];`)() as Spec[];
    keys.forEach((k, i) => { sources.set(k, stored[k]); live.set(k, made[i]); });
  } catch { /* none yet, or damaged: the files of each template */ }
  return { sources, live, used: new Map<string, string>(), added: false };
});

/** The precompiled template of this text and these options (from memory, the pack, the disk, or the compiler). */
function specOf(env: Env, src: string, options: CompileOptions): Spec {
  const opts = JSON.stringify(options);
  const key = createHash('sha256').update(FORMAT).update('\0').update(Handlebars.VERSION).update('\0').update(opts).update('\0').update(src).digest('hex');
  let spec = specs.get(key);
  if (!spec) {
    const p = pack();
    const packed = p.live.get(key);
    // what this process used, for the next pack (a long-lived process keeps the first PACK_MAX)
    const use = (js: string) => { if (p.used.size < PACK_MAX) p.used.set(key, js); };
    if (packed) { spec = packed; use(p.sources.get(key)!); } else {
      const js = cachedFile('handlebars', [key], () => Buffer.from(String(env.precompile(src, { ...options })))).toString('utf8');
      // the JavaScript Handlebars wrote for this template (an object of functions), made live again
      spec = new Function(`return (${js});`)() as Spec;
      use(js); p.added = true;
    }
    specs.set(key, spec);
  }
  return spec;
}

/**
 * Write the pack when this process compiled a template it did not hold: the templates used here
 * first, then the pack's others, up to PACK_MAX (a build of another package or period keeps its own).
 */
export function savePack(): void {
  const p = pack();
  const dir = cacheFolder('handlebars');
  if (!p.added || !dir) return;
  const out: Record<string, string> = {};
  let n = 0;
  for (const m of [p.used, p.sources]) for (const [k, js] of m) { if (n >= PACK_MAX) break; if (!(k in out)) { out[k] = js; n++; } }
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${PACK}.${process.pid}.tmp`), JSON.stringify(out));
    renameSync(join(dir, `${PACK}.${process.pid}.tmp`), join(dir, PACK));
    p.added = false;
  } catch { /* a cache we cannot write is no cache */ }
}

/** Handlebars.compile(src, options) for `env`, through the cache. */
export function compileTemplate(env: Env, src: string, options: CompileOptions = {}): HandlebarsTemplateDelegate {
  type Live = HandlebarsTemplateDelegate & { _setup?: unknown; _child?: unknown };
  let compiled: Live | undefined;
  const live = (): Live => (compiled ??= env.template(specOf(env, src, options)) as Live);
  // the same shape as Handlebars.compile's lazy template: partials and blocks call _setup and _child
  const ret = ((context: unknown, execOptions?: RuntimeOptions) => live()(context, execOptions)) as HandlebarsTemplateDelegate & Record<string, unknown>;
  ret._setup = (o: unknown) => (live()._setup as (o: unknown) => unknown)(o);
  ret._child = (...a: unknown[]) => (live()._child as (...a: unknown[]) => unknown)(...a);
  return ret;
}

const live = identityCache<Env, BoundedMap<string, HandlebarsTemplateDelegate>>({ name: 'live Handlebars templates', keyedBy: 'the Handlebars environment (identity), then the options and text' });

/**
 * The compiled template of this text in `env`, once per environment, text and options for the life of
 * the process; `check` runs before the first compile only (a template that fails it is not kept).
 */
export function compiledIn(env: Env, src: string, options: CompileOptions = {}, check?: () => void): HandlebarsTemplateDelegate {
  let byText = live.get(env);
  if (!byText) { byText = new BoundedMap({ max: 4096 }); live.set(env, byText); }
  const key = `${JSON.stringify(options)}\0${src}`;
  let fn = byText.get(key);
  if (!fn) {
    check?.();
    fn = compileTemplate(env, src, options);
    byText.set(key, fn);
  }
  return fn;
}
