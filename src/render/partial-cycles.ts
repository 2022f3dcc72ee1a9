// A partial that includes itself (directly, or through others) never ends: Handlebars recurses
// until the stack overflows. Checked before anything runs: "partial X includes itself", at the
// line of the inclusion that closes the loop.
import { parseTemplate } from './hb-ast.js';
import type { Problem } from '../errors/problem.js';
import { cacheMap } from '../cache/registry.js';

interface Include { name: string; line: number }

/** includes() of each text seen (it depends on the text alone): a save re-reads one partial, not all */
const seen = cacheMap<string, Include[]>({ name: 'partials a template includes', keyedBy: 'the template text', max: 2048 });

/** The partials a template names literally ({{> name}}), with their lines (the template stage follows them: template/release-keys.ts). */
export function includes(source: string): Include[] {
  let out = seen.get(source);
  if (!out) {
    out = parsedIncludes(source);
    seen.set(source, out);
  }
  return out;
}

function parsedIncludes(source: string): Include[] {
  let ast: unknown;
  try { ast = parseTemplate(source); } catch { return []; } // a malformed template is reported by checkTemplate
  const out: Include[] = [];
  const walk = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) { n.forEach(walk); return; }
    const node = n as { type?: string; name?: { type: string; original: unknown }; loc?: { start: { line: number } } };
    if ((node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') && node.name && (node.name.type === 'PathExpression' || node.name.type === 'StringLiteral')) {
      out.push({ name: String(node.name.original), line: node.loc?.start.line ?? 1 });
    }
    for (const [k, v] of Object.entries(node)) if (k !== 'loc') walk(v);
  };
  walk(ast);
  return out;
}

/** One problem per loop of partials; `fileOf` names a partial's file. */
export function partialCycleProblems(partials: Record<string, string>, fileOf: (name: string) => string | undefined): Problem[] {
  const graph = new Map(Object.entries(partials).map(([name, src]) => [name, includes(src).filter((i) => Object.hasOwn(partials, i.name))]));
  const problems: Problem[] = [];
  const reported = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const visit = (name: string, path: string[]): void => {
    state.set(name, 'open');
    for (const inc of graph.get(name) ?? []) {
      if (state.get(inc.name) === 'open') {
        const loop = [...path.slice(path.indexOf(inc.name)), name].filter((x, i, a) => a.indexOf(x) === i);
        const key = [...loop].sort().join('|');
        if (reported.has(key)) continue;
        reported.add(key);
        problems.push({
          code: 'E_TEMPLATE', file: fileOf(name), line: inc.line, field: `{{> ${inc.name}}}`,
          message: loop.length === 1 ? `partial "${name}" includes itself` : `partials ${[...loop, inc.name].map((x) => `"${x}"`).join(' → ')} include each other`,
          hint: 'A partial that includes itself never ends; include another partial, or repeat with {{#each}}.',
        });
      } else if (!state.has(inc.name)) visit(inc.name, [...path, name]);
    }
    state.set(name, 'done');
  };
  for (const name of graph.keys()) if (!state.has(name)) visit(name, []);
  return problems;
}
