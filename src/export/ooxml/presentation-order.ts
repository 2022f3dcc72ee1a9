// pptxgenjs 4.0.1 writes <p:notesMasterIdLst> after <p:sldIdLst> in ppt/presentation.xml; the
// schema (and PowerPoint itself) puts it right after <p:sldMasterIdLst>, before the slide list.
import { mendParts, UnexpectedMarkup, type Fix } from './fix.js';

const NOTES = /<p:notesMasterIdLst>[\s\S]*?<\/p:notesMasterIdLst>/;

export const presentationOrder: Fix = {
  id: 'presentation-order',
  defect: 'p:notesMasterIdLst written after p:sldIdLst, where the schema expects p:sldSz',
  kind: 'defect',
  apply: (parts) => mendParts(parts, /^ppt\/presentation\.xml$/, (xml, part) => {
    const notes = NOTES.exec(xml);
    const slides = xml.indexOf('<p:sldIdLst>');
    const masters = xml.indexOf('</p:sldMasterIdLst>');
    if (!notes) return { xml, mended: 0 };
    if (slides < 0 || masters < 0 || masters > slides) throw new UnexpectedMarkup('presentation-order', part, 'no p:sldMasterIdLst followed by p:sldIdLst');
    if (notes.index < slides) return { xml, mended: 0 };
    const without = xml.slice(0, notes.index) + xml.slice(notes.index + notes[0].length);
    const at = masters + '</p:sldMasterIdLst>'.length;
    return { xml: without.slice(0, at) + notes[0] + without.slice(at), mended: 1 };
  }),
};
