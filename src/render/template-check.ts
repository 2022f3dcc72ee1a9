// Handlebars templates are checked before they run, so that a mistake names its file and line:
// an unknown helper or partial (with "did you mean"), a partial name that would leave the template
// folders, a path into an object's prototype (constructor, __proto__), a figure id that no item of
// the taxonomy has. A TemplateFault is never a gap in the data: a document fails on it rather than
// leave something out.
import { parseTemplate } from './hb-ast.js';
import { compileSpec } from './vega-compile.js';
import { near, said, spoken, type Problem } from '../errors/problem.js';
import { TemplateFault } from '../errors/template-fault.js';
import { isSafeName } from '../config/template-paths.js';
import { figureKeyProblem } from '../template/figure-keys.js';
import type { FigureSet } from './figure-set.js';
import { chartUrlProblems } from './chart-urls.js';
import { CHART_DOCUMENTS, CHART_KINDS, type ChartBinding } from '../contract/chart.js';
import { chartBody, hasBody } from './chart/vega-spec.js';
import { axisFormat } from './chart/axes.js';
import { periodListProblems } from './chart/period-list.js';

/** A fault in a template (not in the data): documents fail on it, never leave it out. */
export { TemplateFault };

/** Property names that lead from a value to its prototype or constructor. */
const PROTO = new Set(['constructor', '__proto__', 'prototype', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__']);
/** Handlebars' own helpers. */
const BUILTIN = ['if', 'unless', 'each', 'with', 'lookup', 'log', 'blockHelperMissing', 'helperMissing'];

/** A FigureSet that refuses a key naming no item (a typo in a template) with a TemplateFault, instead of "no figure for this period". */
export function checkedFigures(figures: FigureSet, items: ReadonlyMap<string, unknown>): FigureSet {
  // a key that passed passes again (a document asks for the same keys many times)
  const passed = new Set<string>();
  const check = (key: string) => {
    if (passed.has(key)) return;
    const p = figureKeyProblem(String(key), items, figures);
    if (p) throw new TemplateFault([p]);
    passed.add(key);
  };
  const out = Object.create(figures) as FigureSet;
  const { find, get } = figures;
  out.find = function (this: FigureSet, key: string, role?: string) { check(key); return find.call(this, key, role); };
  out.get = function (this: FigureSet, key: string, role?: string, where?: string) { check(key); return get.call(this, key, role, where); };
  return out;
}

export interface TemplateRules {
  /** helpers registered for the template (without: helper names are not checked, the data's checks alone run: template/check-templates.ts) */
  helpers?: string[];
  /** partial names, when the template may use partials */
  partials?: string[];
  /** helpers whose first argument is a figure key ('first'), or every argument but the last (a period role) */
  figureHelpers?: Record<string, 'first' | 'allButLast'>;
  /** the problem with a figure key, if any */
  figureKey?: (key: string) => Problem | undefined;
  /** the problem with a period role (a figure helper's role, {{period "…"}}), if any */
  role?: (role: string) => Problem | undefined;
  /** the problems of a catalog message asked for with {{t "key" arg=…}} (template/catalog.ts useProblems) */
  message?: (key: string, args: string[]) => Omit<Problem, 'file' | 'line'>[];
}

type Node = { type: string; loc?: { start: { line: number; column: number } }; [k: string]: unknown };

/** Problems of one template source; `line` is added to the template's own line numbers (a template inside a YAML file). */
export function checkTemplate(source: string, file: string, rules: TemplateRules, line = 0): Problem[] {
  let ast: Node;
  try {
    ast = parseTemplate(source) as unknown as Node;
  } catch (e) {
    const m = /line (\d+)/.exec((e as Error).message);
    return [spoken({ code: 'E_TEMPLATE', file, line: m ? Number(m[1]) + (line ? line - 1 : 0) : line || undefined, message: said('malformedTemplate', (e as Error).message.split('\n')[0]) })];
  }
  const problems: Problem[] = [];
  const helpers = rules.helpers && new Set([...BUILTIN, ...rules.helpers]);
  const at = (n: Node): Pick<Problem, 'file' | 'line'> => ({ file, line: line ? line + (n.loc ? n.loc.start.line - 1 : 0) : n.loc?.start.line });
  const add = (n: Node, p: Omit<Problem, 'code' | 'file' | 'line'>) => problems.push({ code: 'E_TEMPLATE', ...at(n), ...p });

  const path = (n: Node) => {
    const parts = n.parts as string[];
    const bad = parts.find((p) => PROTO.has(p));
    if (bad) add(n, { message: `"${n.original as string}": templates cannot reach an object's ${bad}`, found: String(n.original) });
  };
  const call = (n: Node, always: boolean) => {
    const p = n.path as Node;
    const params = (n.params as Node[] | undefined) ?? [];
    const hash = n.hash as Node | undefined;
    if (p.type !== 'PathExpression') return;
    const name = (p.parts as string[]).join('.');
    const isCall = always || params.length > 0 || Boolean(hash);
    if (helpers && isCall && !p.data && (p.parts as string[]).length === 1 && !helpers.has(name)) {
      add(n, spoken({ message: said('unknownHelper', name), found: name, hint: near(name, helpers) ?? said('helperList', [...rules.helpers!].sort().join(', ')) }));
    }
    if (name === 'lookup') {
      for (const q of params) if (q.type === 'StringLiteral' && PROTO.has(q.value as string)) add(q, { message: `lookup "${q.value as string}": templates cannot reach an object's ${q.value as string}` });
    }
    if (name === 't' && rules.message) {
      const q = params[0];
      if (!q || q.type !== 'StringLiteral') add(n, { message: 'the message key of {{t}} is a quoted name', expected: '{{t "section.key" arg=value}}' });
      else for (const pr of rules.message(q.value as string, hashKeys(hash))) problems.push({ ...pr, ...at(q) });
    }
    const kind = rules.figureHelpers?.[name];
    const literal = (q: Node | undefined, check: ((s: string) => Problem | undefined) | undefined) => {
      if (q?.type !== 'StringLiteral' || !check) return;
      const problem = check(q.value as string);
      if (problem) problems.push({ ...problem, ...at(q) });
    };
    if (kind) {
      // a figure helper's keys, then its period role: the last argument ('allButLast'), else the second
      for (const q of kind === 'allButLast' ? params.slice(0, -1) : params.slice(0, 1)) literal(q, rules.figureKey);
      literal(kind === 'allButLast' ? (params.length > 1 ? params.at(-1) : undefined) : params[1], rules.role);
      literal((hash?.pairs as { key: string; value: Node }[] | undefined)?.find((x) => x.key === 'period')?.value, rules.role);
    }
    if (name === 'period') literal(params[0], rules.role);
  };
  const partial = (n: Node) => {
    const name = n.name as Node;
    if (name.type !== 'PathExpression' && name.type !== 'StringLiteral') return; // a dynamic name: checked when it runs
    const id = String(name.original);
    if (!isSafeName(id)) { add(n, { message: `partial "${id}" is outside the template folders`, expected: 'the name of a partial in release/partials/ (no "../", no absolute path)', found: id }); return; }
    if (rules.partials && !rules.partials.includes(id)) add(n, spoken({ message: said('noPartial', id), expected: rules.partials.join(', '), hint: near(id, rules.partials) }));
  };

  const walk = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) { n.forEach(walk); return; }
    const node = n as Node;
    switch (node.type) {
      case 'MustacheStatement': call(node, false); break;
      case 'SubExpression': call(node, true); break;
      case 'BlockStatement': call(node, false); break;
      case 'PartialStatement': case 'PartialBlockStatement': partial(node); break;
      case 'PathExpression': path(node); return;
      default: break;
    }
    for (const [k, v] of Object.entries(node)) if (k !== 'loc' && k !== 'strip' && k !== 'openStrip' && k !== 'closeStrip' && k !== 'inverseStrip') walk(v);
  };
  walk(ast);
  return problems;
}

