// What the release's helpers share while one release is rendered: the figures, the period's shape,
// the narrative, the footnotes and the company texts. Made once per release (index.ts); each
// helpers/ module registers the helpers of one concern against it.
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { DocumentInputs, Untranslated } from '../../contract/document-inputs.js';
import type { FigureSet } from '../figure-set.js';
import type { Narrative } from '../../contract/raw-data.js';
import type { ReleaseTemplates } from '../../template/release-layouts.js';
import type { BuildContext } from './tables.js';
import type { ReleaseShape } from './shape.js';
import type { Notes } from './notes.js';
import type { NarrativeText } from './narrative.js';
import type { CompanyTexts } from './company-texts.js';
import type { LeftOutList } from './current-column.js';
import { escapeAttr } from '../../format/escape.js';

/** Text for the release's HTML, safe in element text and in attribute values. */
export const esc = escapeAttr;

export interface ReleaseEnv {
  hb: typeof Handlebars;
  inputs: DocumentInputs;
  /** the figures, checked: a key no item has is a TemplateFault */
  figures: FigureSet;
  t: ReleaseTemplates;
  shape: ReleaseShape;
  /** the document's period */
  period: string;
  narrative?: Narrative;
  text: NarrativeText;
  notes: Notes;
  texts: CompanyTexts;
  /** the tables' context (tables.ts, equity.ts) */
  ctx: BuildContext;
  /** the USD convenience rate at the period's end, when the company has one */
  rate?: { date: string; rate: string };
  untranslated: Untranslated[];
  /** what the tables left out for want of current-period figures */
  leftOut: LeftOutList;
}

/** The options Handlebars passes a helper: its hash, and a block's bodies. */
export type Options = { hash: Record<string, unknown>; data?: Record<string, unknown>; fn?: (ctx: unknown, opts?: { data?: Record<string, unknown> }) => string; inverse?: (ctx: unknown) => string };

export const safe = (s: string) => new Handlebars.SafeString(s);

/** Helper arguments: (key, [role], options) as in render/helpers.ts. */
export function argsOf(a: unknown[]): { o: Options; pos: string[]; role: string | undefined } {
  const o = a[a.length - 1] as Options; const pos = a.slice(0, -1).map(String);
  return { o, pos, role: (o.hash.period as string | undefined) ?? pos[1] };
}

/** A property of a template-named path: own properties only, never the prototype's (constructor, __proto__). */
export function own(o: any, k: string): any {
  return o !== null && typeof o === 'object' && Object.hasOwn(o, k) ? o[k] : undefined;
}

/** The line of a file on which `needle` is first written. */
export function lineOfText(file: string, needle: string): number | undefined {
  const text = readFileSync(file, 'utf8');
  const i = text.indexOf(needle);
  return i < 0 ? undefined : text.slice(0, i).split('\n').length;
}
