// The shape of a deck theme (templates/deck/theme.yaml, deck/themes/<name>.yaml): colours, fonts,
// logo, footer and the layouts of the slide master. The types the deck renderers read; the files
// are read and layered by theme.ts.
import { z } from 'zod';

export const box = z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number() }).strict();
const hex = z.string().regex(/^[0-9A-Fa-f]{6}$/, 'a hex colour like 12306B');

export const themeSchema = z.object({
  name: z.string(),
  slide: z.object({ width: z.number(), height: z.number() }).strict(),
  fonts: z.object({ latin: z.string(), eastAsian: z.string(), fallback: z.array(z.string()) }).strict(),
  colors: z.object({
    primary: hex, primaryText: hex, accent: hex, text: hex, muted: hex, rule: hex, tableStripe: hex, tableTotal: hex, background: hex, up: hex, down: hex,
    /** the audience's marking ("Confidential") on content slides; on cover and dividers it is primaryText */
    marking: hex,
  }).strict(),
  chart: z.object({ palette: z.array(hex).min(1), line: hex, increase: hex, decrease: hex, total: hex, fontSize: z.number(), labelFontSize: z.number() }).strict(),
  sizes: z.object({
    title: z.number(), heading: z.number(), body: z.number(), bullet: z.array(z.number()).min(1), table: z.number(), tableDense: z.number(),
    unit: z.number(), footnote: z.number(), footer: z.number(), coverTitle: z.number(), coverSubtitle: z.number(), sectionTitle: z.number(),
  }).strict(),
  logo: z.object({ file: z.string(), png: z.string(), width: z.number(), height: z.number() }).strict(),
  footer: z.object({ text: z.string() }).strict(),
  layouts: z.object({
    cover: z.object({ background: z.string(), band: box, period: box, title: box, company: box, date: box, tagline: box, logo: box }).strict(),
    section: z.object({ background: z.string(), title: box }).strict(),
    content: z.object({ titleBar: box, title: box, logo: box, unit: box, body: box, footnotes: box, footer: box, number: box, rule: box }).strict(),
    /** where the audience's marking sits on every slide */
    marking: box,
    regions: z.record(z.string(), z.tuple([z.number(), z.number(), z.number(), z.number()])),
  }).strict(),
}).strict();

export type Theme = z.infer<typeof themeSchema>;
export type Box = z.infer<typeof box>;
