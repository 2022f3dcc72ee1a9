// What the deck stage hands to export/: the slide model (model.ts), its theme and the geometry both
// files lay it out by (the theme's regions, the paginator's measures: deck.pptx and deck.pdf put every
// box in the same place), and the chart colours. export/ reads the deck through this module only; build()
// makes the model (build-model.ts deckModel) and hands it to export/deck.ts.
export type { Block, BulletsBlock, ChartBlock, DeckModel, Slide, TableBlock, TextBlock } from './model.js';
export { region } from './region.js';
export { type Box, type Theme } from '../../template/theme-schema.js';
export { bulletIndent, bulletSize, BULLET_GAP, CELL_PAD, chartBoxes, columnWidths, lineHeight, rowHeight, tableFont } from './paginate.js';
export { seriesColor, type DeckRow } from './charts.js';
