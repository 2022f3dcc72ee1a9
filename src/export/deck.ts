// The results deck's files: the slide model (render/deck, made by build()) → deck.pptx (pptxgenjs)
// and deck.pdf (the same slides as HTML, printed by Chromium). Both files come from one model, slide for slide.
import type { DeckModel } from '../render/deck/contract.js';
import { deckPptx } from './pptx.js';
import { deckPdf } from './deck-pdf.js';
import type { Printer } from './browser.js';

export interface Deck { pptx: Uint8Array; pdf: Uint8Array }

/** `printer` may be a promise: deck.pptx is made while the browser starts. */
export async function deckFiles(model: DeckModel, printer: Printer | Promise<Printer>): Promise<Deck> {
  const [pptx, pdf] = await Promise.all([deckPptx(model), Promise.resolve(printer).then((p) => deckPdf(model, p))]);
  return { pptx, pdf };
}
