// A message said by key: the name of a function of a language's word table and its arguments
// (plain values, so it crosses threads and JSON), said again in any language that has the table.

/** One message of the word table W: its key and the arguments its function takes. */
export type SaidOf<W> = { [K in keyof W]: W[K] extends (...a: infer A) => string ? { key: K; args: A } : never }[keyof W];

/** The message in the words of one language. */
export const sayIn = <W>(s: SaidOf<W>, words: W): string => (words[s.key] as (...a: unknown[]) => string)(...(s.args as unknown[]));

/** Parts (message, reason, …) given as a text or said by key: each part's text in `words`, and the keys of those said by key. */
export function partsIn<W, P extends string>(parts: Partial<Record<P, SaidOf<W> | string | undefined>>, words: W): { text: Partial<Record<P, string>>; says: Partial<Record<P, SaidOf<W>>> } {
  const text: Partial<Record<P, string>> = {}; const says: Partial<Record<P, SaidOf<W>>> = {};
  for (const [part, v] of Object.entries(parts) as [P, SaidOf<W> | string | undefined][]) {
    if (v === undefined) continue;
    if (typeof v === 'string') { text[part] = v; continue; }
    text[part] = sayIn(v, words); says[part] = v;
  }
  return { text, says };
}
