// The preview's renders: one per selection and version of the files (a saved file is a new
// version), the last good render of each selection kept for when the files are at fault.
import { relative, sep } from 'node:path';
import { faultError } from '../cli/fault.js';
import { formatProblemIn, inLanguage, type Problem } from '../errors/problem.js';
import { profileFor, renderSelection, templateDirsOf, type DocumentName, type PreviewConfig, type Rendered, type Selection } from './render.js';

export interface Fault {
  code: string; file?: string; line?: number; field?: string; message: string;
  expected?: string; found?: string; hint?: string; text: string;
}

export interface View {
  version: number;
  /** the render shown: this version's, or when it is at fault the last good one */
  rendered?: Rendered;
  /** the render shown is of an earlier version (this one is at fault) */
  stale: boolean;
  faults: Fault[];
}

export const selectionKey = (s: Selection) => [s.audience, s.period ?? '', s.lang ?? '', s.theme ?? ''].join('\0');

/** A problem as the overlay shows it: paths relative to the working directory; its words in the preview's language. */
export function faultOf(problem: Problem, cwd = process.cwd(), lang?: string): Fault {
  const p = inLanguage(problem, lang);
  const rel = p.file && p.file.startsWith('/') ? relative(cwd, p.file) : p.file;
  const file = rel?.startsWith('..') ? p.file : rel;
  return { code: p.code, file, line: p.line, field: p.field, message: p.message, expected: p.expected, found: p.found, hint: p.hint, text: formatProblemIn({ ...problem, file }, lang) };
}

/** The preview's language for a selection: the switcher's, else the audience's (English when the profile is at fault). */
export function languageOf(config: PreviewConfig, sel: Selection): string {
  if (sel.lang) return sel.lang;
  try { return profileFor(config, sel).language; } catch { return 'en'; }
}

/** Are all of `files` the release's templates (a folder's release/, or a language's copy of it)? The deck reads none of them. */
export function releaseOnly(files: string[], dirs: string[]): boolean {
  return files.length > 0 && files.every((f) => dirs.some((d) => {
    const rel = relative(d, f);
    if (rel.startsWith('..') || rel.startsWith(sep)) return false;
    const parts = rel.split(sep);
    return (parts[0] === 'locales' ? parts[2] : parts[0]) === 'release' && parts.length > (parts[0] === 'locales' ? 3 : 1);
  }));
}

export class PreviewState {
  version = 0;
  private views = new Map<string, Promise<View>>();
  /** the views rendered without a fault at this version, by key */
  private settled = new Map<string, View>();
  private good = new Map<string, Rendered>();

  /** called with every good render (the server notes the package's sentences with it) */
  onRendered?: (sel: Selection, rendered: Rendered, version: number) => void;

  constructor(readonly config: PreviewConfig) {}

  /**
   * The files changed: renders from now on are of a new version. A save of the release's templates
   * alone keeps the deck as it was rendered (without a fault) at the last version: nothing it reads changed.
   */
  bump(files: string[] = []): number {
    const version = ++this.version;
    const kept = releaseOnly(files, templateDirsOf(this.config)) ? [...this.settled].filter(([key]) => key.endsWith('\0deck')) : [];
    this.views.clear();
    this.settled.clear();
    for (const [key, v] of kept) { const again = { ...v, version }; this.views.set(key, Promise.resolve(again)); this.settled.set(key, again); }
    return version;
  }

  /** The selection's view of one document (or both) at the current version (rendered once per version). */
  view(sel: Selection, doc?: DocumentName): Promise<View> {
    const key = `${selectionKey(sel)}\0${doc ?? ''}`;
    let v = this.views.get(key);
    if (!v) {
      const version = this.version;
      v = this.render(sel, key, version, doc);
      this.views.set(key, v);
      void v.then((x) => { if (this.version === version && !x.stale && !x.faults.length && this.settled.size < 32) this.settled.set(key, x); });
      if (this.views.size > 32) this.views.delete(this.views.keys().next().value!);
    }
    return v;
  }

  private async render(sel: Selection, key: string, version: number, doc?: DocumentName): Promise<View> {
    try {
      const rendered = await renderSelection(this.config, sel, doc);
      this.good.set(key, rendered);
      try { this.onRendered?.(sel, rendered, version); } catch { /* a note is no part of the render */ }
      return { version, rendered, stale: false, faults: [] };
    } catch (e) {
      const lang = languageOf(this.config, sel);
      const faults = faultError(e).problems.map((p) => faultOf(p, process.cwd(), lang));
      return { version, rendered: this.good.get(key), stale: true, faults };
    }
  }
}
