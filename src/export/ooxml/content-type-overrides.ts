// pptxgenjs 4.0.1 declares a content type for ppt/slideMasters/slideMasterN.xml for every slide N,
// though it writes only slideMaster1.xml: [Content_Types].xml names parts the package does not
// have (gitbrent/PptxGenJS#1444). We drop every <Override> whose part is not in the package.
import { unescapeXml } from './parts.js';
import { mendParts, type Fix } from './fix.js';

export const contentTypeOverrides: Fix = {
  id: 'content-type-overrides',
  defect: '[Content_Types].xml overrides slide masters the package does not have; gitbrent/PptxGenJS#1444',
  kind: 'defect',
  apply: (parts) => mendParts(parts, /^\[Content_Types\]\.xml$/, (xml) => {
    let mended = 0;
    const out = xml.replace(/<Override\b[^>]*?PartName="([^"]*)"[^>]*\/>/g, (all: string, name: string) => {
      if (parts.has(unescapeXml(name).replace(/^\//, ''))) return all;
      mended++;
      return '';
    });
    return { xml: out, mended };
  }),
};
