// A chart spec's words from the catalog: any string "t:<key>" in the spec (the binding's title and
// series labels, axis titles …) becomes the message of that key in the document's language, as text.
// An unknown key is a TemplateFault naming the spec file and the line the key is written on.
import { near, said, spoken, type Problem } from '../errors/problem.js';
import type { Catalog } from './catalog.js';
import { formatMessage } from './format-message.js';

export const KEY_PREFIX = 't:';

/** Every "t:<key>" string of a JSON value, with its path. */
export function specKeys(value: unknown, path: string[] = [], out: { key: string; path: string }[] = []): { key: string; path: string }[] {
  if (typeof value === 'string' && value.startsWith(KEY_PREFIX)) out.push({ key: value.slice(KEY_PREFIX.length), path: path.join('.') });
  else if (Array.isArray(value)) value.forEach((v, i) => specKeys(v, [...path, String(i)], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) specKeys(v, [...path, k], out);
  return out;
}

/** The spec with its "t:" strings replaced by the catalog's messages, and a problem per unknown key; `text` is the file's text (for lines). */
export function localizeSpec<T>(spec: T, catalog: Catalog, file: string, text: string): { spec: T; problems: Problem[] } {
  const problems: Problem[] = [];
  const lineOf = (key: string) => { const i = text.indexOf(`"${KEY_PREFIX}${key}"`); return i < 0 ? undefined : text.slice(0, i).split('\n').length; };
  const walk = (v: unknown, path: string[]): unknown => {
    if (typeof v === 'string' && v.startsWith(KEY_PREFIX)) {
      const key = v.slice(KEY_PREFIX.length);
      const msg = catalog.messages.get(key);
      if (!msg) { problems.push(spoken({ code: 'E_TEMPLATE', file, line: lineOf(key), field: path.join('.'), message: said('noMessage', key, catalog.lang), found: v, hint: near(key, catalog.messages.keys()) })); return v; }
      return formatMessage(msg, {}, 'text');
    }
    if (Array.isArray(v)) return v.map((x, i) => walk(x, [...path, String(i)]));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, [...path, k])]));
    return v;
  };
  return { spec: walk(spec, []) as T, problems };
}
