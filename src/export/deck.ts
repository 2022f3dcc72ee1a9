// The results deck: figures → slide model (render/deck) → deck.pptx (pptxgenjs) and deck.pdf
// (the same slides as HTML, printed by Chromium). Both files come from one model, slide for slide.
import type { DocumentInputs } from '../render/inputs.js';
import { deckModel } from '../render/deck/build-model.js';
import type { DeckModel } from '../render/deck/model.js';
import { deckPptx } from './pptx.js';
import { cachedPptx } from './pptx-cache.js';
import { deckPdf } from './deck-pdf.js';
import type { Printer } from './browser.js';

export interface Deck { pptx: Uint8Array; pdf: Uint8Array; model: DeckModel }

/** `printer` may be a promise: the slide model (and every template fault) comes before the browser is awaited. */
export async function buildDeck(inputs: DocumentInputs, printer: Printer | Promise<Printer>): Promise<Deck> {
  const model = deckModel(inputs);
  // the PDF's HTML goes to the browser first, so that Chromium prints while this thread writes the PPTX
  const pdf = Promise.resolve(printer).then((p) => deckPdf(model, p));
  pdf.catch(() => undefined);
  const pptx = await cachedPptx(model, () => deckPptx(model));
  return { pptx, pdf: await pdf, model };
}
