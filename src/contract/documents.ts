// Documents: what a package's build hands back (build() → the CLI, batch, schedule, the worker and
// the preview) — the files written, the figures, what the preflight found and what each document
// left out, and why (export/omissions.ts).
import type { FiguresFile } from './figures.js';
import type { Finding } from '../preflight/types.js';
import type { OmissionSaid } from '../messages/omissions-en.js';

/** What a document of the package left out, and why. */
export interface Omission {
  /** the document's file name: deck.pptx, release.pdf; none for what no document of the package
   *  prints (a narrative entry: export/package-omissions.ts) */
  document?: string;
  /** the deck's slide id */
  slide?: string;
  what: string;
  reason: string;
  /** `what` and `reason` by key (messages/omissions-en.ts) and arguments: the manifest can be read in either language */
  says?: { what?: OmissionSaid; reason?: OmissionSaid };
  /** the template's own condition (a `needs:` the data does not meet): listed, but a strict build does not fail on it */
  conditional?: boolean;
  /** a narrative entry of a section the audience's documents do not include (export/audience-sections.ts):
   *  listed, summarised in one line, and a strict build does not fail on it */
  notInAudience?: boolean;
}

/** What build() returns: the files written, the period, the figures, and what the documents left out. */
export interface BuildResult {
  outputs: string[]; period: string; figures: FiguresFile;
  /** documents of the previous package kept (same inputs) and removed (built from other inputs) */
  kept?: string[]; removed?: string[];
  /** what the preflight found in the documents (errors stop the build: only warnings arrive here) */
  findings?: Finding[];
  /** what each document left out, and why (export/omissions.ts) */
  omitted?: Omission[];
}
