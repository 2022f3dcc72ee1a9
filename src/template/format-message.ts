// A catalog message with its arguments, as HTML (the release) or plain text (slides, charts).
// The message's own text is escaped for HTML; an argument is escaped unless it is already HTML
// (a Handlebars SafeString, as helpers return); the tags of MESSAGE_TAGS become HTML tags or vanish.
import type { Message } from './catalog.js';
import { MESSAGE_TAGS } from './catalog.js';
import { escapeAttr as esc } from '../format/escape.js';

const isHtml = (v: unknown): v is { toHTML(): string } => typeof v === 'object' && v !== null && typeof (v as { toHTML?: unknown }).toHTML === 'function';

/** What a selector argument chooses by: true → "true", a number stays a number, nothing → "other". */
function selectorValue(v: unknown): string | number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return String(v);
  if (v === undefined || v === null || v === '') return 'other';
  return isHtml(v) ? v.toHTML() : String(v);
}

export function formatMessage(msg: Message, args: Record<string, unknown>, mode: 'html' | 'text'): string {
  const printed: string[] = [];
  const values: Record<string, unknown> = {};
  for (const name of msg.args) {
    const v = args[name];
    if (msg.selectors.has(name)) { values[name] = selectorValue(v); continue; }
    // an argument goes in as a marker, so that the message's own text can be escaped around it
    const text = v === undefined || v === null ? '' : isHtml(v) ? v.toHTML() : mode === 'html' ? esc(String(v)) : String(v);
    values[name] = `\u0000${printed.push(text) - 1}\u0000`;
  }
  // a message of plain words (no argument, tag, quote or #) formats to its own text: its formatter
  // (a parse and a locale look-up when first made) is not needed
  if (!msg.args.size && !/[{}<>'#]/.test(msg.source)) return mode === 'html' ? esc(msg.source) : msg.source;
  for (const tag of MESSAGE_TAGS) values[tag] = (chunks: unknown[]) => `\u0001${tag}\u0002${chunks.join('')}\u0001/${tag}\u0002`;
  const raw = msg.format.format(values);
  const flat = Array.isArray(raw) ? raw.join('') : String(raw);
  const text = mode === 'html' ? esc(flat) : flat;
  return text
    .replace(/\u0001(\/?)([a-z]+)\u0002/g, (_, close: string, tag: string) => (mode === 'html' ? `<${close}${tag}>` : ''))
    .replace(/\u0000(\d+)\u0000/g, (_, i: string) => printed[Number(i)]);
}
