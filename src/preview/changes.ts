// The review: what differs from the last package built into out/ for the same period and audience.
// Figures whose value or display changed (old → new, with the source of the change), figures added
// or no longer shown, and the sentences of the documents that read differently: the package's own
// sentences where the preview saw the files it was built from (at its start, or when its Build
// button built it), so that an edit of a template alone is listed too; otherwise the current
// templates rendered with the package's figures and with the current ones.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Figure, FiguresFile } from '../contract/figures.js';
import type { FigureSet } from '../render/figure-set.js';
import { figureDetail, findFigure, type SourceDetail } from './figure-detail.js';
import { buildProfile, deckHtmlOf, inputsFor, releaseHtml, templateDirsOf, type DocumentName, type PreviewConfig, type Rendered, type Selection } from './render.js';
import { packageInputsHash, readManifest } from '../export/manifest.js';
import { localeDirs } from '../build.js';
import { cacheMap } from '../cache/registry.js';

export interface FigureChange {
  id: string; label: string; periodLabel: string;
  change: 'changed' | 'added' | 'removed';
  old?: { value: string; display: string };
  new?: { value: string; display: string };
  /** where the new value comes from: its sources the package's figure did not have, or the inputs that changed */
  sources: SourceDetail[];
  inputs: string[];
}

export interface SentenceChange { document: 'release' | 'deck'; before?: string; after?: string }

export interface Changes {
  /** the package compared with (out/<company>/<period>/<audience>/), or undefined when none was built */
  package?: string;
  builtAt?: string;
  figures: FigureChange[];
  sentences: SentenceChange[];
}

const sameSources = (a: Figure, b: Figure) => JSON.stringify(a.sources) === JSON.stringify(b.sources);
const differs = (a: Figure, b: Figure) => a.value !== b.value || a.display !== b.display;

function readPackage(dir: string): { file: FiguresFile; builtAt?: string } | undefined {
  try {
    const file = JSON.parse(readFileSync(join(dir, 'figures.json'), 'utf8')) as FiguresFile;
    let builtAt: string | undefined;
    try { builtAt = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).documents?.['figures.json']?.builtAt; } catch { /* no manifest */ }
    return { file, builtAt };
  } catch { return undefined; }
}

