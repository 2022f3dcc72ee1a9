// pptxgenjs 4.0.1 declares the content type of .jpg parts as "image/jpg", which is no registered
// media type; strict readers want "image/jpeg" (gitbrent/PptxGenJS#1462).
import { mendParts, type Fix } from './fix.js';

export const contentTypeJpeg: Fix = {
  id: 'content-type-jpeg',
  defect: '[Content_Types].xml gives .jpg parts the unregistered type image/jpg; gitbrent/PptxGenJS#1462',
  kind: 'defect',
  apply: (parts) => mendParts(parts, /^\[Content_Types\]\.xml$/, (xml) => {
    let mended = 0;
    const out = xml.replace(/(<Default Extension="jpg" ContentType=")image\/jpg"/gi, (_all, head: string) => { mended++; return `${head}image/jpeg"`; });
    return { xml: out, mended };
  }),
};