const hashKeys = (hash: Node | undefined) => ((hash?.pairs as { key: string }[] | undefined) ?? []).map((p) => p.key);

/** Every {{t "key" …}} of a template source, with its line (for the catalogs' unused-key check). */
export function messageUses(source: string, file: string): { key: string; args: string[]; file: string; line?: number }[] {
  const out: { key: string; args: string[]; file: string; line?: number }[] = [];
  let ast: Node;
  try { ast = parseTemplate(source) as unknown as Node; } catch { return out; }
  const walk = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) { n.forEach(walk); return; }
    const node = n as Node;
    if ((node.type === 'MustacheStatement' || node.type === 'SubExpression') && (node.path as Node).type === 'PathExpression' && (node.path as Node).original === 't') {
      const q = (node.params as Node[])[0];
      if (q?.type === 'StringLiteral') out.push({ key: q.value as string, args: hashKeys(node.hash as Node | undefined), file, line: q.loc?.start.line });
    }
    for (const [k, v] of Object.entries(node)) if (k !== 'loc') walk(v);
  };
  walk(ast);
  return out;
}

const KINDS: readonly string[] = CHART_KINDS;

/**
 * A chart spec (templates/charts/<name>.vl.json) read and checked: JSON, the usermeta.quarterdeck
 * binding (kind, series with figure keys, period roles) and a Vega-Lite spec that compiles.
 * A malformed spec is a TemplateFault naming the file and line.
 */
