// What the deck stage hands to export/: the slide model, a plain description of every slide built
// from the template set and the figures (render/deck/build-model.ts deckModel), its theme, and the
// geometry both files lay it out by (the theme's regions, the paginator's measures: deck.pptx and
// deck.pdf put every box in the same place) and the chart colours. Both renderers (export/pptx.ts →
// deck.pptx, export/deck-pdf.ts → deck.pdf) read the deck through this module only, so the two files
// show the same content slide for slide.
import type { ChartData } from './chart.js';
import type { Theme } from '../template/theme-schema.js';
import type { NarrativeEntry } from './raw-data.js';
import type { Omission } from './documents.js';

export { region } from '../render/deck/region.js';
export { type Box, type Theme } from '../template/theme-schema.js';
export { bulletIndent, bulletSize, BULLET_GAP, CELL_PAD, chartBoxes, columnWidths, lineHeight, rowHeight, tableFont } from '../render/deck/paginate.js';
export { type DeckRow } from '../render/deck/charts.js';
export { seriesColor } from '../render/chart/colours.js';

/** Where a piece of text came from: a seed line, or a template line. */
export interface Provenance { file: string; line?: number; what: string }

export interface Run { text: string; bold?: boolean; color?: 'primary' | 'accent' | 'muted' | 'up' | 'down' }

export interface Bullet {
  runs: Run[];
  level: number;
  /** heading: a bold line without a bullet; bullet: a marker by level; plain: no marker */
  style: 'heading' | 'bullet' | 'plain' | 'note';
}

export interface Cell { text: string; align?: 'left' | 'right' | 'center'; bold?: boolean }
export interface TableRow { cells: Cell[]; style?: 'total' | 'sub' | 'group' }
export interface TableColumn { header: string; align: 'left' | 'right' | 'center'; width: number }

export interface BulletsBlock { kind: 'bullets'; area: string; items: Bullet[]; fontScale?: number }
export interface TableBlock {
  kind: 'table'; area: string; caption?: string;
  /** header rows (the last one names the columns); repeated on continuation slides */
  header: Cell[][];
  columns: TableColumn[];
  rows: TableRow[];
  dense?: boolean;
}
export interface ChartBlock {
  kind: 'chart'; area: string; name: string; caption?: string;
  /** the company's notes on figures its regrouping restated (a footnote of the slide) */
  restated?: string[];
  /** the preview's deck: its labels carry their figures' ids (chart/label-marks.ts) */
  marked?: boolean;
  /** the Vega-Lite spec (usermeta removed, theme applied), rendered to SVG for deck.pdf */
  spec: Record<string, unknown>;
  data: ChartData;
  /** data labels on bars / points, as the company prints them */
  labels: 'all' | 'total' | 'none';
  /** number format of values, Excel style, e.g. #,##0 */
  format: string;
  stacked: boolean;
  /** said on the slide when the chart uses coarser periods than asked for, or leaves some out */
  note?: string;
  /** valAxisMinVal: 0 unless values go negative */
  fromZero: boolean;
}
export interface TextBlock { kind: 'text'; area: string; paragraphs: string[]; size?: 'body' | 'small' }

export type Block = BulletsBlock | TableBlock | ChartBlock | TextBlock;

export interface Slide {
  id: string;
  layout: 'cover' | 'agenda' | 'section' | 'content';
  /** the company's numbering: "I.", "II-3." */
  number?: string;
  title: string;
  /** cover: period line, date, tagline; section: agenda entries */
  subtitle?: string;
  lines?: string[];
  unit?: string;
  blocks: Block[];
  footnotes: string[];
  /** speaker notes: the sources of every figure and text on the slide */
  notes: string;
  continued?: boolean;
  /** slidev-style: which template made this slide */
  origin: { file: string; line?: number };
}

export interface DeckModel {
  theme: Theme;
  /** theme folder, for the logo files */
  themeDir: string;
  lang: string;
  title: string;
  company: string;
  footer: string;
  /** the audience's marking ("Confidential"), printed on every slide of deck.pptx and deck.pdf */
  marking?: string;
  slides: Slide[];
  /** slides, blocks or items left out because the data does not hold their figures */
  omitted: { slide: string; what: string; reason: string; entry?: NarrativeEntry; conditional?: boolean; says?: Omission['says'] }[];
  /** the narrative entries the deck's slides print (export/package-omissions.ts counts them as printed) */
  narrated?: NarrativeEntry[];
}
