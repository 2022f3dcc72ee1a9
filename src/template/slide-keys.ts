// What the deck's slides name of the data, checked against the company's items: the figure keys and
// period roles of every Handlebars text of the slides the deck shows (titles, bullets, cells,
// captions, footnotes), a table row's `key:`, a `needs:` condition (`key@role`) and a footnote's
// comparison role — each a problem at the slide file's line. A misspelled key in `needs:` is the
// template's fault, never a slide or bullet that vanishes.
import type { Problem } from '../errors/problem.js';
import { checkTemplate } from '../render/template-check.js';
import type { FigureSet } from '../render/figure-set.js';
import { figureKeyProblem, roleProblem } from './figure-keys.js';
import { DECK_FIGURE_HELPERS } from './figure-helpers.js';
import { templateLine } from './template-line.js';
import type { SlideSpec, SlidesTemplate } from './slides-schema.js';

/** Every string of a value with its field path. */
function strings(v: unknown, path: string, out: { text: string; field: string }[] = []): { text: string; field: string }[] {
  if (typeof v === 'string') out.push({ text: v, field: path });
  else if (Array.isArray(v)) v.forEach((x, i) => strings(x, `${path}${path ? '.' : ''}${i}`, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) strings(x, `${path}${path ? '.' : ''}${k}`, out);
  return out;
}

/** The `needs:` conditions, table row keys and footnote roles of a slide, with their fields. */
function slideNames(slide: SlideSpec): { keys: { key: string; field: string; needle: string }[]; roles: { role: string; field: string; needle: string }[] } {
  const keys: { key: string; field: string; needle: string }[] = [];
  const roles: { role: string; field: string; needle: string }[] = [];
  const needs = (list: string[] | undefined, field: string) => list?.forEach((n, i) => {
    const [key, role] = n.split('@');
    keys.push({ key, field: `${field}.${i}`, needle: n });
    if (role) roles.push({ role, field: `${field}.${i}`, needle: n });
  });
  needs(slide.needs, 'needs');
  slide.footnotes.forEach((f, i) => { if (!('text' in f)) { const role = 'yoy' in f ? f.yoy : f.qoq; roles.push({ role, field: `footnotes.${i}`, needle: role }); } });
  slide.blocks.forEach((b, i) => {
    if ('bullets' in b) b.bullets.items.forEach((it, j) => { if ('needs' in it) needs(it.needs, `blocks.${i}.bullets.items.${j}.needs`); });
    if ('table' in b) {
      b.table.rows?.forEach((r, j) => {
        if (r.key) keys.push({ key: r.key, field: `blocks.${i}.table.rows.${j}.key`, needle: `key: ${r.key}` });
        needs(r.needs, `blocks.${i}.table.rows.${j}.needs`);
      });
    }
  });
  return { keys, roles };
}

export function slideKeyProblems(tpl: SlidesTemplate, sections: SlidesTemplate['sections'], items: ReadonlyMap<string, unknown>, figures?: FigureSet): Problem[] {
  const figureKey = (k: string) => figureKeyProblem(k, items, figures);
  const rules = { figureHelpers: DECK_FIGURE_HELPERS, figureKey, role: roleProblem };
  const problems: Problem[] = [];
  const texts = (v: unknown, file: string, from: number | undefined, prefix: string) => {
    for (const { text, field } of strings(v, '')) {
      if (!text.includes('{{')) continue;
      const line = templateLine(file, from, text) ?? 0;
      for (const p of checkTemplate(text, file, rules, line)) problems.push({ ...p, field: `${prefix}${field}`, found: p.found ?? text });
    }
  };
  texts({ cover: tpl.cover, agenda: tpl.agenda }, tpl.file, 1, '');
  for (const section of sections) {
    texts({ agenda: section.agenda }, tpl.file, 1, '');
    for (const slide of section.slides) {
      const file = tpl.files.get(slide.id) ?? tpl.file;
      const from = tpl.lines.get(slide.id);
      const { id: _id, ...rest } = slide;
      texts(rest, file, from, `${slide.id}: `);
      const { keys, roles } = slideNames(slide);
      const at = (needle: string) => templateLine(file, from, needle) ?? from;
      for (const k of keys) { const p = figureKey(k.key); if (p) problems.push({ ...p, file, line: at(k.needle), field: `${slide.id}: ${k.field}` }); }
      for (const r of roles) { const p = roleProblem(r.role); if (p) problems.push({ ...p, file, line: at(r.needle), field: `${slide.id}: ${r.field}` }); }
    }
  }
  return problems;
}