export function readChartSpec(file: string, text: string): Record<string, unknown> {
  const lineAt = (pos: number) => text.slice(0, pos).split('\n').length;
  const lineOf = (needle: string) => { const i = text.indexOf(needle); return i < 0 ? undefined : lineAt(i); };
  const fail = (message: string, line?: number, field?: string, expected?: string): never => {
    throw new TemplateFault([{ code: 'E_TEMPLATE', file, line, field, message: `malformed chart spec: ${message}`, expected }]);
  };
  let spec: unknown;
  try {
    spec = JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const lc = /line (\d+)/.exec(msg);
    fail(`not valid JSON: ${msg.replace(/ in JSON at position \d+.*$/, '')}`, lc ? Number(lc[1]) : pos ? lineAt(Number(pos[1])) : undefined);
  }
  if (!spec || typeof spec !== 'object' || Array.isArray(spec)) fail('a chart spec is a JSON object', 1);
  const s = spec as Record<string, unknown>;
  const urls = chartUrlProblems(file, text, s);
  if (urls.length) throw new TemplateFault(urls);
  const b = (s.usermeta as { quarterdeck?: Record<string, unknown> } | undefined)?.quarterdeck;
  const example = '{ "kind": "bar", "series": [{ "key": "is.revenue.total" }], "periods": ["prior", "cur"] }';
  if (!b || typeof b !== 'object') fail('no usermeta.quarterdeck binding', lineOf('"usermeta"') ?? 1, 'usermeta.quarterdeck', example);
  const binding = b as Record<string, unknown>;
  if (!KINDS.includes(binding.kind as string)) fail(`unknown kind ${JSON.stringify(binding.kind)}`, lineOf('"kind"') ?? lineOf('"quarterdeck"'), 'usermeta.quarterdeck.kind', KINDS.join(', '));
  if (!Array.isArray(binding.series) || !binding.series.length || binding.series.some((x) => !x || typeof (x as { key?: unknown }).key !== 'string')) {
    fail('series must be a list of { "key": "<figure key>" }', lineOf('"series"') ?? lineOf('"quarterdeck"'), 'usermeta.quarterdeck.series', example);
  }
  // a list of roles, a range, or both (chart/period-list.ts)
  const periodFault = periodListProblems(binding.periods, { file, line: lineOf('"periods"') ?? lineOf('"quarterdeck"'), field: 'usermeta.quarterdeck.periods' })[0];
  if (periodFault) throw new TemplateFault([{ ...periodFault, message: `malformed chart spec: ${periodFault.message}` }]);
  const docs = binding.bodyFor;
  if (docs !== undefined && (!Array.isArray(docs) || docs.some((d) => !CHART_DOCUMENTS.includes(d as never)))) {
    fail(`bodyFor must be a list of documents, found ${JSON.stringify(docs)}`, lineOf('"bodyFor"'), 'usermeta.quarterdeck.bodyFor', CHART_DOCUMENTS.join(', '));
  }
  // a spec with no body of its own is drawn by the body generated for its kind (chart/vega-spec.ts)
  const { usermeta: _u, ...rest } = hasBody(s) ? s : { ...s, ...chartBody(binding as unknown as ChartBinding, { left: axisFormat('amount', 0), right: axisFormat('ratio', 1) }) };
  try {
    compileSpec(rest);
  } catch (e) {
    fail(`Vega-Lite cannot compile it: ${(e as Error).message}`, lineOf('"mark"') ?? lineOf('"layer"'));
  }
  return s;
}
