// The results deck's files: the slide model (render/deck, made by build()) → deck.pptx (pptxgenjs)
// and deck.pdf (the same slides as HTML, printed by Chromium). Both files come from one model, slide for slide.
import type { DeckModel } from '../contract/deck.js';
import { cachedPptx } from './pptx-cache.js';
import { deckPdf } from './deck-pdf.js';
import type { Printer } from './browser.js';

export interface Deck { pptx: Uint8Array; pdf: Uint8Array }

/** `printer` may be a promise: deck.pptx is made while the browser starts. */
export async function deckFiles(model: DeckModel, printer: Printer | Promise<Printer>): Promise<Deck> {
  // the PDF's HTML goes to the browser first, so that Chromium prints while this thread writes the PPTX
  // (read back from the cache when this program made the same deck before: export/pptx-cache.ts;
  // pptxgenjs and the finishing pass load only when it did not)
  const pdf = Promise.resolve(printer).then((p) => deckPdf(model, p));
  pdf.catch(() => undefined);
  const pptx = await cachedPptx(model, async () => (await import('./pptx.js')).deckPptx(model));
  return { pptx, pdf: await pdf };
}