/** The figures that differ between the package's figures.json and the figures the documents show now. */
export function figureChanges(old: FiguresFile, figures: FigureSet, shown: Iterable<string>, r: Rendered): FigureChange[] {
  const before = new Map(old.figures.map((f) => [f.id, f]));
  const ids = [...new Set([...before.keys(), ...shown])];
  const out: FigureChange[] = [];
  for (const id of ids) {
    const o = before.get(id); const n = findFigure(figures, id);
    if (o && n && !differs(o, n)) continue;
    if (!o && !n) continue;
    const f = (n ?? o)!;
    const detail = n ? figureDetail(figures, r.data, id) : undefined;
    const inputs = (n?.inputs ?? []).filter((i) => { const a = before.get(i); const b = findFigure(figures, i); return a && b && differs(a, b); });
    // a figure changed at its source (its data line now), or through the inputs it is computed from
    const sources = detail && (!inputs.length || !o || !sameSources(o, n!)) ? detail.sources : [];
    out.push({
      id, label: f.label, periodLabel: f.periodLabel, change: o && n ? 'changed' : n ? 'added' : 'removed',
      old: o && { value: o.value, display: o.display }, new: n && { value: n.value, display: n.display },
      sources, inputs,
    });
  }
  return out;
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&');

/** The sentences of a document's paragraphs and list items, in order. */
export function sentences(html: string): string[] {
  const body = html.replace(/<(style|svg|head|script)\b[\s\S]*?<\/\1>/gi, '');
  const out: string[] = [];
  for (const m of body.matchAll(/<(p|li)\b[^>]*>([\s\S]*?)<\/\1>/gi)) {
    const text = decode(m[2].replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
    if (text) out.push(...text.split(/(?<=[.。])\s+/).map((s) => s.trim()).filter(Boolean));
  }
  return out;
}

function sentenceChanges(document: SentenceChange['document'], before: string[], after: string[]): SentenceChange[] {
  const a = new Set(after); const b = new Set(before);
  const gone = before.filter((s) => !a.has(s)); const came = after.filter((s) => !b.has(s));
  return Array.from({ length: Math.max(gone.length, came.length) }, (_, i) => ({ document, before: gone[i], after: came[i] }));
}

/** The documents' sentences with the package's figures in place of the current ones. */
async function oldSentences(c: PreviewConfig, sel: Selection, r: Rendered, old: FiguresFile): Promise<{ release: string[]; deck: string[] }> {
  const before = new Map(old.figures.map((f) => [f.id, f]));
  const cur = r.inputs.figures.file;
  const file: FiguresFile = { ...cur, figures: [...cur.figures.map((f) => before.get(f.id) ?? f), ...old.figures.filter((f) => !cur.figures.some((x) => x.id === f.id))] };
  const { inputs } = inputsFor(c, sel, file);
  const [release, deck] = await Promise.all([r.release ? releaseHtml(inputs) : undefined, r.deck ? deckHtmlOf(inputs) : undefined]);
  return { release: release ? sentences(release.html) : [], deck: deck ? sentences(deck.html) : [] };
}

/** The sentences of each document of a package, by the package's inputs hash and the document. */
const packageSentences = cacheMap<string, string[]>({ name: "built packages' sentences", keyedBy: "the package's inputs hash and the document", max: 64 });

/**
 * When the package in out/ was built from the files as they are now (its manifest's inputs hash is
 * theirs), the sentences of this render are the package's: kept for the changes view.
 */
export function notePackage(c: PreviewConfig, sel: Selection, r: Rendered): void {
  const built = readManifest(join(c.outDir, c.company, r.period, sel.audience))?.inputs;
  const docs = (['release', 'deck'] as DocumentName[]).filter((d) => r[d] && built && !packageSentences.has(`${built}\0${d}`));
  if (!docs.length) return;
  const profile = buildProfile(c, sel);
  if (r.lang !== profile.language) return;
  const now = packageInputsHash(r.data.root, localeDirs(templateDirsOf(c), profile.language), { company: c.company, period: r.period, audience: sel.audience, profile });
  if (now !== built) return;
  for (const d of docs) packageSentences.set(`${built}\0${d}`, sentences(r[d]!.html));
  if (packageSentences.size > 64) packageSentences.delete(packageSentences.keys().next().value!);
}

export async function changesFor(c: PreviewConfig, sel: Selection, r: Rendered): Promise<Changes> {
  const dir = join(c.outDir, c.company, r.period, sel.audience);
  const pkg = readPackage(dir);
  if (!pkg) return { figures: [], sentences: [] };
  const figures = figureChanges(pkg.file, r.inputs.figures, r.inputs.figures.asked, r);
  const built = readManifest(dir)?.inputs;
  const own = (d: DocumentName) => (built ? packageSentences.get(`${built}\0${d}`) : undefined);
  let sentencesChanged: SentenceChange[] = [];
  if (own('release') || own('deck')) {
    // the package's own sentences (a template edited alone is listed too)
    for (const d of ['release', 'deck'] as DocumentName[]) {
      const before = own(d);
      if (before && r[d]) sentencesChanged.push(...sentenceChanges(d, before, sentences(r[d]!.html)));
    }
  } else if (figures.length) {
    const before = await oldSentences(c, sel, r, pkg.file);
    sentencesChanged = [
      ...sentenceChanges('release', before.release, r.release ? sentences(r.release.html) : []),
      ...sentenceChanges('deck', before.deck, r.deck ? sentences(r.deck.html) : []),
    ];
  }
  return { package: dir, builtAt: pkg.builtAt, figures, sentences: sentencesChanged };
}
