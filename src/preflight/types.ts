// The preflight's contract: the text of the documents a build wrote, what the checks know about the
// period, and what they find (with the page or slide).
import type { FiguresFile } from '../contract/figures.js';
import type { LabelEra } from '../contract/raw-data.js';

/** One page of release.pdf or deck.pdf, or one slide of deck.pptx. */
export interface Page {
  /** 1-based page or slide number */
  n: number;
  /** the page's text, in reading order */
  text: string;
  /** PPTX: paragraphs with their outline level (a bullet's depth) */
  paragraphs?: { text: string; level: number }[];
  /** PPTX: tables, rows of cell texts */
  tables?: string[][][];
}

export interface DocText { file: string; kind: 'pdf' | 'pptx'; pages: Page[] }

/** snapshot: the date is the list's as-of date (a group-company list), not the item's own */
export interface DatedItem { list: string; date: string; text: string; snapshot?: boolean }

export interface PreflightContext {
  figures: FiguresFile;
  /** the document's language */
  lang: string;
  /** item id → label in force for the document's fiscal year */
  labels: Map<string, string>;
  /** the wording of other years the document must not print */
  notInForce: { item: string; label: string; inForce: string; era: LabelEra | 'current' }[];
  /** the document's window: content dated from `from` to `to` belongs to it (ISO dates) */
  window: { from: string; to: string };
  /** fiscal-year ends a document may name (the year's own, the next year's targets) */
  yearEnds: string[];
  /** dated list items (press releases, a list's as-of date) with a text that identifies them */
  dated: DatedItem[];
  /** the phrases that are notes to the author, as message patterns */
  authorNotes: RegExp[];
}

export type Severity = 'error' | 'warning';
export type FindingCode = 'sign' | 'precision' | 'dated' | 'author-note' | 'empty' | 'label' | 'repeated';

export interface Finding { code: FindingCode; severity: Severity; file: string; page: number; message: string; text: string; /** the message's key and arguments (preflight/messages.ts findingWords) */ says?: { key: string; args: string[] } }
