// pptxgenjs 4.0.1 writes a solid background as <p:bgPr><a:solidFill/></p:bgPr> with no effect
// list. The transitional schema lets that pass, but PowerPoint writes <a:effectLst/> there itself
// and treats a background without it as a problem to repair (gitbrent/PptxGenJS#1442): we add it.
import { mendParts, UnexpectedMarkup, type Fix } from './fix.js';

export const backgroundEffects: Fix = {
  id: 'background-effects',
  defect: 'p:bgPr with a fill and no a:effectLst, which PowerPoint repairs; gitbrent/PptxGenJS#1442',
  kind: 'defect',
  apply: (parts) => mendParts(parts, /^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/, (xml, part) => {
    let mended = 0;
    const out = xml.replace(/<p:bgPr>([\s\S]*?)<\/p:bgPr>/g, (all: string, body: string) => {
      if (/<a:(effectLst|effectDag)\b/.test(body)) return all;
      if (!/^<a:(noFill|solidFill|gradFill|blipFill|pattFill|grpFill)\b/.test(body)) throw new UnexpectedMarkup('background-effects', part, 'a p:bgPr that does not begin with a fill');
      if (body.includes('<p:extLst')) throw new UnexpectedMarkup('background-effects', part, 'a p:bgPr with an extension list');
      mended++;
      return `<p:bgPr>${body}<a:effectLst/></p:bgPr>`;
    });
    return { xml: out, mended };
  }),
};
