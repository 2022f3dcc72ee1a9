// The template stage's checks against the company's data, after the set is read (template-set.ts)
// and before anything renders: every figure key and period role the release's partials and layouts,
// the deck's slides and the chart bindings name, checked against the company's items; the narrative
// sections the slides name against the company's narrative. Every fault at once, each at its file and
// line with "did you mean" (a TemplateFault); what passes is the set the renderers read
// (DocumentInputs.templates, render/inputs.ts), so that no renderer finds a template fault of its own.
import type { Problem } from '../errors/problem.js';
import { TemplateFault } from '../errors/template-fault.js';
import type { FigureSet } from '../render/figure-set.js';
import { bindingOf } from '../render/chart/binding.js';
import type { TemplateSet } from './template-set.js';
import { chartKeyProblems } from './chart-keys.js';
import { narrativeSectionProblems } from './narrative-sections.js';
import { releaseKeyProblems } from './release-keys.js';
import { slideKeyProblems } from './slide-keys.js';
import { identityCache } from '../cache/registry.js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cacheFolder } from '../cache/folder.js';
import { pruneOnce } from '../load/cache-prune.js';
import { templateSetKeyOf } from './set-cache.js';

const CHECK_FORMAT = 'qd-template-check-1';
const CHECK_KEEP = 256;

export interface TemplateData {
  /** the company's items (item id → …): what a figure key names */
  items: ReadonlyMap<string, unknown>;
  /** the document's figures, when known: "did you mean" names the closest figure key */
  figures?: FigureSet;
  /** the sections of the company's narrative files in the document's language (and English) */
  sections?: Iterable<string>;
}

/** The chart specs the package draws: release.yaml's `charts:` and the chart blocks of the slides the deck shows. */
function drawnCharts(set: TemplateSet): string[] {
  const names = new Set(set.documents.includes('release') ? Object.values(set.release?.config.charts ?? {}).map((c) => c.spec) : []);
  for (const slide of set.deck?.sections.flatMap((s) => s.slides) ?? []) for (const b of slide.blocks) if ('chart' in b) names.add(b.chart.spec);
  return [...names].filter((n) => set.charts.has(n));
}

/** Every fault of the set's templates against the company's data. */
export function templateDataProblems(set: TemplateSet, data: TemplateData): Problem[] {
  const problems: Problem[] = [];
  // the release's partials and layouts when it is printed
  if (set.release) problems.push(...releaseKeyProblems(set.release, data.items, data.figures, { profile: set.profile, printed: set.documents.includes('release') }));
  if (set.deck) {
    problems.push(...slideKeyProblems(set.deck.slides, set.deck.sections, data.items, data.figures));
    if (data.sections) problems.push(...narrativeSectionProblems(set.deck.slides, data.sections));
  }
  for (const name of drawnCharts(set)) {
    const { spec, file } = set.charts.get(name)!;
    problems.push(...chartKeyProblems(bindingOf(spec, file), file, data.items, data.figures));
  }
  return problems;
}

/** Sets that passed, per the items they were checked against (a batch, a schedule or the preview checks each once). */
const passed = identityCache<TemplateSet, WeakSet<object>>({ name: 'template sets that passed their data check', keyedBy: 'the template set and the items (identity)' });

/**
 * Where a check that passed is recorded between processes: what it depends on is the set (its key:
 * template/set-cache.ts, which holds the files, the request and the program), the item ids of the
 * data (a key names an item or not) and the narrative sections; the figures only word a problem's
 * hint. Undefined for a set read without the cache, or with caches on disk off.
 */
function passedOnDisk(set: TemplateSet, data: TemplateData): string | undefined {
  const setKey = templateSetKeyOf(set);
  const dir = cacheFolder('template-check');
  if (!setKey || !dir) return undefined;
  const h = createHash('sha256').update(CHECK_FORMAT).update('\0').update(setKey).update('\0');
  for (const id of [...data.items.keys()].sort()) h.update(id).update('\n');
  h.update('\0').update(data.sections ? [...data.sections].sort().join('\n') : '(no sections)');
  return join(dir, h.digest('hex'));
}

/** The set checked against the company's data: the set itself, or a TemplateFault with every problem found. */
export function checkTemplates(set: TemplateSet, data: TemplateData): TemplateSet {
  const seen = passed.get(set);
  if (seen?.has(data.items)) return set;
  const record = passedOnDisk(set, data);
  if (!record || !existsSync(record)) {
    const problems = templateDataProblems(set, data);
    if (problems.length) throw new TemplateFault(problems);
    if (record) {
      try { mkdirSync(dirname(record), { recursive: true }); writeFileSync(record, ''); pruneOnce(dirname(record), CHECK_KEEP); } catch { /* a cache we cannot write is no cache */ }
    }
  }
  if (seen) seen.add(data.items); else passed.set(set, new WeakSet([data.items]));
  return set;
}
