// Handlebars.parse, once per template text in the process: the template checks (template-check.ts,
// partial-cycles.ts, the slides' {{t}} uses) walk the same templates for every package of a batch,
// a schedule or the preview. The tree is shared: it is only read, never changed or compiled.
// A text that does not parse throws the same error each time.
import Handlebars from 'handlebars';
import { cacheMap } from '../cache/registry.js';

type Parsed = { ast: ReturnType<typeof Handlebars.parse> } | { error: unknown };
const kept = cacheMap<string, Parsed>({ name: 'Handlebars trees', keyedBy: 'the template text', max: 4000 });

export function parseTemplate(source: string): ReturnType<typeof Handlebars.parse> {
  let p = kept.get(source);
  if (!p) {
    try { p = { ast: Handlebars.parse(source) }; } catch (error) { p = { error }; }
    kept.set(source, p);
  }
  if ('error' in p) throw p.error;
  return p.ast;
}
