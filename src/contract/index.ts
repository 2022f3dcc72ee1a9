/**
 * The contract between QuarterDeck's stages: the types one stage hands the next, in pipeline order.
 * A stage reads what the stage before it made through these types only.
 *
 *   1. raw data        load/      data/<company>/ as read: company, taxonomy, facts, errata, narrative   raw-data.ts
 *   2. analysis        calc/      every value known (printed or derived exactly), the ledger, problems    analysis.ts
 *   3. figures         model/     figures.json: each figure with display, kind, formula and sources       figures.ts
 *   4. document inputs render/    figures, labels, narrative and the template stage's TemplateSet         document-inputs.ts
 *                                 (the TemplateSet itself: template/template-set.ts)
 *   5. charts          render/    a chart's kind, its binding to figures, and the data both renderers draw chart.ts
 *   6. deck model      render/    the slide model export/ lays out as deck.pptx and deck.pdf              deck.ts
 *   7. documents       export/    what a package's build returns: files, figures, what each document left out  documents.ts
 *
 * Import from the file of the contract you need (`contract/figures.js`); this index lists them all.
 */
export type * from './raw-data.js';
export type * from './analysis.js';
export type * from './figures.js';
export type * from './document-inputs.js';
export * from './chart.js';
export * from './deck.js';
export type * from './documents.js';
