// pptxgenjs 4.0.1 numbers a slide's shapes by their place on the slide (idx + 2), but a table by
// `tableNumber × slideNumber + 1` and the slide-number placeholder always as 25: a table on
// slide 24, or a slide with 23 shapes, has two shapes with one id, which PowerPoint repairs.
// We give every repeated id a new one above the slide's highest (first holder keeps its id).
import { mendParts, UnexpectedMarkup, type Fix } from './fix.js';

export const shapeIds: Fix = {
  id: 'shape-ids',
  defect: 'shape ids repeated on a slide (a table\'s id is tableNumber × slideNumber + 1, the slide number\'s always 25)',
  kind: 'defect',
  apply: (parts) => mendParts(parts, /^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/, (xml, part) => {
    const ids = [...xml.matchAll(/<p:cNvPr\b[^>]*?\bid="(\d+)"/g)].map((m) => Number(m[1]));
    if (new Set(ids).size === ids.length) return { xml, mended: 0 };
    // a shape id referred to by an animation or a connector would need renumbering there too
    if (/\bspid="|<a:(stCxn|endCxn)\b/.test(xml)) throw new UnexpectedMarkup('shape-ids', part, 'repeated shape ids on a slide that refers to shapes by id');
    let next = Math.max(...ids) + 1;
    const seen = new Set<number>();
    let mended = 0;
    const out = xml.replace(/(<p:cNvPr\b[^>]*?\bid=")(\d+)"/g, (_all, head: string, id: string) => {
      const n = Number(id);
      if (!seen.has(n)) { seen.add(n); return `${head}${id}"`; }
      mended++;
      seen.add(next);
      return `${head}${next++}"`;
    });
    return { xml: out, mended };
  }),
};
