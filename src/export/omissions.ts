// What each document of a package left out, and why: the deck's omitted list (a slide, a bullet, a
// chart or a row without its figures or narrative), the release's narrative entries no template
// printed and texts the data has in another language only. `build` prints a short summary (one
// line each), the manifest lists them, and a strict build (`--strict`, `preflight: strict` in the
// config file, scheduled builds) fails on them before anything is written.
import type { DeckModel } from '../contract/deck.js';
import type { Omission } from '../contract/documents.js';
import { QuarterDeckError } from '../errors/problem.js';

/** What a strict build fails on: neither the template's own condition nor a section the audience leaves out by design. */
export const failsStrict = (o: Omission): boolean => !o.conditional && !o.notInAudience;

export function deckOmissions(model: Pick<DeckModel, 'omitted'>, file = 'deck.pptx'): Omission[] {
  return model.omitted.map((o) => ({ document: file, slide: o.slide, what: o.what, reason: o.reason, ...(o.says ? { says: o.says } : {}), ...(o.conditional ? { conditional: true } : {}) }));
}

/** The summary's name for what no document of the package prints. */
const PACKAGE = 'package';

/** One line: `deck.pptx, slide revenue: chart revenue-by-line — no figure "is.revenue.total" for FY2009`. */
export const formatOmission = (o: Omission) => `${o.document ?? PACKAGE}${o.slide ? `, slide ${o.slide}` : ''}: ${o.what} — ${o.reason}`;

/** The build's summary: a count per document, then one line each; a long run of one reason in one
 *  document shows its first lines and a count (the manifest's `omitted` lists every one). */
export function omissionSummary(all: Omission[], shown = 3): string[] {
  // what the audience leaves out by design is one line at most (the manifest lists each)
  const list = all.filter((o) => !o.notInAudience);
  const byDesign = notInAudienceLine(all.filter((o) => o.notInAudience));
  if (!list.length) return byDesign;
  const per = new Map<string, number>();
  for (const o of list) per.set(o.document ?? PACKAGE, (per.get(o.document ?? PACKAGE) ?? 0) + 1);
  const counts = [...per].map(([d, n]) => `${d} ${n}`).join(', ');
  // a slide left out whole is one line: what its blocks lacked is in the manifest
  const whole = new Set(list.filter((o) => o.slide && o.what === 'slide').map((o) => `${o.document}\u0000${o.slide}`));
  const lead = list.filter((o) => !o.slide || o.what === 'slide' || !whole.has(`${o.document}\u0000${o.slide}`));
  const groups = new Map<string, Omission[]>();
  for (const o of lead) groups.set(`${o.document}\u0000${o.reason}`, [...(groups.get(`${o.document}\u0000${o.reason}`) ?? []), o]);
  const lines = [...groups.values()].flatMap((g) => g.length > shown + 2
    ? [...g.slice(0, shown).map((o) => `  ${formatOmission(o)}`), `  … ${g.length - shown} more in ${g[0].document ?? `the ${PACKAGE}`} (${g[0].reason}): manifest.json lists every one`]
    : g.map((o) => `  ${formatOmission(o)}`));
  return [`left out: ${list.length} item${list.length === 1 ? '' : 's'} (${counts})`, ...lines, ...byDesign];
}

/** "not in this audience: 65 narrative entries (business-topics 12, reasons 40, …) — …" (none: no line). */
function notInAudienceLine(list: Omission[]): string[] {
  if (!list.length) return [];
  const per = new Map<string, number>();
  for (const o of list) { const s = /^narrative ([^:]+):/.exec(o.what)?.[1] ?? o.what; per.set(s, (per.get(s) ?? 0) + 1); }
  const sections = [...per].map(([s, n]) => `${s} ${n}`).join(', ');
  return [`not in this audience: ${list.length} narrative entr${list.length === 1 ? 'y' : 'ies'} (${sections}) — sections its documents do not include; manifest.json lists each`];
}

/** A strict build fails on omissions: one problem per omission, nothing written. */
export function omissionsError(list: Omission[], dir: string): QuarterDeckError {
  return new QuarterDeckError(list.map((o) => ({
    code: 'E_OMITTED' as const, file: o.document ? `${dir}/${o.document}` : dir, field: o.slide ? `slide ${o.slide}` : undefined,
    message: `left out ${o.what}: ${o.reason}`, hint: 'a strict build fails on what a document leaves out; build without --strict to see the package',
  })));
}
