// Message catalogs: the words of the templates, one file per language (templates/i18n/<lang>.yaml),
// each message in ICU MessageFormat with named arguments, so a translator controls word order:
//
//   results.revenue: "Revenues totaled {amount}{hasChange, select, true {, {change} YoY} other {}}."
//
// A template asks for a message by key: {{t "results.revenue" amount=(money …) hasChange=(has …)}}.
// A user template folder may override one entry of one language (its own i18n/<lang>.yaml holds only
// the keys it changes); the built-in catalog of each language has every key of the English one.
// Messages may mark text with the tags <u>, <b>, <strong>, <em>, <i> and <sup>: HTML in the release,
// plain text where the output is text.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { near, said, spoken, type Problem } from '../errors/problem.js';
import { parseYaml } from '../load/read-yaml.js';
import { cachedParse } from '../load/parsed-cache.js';

/** The tags a message may use. */
export const MESSAGE_TAGS = ['u', 'b', 'strong', 'em', 'i', 'sup'] as const;

export interface Message {
  key: string;
  source: string;
  file: string;
  line: number;
  /** every argument the message names */
  args: Set<string>;
  /** arguments that choose a branch (select, plural): passed as values, not printed as given */
  selectors: Set<string>;
  format: IntlMessageFormat;
}

export interface Catalog {
  lang: string;
  messages: Map<string, Message>;
  /** the catalog files read, built-in last */
  files: string[];
}

type AstNode = { type: number; value?: string; options?: Record<string, { value: AstNode[] }>; children?: AstNode[] };

/** Argument names of a parsed message (and which of them choose branches). */
function argumentsOf(ast: AstNode[], args = new Set<string>(), selectors = new Set<string>()): { args: Set<string>; selectors: Set<string> } {
  for (const n of ast) {
    if (n.type === 1 && n.value) args.add(n.value);
    if ((n.type === 2 || n.type === 5 || n.type === 6) && n.value) { args.add(n.value); selectors.add(n.value); }
    for (const o of Object.values(n.options ?? {})) argumentsOf(o.value, args, selectors);
    if (n.children) argumentsOf(n.children, args, selectors);
  }
  return { args, selectors };
}

/** Flatten nested maps to dotted keys: { results: { revenue: "…" } } → "results.revenue". */
function flatten(data: unknown, lines: Record<string, number>, prefix: string[], out: { key: string; source: unknown; line: number }[]): void {
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    for (const [k, v] of Object.entries(data)) flatten(v, lines, [...prefix, k], out);
    return;
  }
  out.push({ key: prefix.join('.'), source: data, line: lines[prefix.join('\u0000')] ?? 1 });
}

/** The formatter of a message's text in a language (throws for a malformed message). */
export const messageFormat = (source: string, lang: string): IntlMessageFormat => new IntlMessageFormat(source, lang, undefined, { ignoreTag: false });

/** The messages of one catalog file; problems for malformed YAML or messages. */
export function readCatalogFile(file: string, lang: string, problems: Problem[]): Message[] {
  const text = readFileSync(file, 'utf8');
  const parsed = cachedParse('catalog-yaml', [text], () => parseYaml(file, text, problems));
  if (!parsed) return [];
  const flat: { key: string; source: unknown; line: number }[] = [];
  flatten(parsed.data ?? {}, parsed.lines, [], flat);
  const out: Message[] = [];
  for (const { key, source, line } of flat) {
    if (typeof source !== 'string') {
      problems.push(spoken({ code: 'E_TEMPLATE', file, line, field: key, message: said('messageOneText'), expected: said('aString'), found: JSON.stringify(source) }));
      continue;
    }
    try {
      const format = messageFormat(source, lang);
      out.push({ key, source, file, line, format, ...argumentsOf(format.getAst() as unknown as AstNode[]) });
    } catch (e) {
      const loc = (e as { location?: { start: { line: number } } }).location;
      problems.push(spoken({ code: 'E_TEMPLATE', file, line: line + (loc ? loc.start.line - 1 : 0), field: key, message: said('malformedMessage', (e as Error).message), found: JSON.stringify(source) }));
    }
  }
  return out;
}

/** The catalog of a language across the template folders: a user folder's entry replaces the built-in one of the same key. */
export function loadCatalog(dirs: string[], lang: string, problems: Problem[]): Catalog {
  const messages = new Map<string, Message>();
  const files: string[] = [];
  for (const d of [...dirs].reverse()) {
    const f = join(d, 'i18n', `${lang}.yaml`);
    if (!existsSync(f)) continue;
    files.unshift(f);
    for (const msg of readCatalogFile(f, lang, problems)) messages.set(msg.key, msg);
  }
  return { lang, messages, files };
}

/** Keys in `lang` that the reference catalog lacks, and keys of the reference that `lang` lacks. */
export function compareCatalogs(reference: Catalog, other: Catalog): Problem[] {
  const problems: Problem[] = [];
  const file = other.files.at(-1) ?? join('i18n', `${other.lang}.yaml`);
  for (const [key, msg] of reference.messages) {
    if (!other.messages.has(key)) problems.push(spoken({ code: 'E_TEMPLATE', file, field: key, message: said('messageMissingIn', key, other.lang), expected: said('translationOf', `${msg.file}:${msg.line}`) }));
  }
  for (const [key, msg] of other.messages) {
    if (!reference.messages.has(key)) problems.push(spoken({ code: 'E_TEMPLATE', file: msg.file, line: msg.line, field: key, message: said('messageNotIn', key, reference.lang), hint: near(key, reference.messages.keys()) ?? said('removeOrAdd', reference.files.at(-1) ?? reference.lang) }));
  }
  return problems;
}

/** One use of a message by a template: its key and the names of the arguments passed. */
export interface MessageUse { key: string; args: string[]; file: string; line?: number }

/**
 * Problems of one use against the catalogs of every language: an unknown key, an argument no
 * language's message takes (a typo), an argument a language's message needs and the use does not pass.
 */
export function useProblems(use: MessageUse, catalogs: Catalog[]): Omit<Problem, 'file' | 'line'>[] {
  const problems: Omit<Problem, 'file' | 'line'>[] = [];
  const found = catalogs.map((c) => ({ c, msg: c.messages.get(use.key) }));
  if (found.every((x) => !x.msg)) {
    return [spoken({ code: 'E_TEMPLATE', message: said('noMessageInCatalogs', use.key), found: use.key, hint: near(use.key, catalogs[0]?.messages.keys() ?? []) ?? said('addTo', ...catalogs.map((c) => c.files.at(-1) ?? c.lang)) })];
  }
  const taken = new Set(found.flatMap((x) => (x.msg ? [...x.msg.args] : [])));
  for (const a of use.args) {
    if (!taken.has(a)) problems.push(spoken({ code: 'E_TEMPLATE', message: said('noArgument', use.key, a), found: a, expected: [...taken].join(', ') || said('noArguments'), hint: near(a, taken) }));
  }
  for (const { c, msg } of found) {
    if (!msg) continue;
    for (const a of msg.args) if (!use.args.includes(a)) problems.push(spoken({ code: 'E_TEMPLATE', message: said('needsArgument', use.key, c.lang, `${msg.file}:${msg.line}`, a), expected: a }));
  }
  return problems;
}

/** Keys of the catalog no template uses. */
export function unusedProblems(catalog: Catalog, used: Set<string>): Problem[] {
  return [...catalog.messages.values()].filter((m) => !used.has(m.key))
    .map((m) => spoken({ code: 'E_TEMPLATE' as const, file: m.file, line: m.line, field: m.key, message: said('unusedMessage', m.key) }));
}
