// templates/deck/slides.yaml read from the template folders (user overrides first), single slides
// replaced by any folder's deck/slides/<slide-id>.yaml, checked against the schema (slides-schema.ts);
// every slide remembers its file and line. Read once until a file changes (template-cache.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTemplateYaml } from '../load/read-yaml.js';
import { cachedParse } from '../load/parsed-cache.js';
import { readOnce } from './template-cache.js';
import { QuarterDeckError, near, said, spoken, type Problem } from '../errors/problem.js';
import { schemaSaid } from '../errors/schema-issue.js';
import { findTemplate } from '../config/template-paths.js';
import { slide, slidesSchema, type SlidesTemplate } from './slides-schema.js';

/**
 * The first deck/slides.yaml in the template folders (user overrides first), with single slides
 * replaced by any folder's deck/slides/<slide-id>.yaml (the first folder that has one wins).
 */
export function loadSlides(templateDirs: string[]): SlidesTemplate {
  const file = findTemplate(templateDirs, join('deck', 'slides.yaml'), 'deck template');
  if (!file) throw new QuarterDeckError([spoken({ code: 'E_NOT_FOUND', file: templateDirs.map((d) => join(d, 'deck', 'slides.yaml')).join(', '), message: said('noDeckTemplate') })]);
  const overrides = slideOverrides(templateDirs);
  // read once per process while the files are unchanged
  const files = [file, ...overrides.values()];
  return readOnce('slides', files.join('|'), files, () => {
    const text = readFileSync(file, 'utf8');
    const tpl = cachedParse('slides', [file, text], () => parseSlides(file, text));
    for (const [id, f] of overrides) replaceSlide(tpl, id, f);
    return tpl;
  });
}

/** deck/slides/<slide-id>.yaml of every template folder: slide id → file (user folders first). */
function slideOverrides(templateDirs: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of templateDirs) {
    const dir = join(d, 'deck', 'slides');
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.yaml') || out.has(name.slice(0, -5))) continue;
      const f = findTemplate([d], join('deck', 'slides', name), 'slide');
      if (f) out.set(name.slice(0, -5), f);
    }
  }
  return out;
}

/** Replace one slide of the template by an override file's slide (same id). */
function replaceSlide(tpl: SlidesTemplate, id: string, file: string): void {
  const { data, lineOf } = readTemplateYaml(file, readFileSync(file, 'utf8'));
  const r = slide.safeParse(data && typeof data === 'object' && !Array.isArray(data) && !('id' in data) ? { id, ...data } : data);
  if (!r.success) {
    throw new QuarterDeckError(r.error.issues.map((i) => {
      const path = i.path.filter((k): k is string | number => typeof k !== 'symbol');
      return spoken({ code: 'E_TEMPLATE' as const, file, line: lineOf(path), field: path.join('.') || '(file)', message: schemaSaid(i) });
    }));
  }
  if (r.data.id !== id) throw new QuarterDeckError([spoken({ code: 'E_TEMPLATE', file, line: lineOf(['id']), field: 'id', message: said('overrideName'), expected: said('theFileName', id), found: `"${r.data.id}"` })]);
  const all = [...tpl.sections, ...(tpl.appendix ? [tpl.appendix] : [])];
  const sec = all.find((s) => s.slides.some((x) => x.id === id));
  if (!sec) {
    const known = all.flatMap((s) => s.slides.map((x) => x.id));
    throw new QuarterDeckError([spoken({ code: 'E_TEMPLATE', file, message: said('noSlideToReplace', id, tpl.file), expected: known.join(', '), hint: near(id, known) ?? said('overrideHint') })]);
  }
  sec.slides = sec.slides.map((x) => (x.id === id ? r.data : x));
  tpl.files.set(id, file);
  tpl.lines.set(id, lineOf([]) ?? 1);
}

/** All slide ids of the template: the deck's, then the appendix's. */
export function slideIds(tpl: SlidesTemplate): { deck: string[]; appendix: string[] } {
  return { deck: tpl.sections.flatMap((s) => s.slides.map((x) => x.id)), appendix: tpl.appendix?.slides.map((x) => x.id) ?? [] };
}

function parseSlides(file: string, text: string): SlidesTemplate {
  const { data, lineOf } = readTemplateYaml(file, text);
  const r = slidesSchema.safeParse(data);
  if (!r.success) {
    const problems: Problem[] = r.error.issues.map((i) => {
      const path = i.path.filter((k): k is string | number => typeof k !== 'symbol');
      return spoken({ code: 'E_TEMPLATE' as const, file, line: lineOf(path), field: path.join('.'), message: schemaSaid(i) });
    });
    throw new QuarterDeckError(problems);
  }
  const lines = new Map<string, number>();
  r.data.sections.forEach((s, si) => s.slides.forEach((sl, i) => { const l = lineOf(['sections', si, 'slides', i]); if (l) lines.set(sl.id, l); }));
  r.data.appendix?.slides.forEach((sl, i) => { const l = lineOf(['appendix', 'slides', i]); if (l) lines.set(sl.id, l); });
  const ids = [...r.data.sections.flatMap((s) => s.slides), ...(r.data.appendix?.slides ?? [])].map((x) => x.id);
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length) throw new QuarterDeckError(twice.map((id) => spoken({ code: 'E_TEMPLATE' as const, file, line: lines.get(id), field: 'id', message: said('slideTwice', id) })));
  return { ...r.data, file, lines, files: new Map() };
}
