// The IIJ data, analysed once, and a deck's inputs for a period (shared by the deck tests).
import { join } from 'node:path';
import { prepare } from '../../src/build.js';
import type { analyse } from '../../src/calc/analyse.js';
import { figuresOf } from '../support/figures.js';
import { en } from '../../src/messages/en.js';
import { makeInputs } from '../../src/render/inputs.js';
import type { DocumentInputs } from '../../src/contract/document-inputs.js';
import { deckModel } from '../../src/render/deck/build-model.js';
import type { DeckModel } from '../../src/contract/deck.js';
import type { CompanyData } from '../../src/contract/raw-data.js';
import type { FiguresFile } from '../../src/contract/figures.js';
import { dataDir, root } from '../helpers.js';

/** The analysed IIJ data: once per process (prepare() keeps it by the data's content). */
export function iij(): { data: CompanyData; analysis: ReturnType<typeof analyse> } {
  return prepare(dataDir, 'iij');
}

const cache = new Map<string, { figures: FiguresFile; inputs: DocumentInputs; model: DeckModel }>();
/** figures.json, the renderer's inputs and the slide model of the IIJ deck for a period. */
export function deckFor(period: string): { figures: FiguresFile; inputs: DocumentInputs; model: DeckModel } {
  let c = cache.get(period);
  if (!c) {
    const { data, analysis } = iij();
    const figures = figuresOf(analysis.ledger, period, en);
    const inputs = makeInputs(data, figures, en, [join(root, 'templates')], 'investors');
    c = { figures, inputs, model: deckModel(inputs) };
    cache.set(period, c);
  }
  return c;
}

/** Every piece of text a slide shows (title, unit, bullets, cells, chart labels, notes under charts, footnotes). */
export function slideText(s: DeckModel['slides'][number]): string {
  const parts: string[] = [s.number ?? '', s.title, s.subtitle ?? '', ...(s.lines ?? []), s.unit ?? '', ...s.footnotes];
  for (const b of s.blocks) {
    if (b.kind === 'bullets') parts.push(...b.items.map((i) => i.runs.map((r) => r.text).join('')));
    if (b.kind === 'table') parts.push(b.caption ?? '', ...b.header.flat().map((c) => c.text), ...b.rows.flatMap((r) => r.cells.map((c) => c.text)));
    if (b.kind === 'text') parts.push(...b.paragraphs);
    if (b.kind === 'chart') parts.push(b.caption ?? '', b.note ?? '', ...b.data.rows.map((r) => r.label), ...b.data.periods);
  }
  return parts.join('\n');
}
