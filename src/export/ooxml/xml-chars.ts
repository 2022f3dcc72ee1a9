// XML 1.0 allows no C0 control character but tab, line feed and carriage return, and not U+FFFE or
// U+FFFF (XML 1.0 §2.2). pptxgenjs writes text as it gets it, so a vertical tab pasted into a
// narrative (PowerPoint's own soft line break) makes a slide part that no Office app can read;
// exceljs drops C0 controls but keeps U+FFFE/U+FFFF. We write a space in their place (a vertical
// tab or form feed separates words), in the package's parts and in the workbooks embedded in it
// (a chart's series names).
import { zipEntries } from '../pptx-zip.js';
import { unzipEntries } from '../zip-read.js';
import { isXmlPart, Parts } from './parts.js';
import type { Fix } from './fix.js';

// eslint-disable-next-line no-control-regex
export const ILLEGAL_XML_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export const xmlChars: Fix = {
  id: 'xml-chars',
  defect: 'characters XML 1.0 does not allow (control characters) in text from the data',
  kind: 'guard',
  apply(parts) {
    let total = mendText(parts);
    for (const name of parts.matching(/^(ppt|xl)\/embeddings\/[^/]+\.xlsx$/)) {
      const inner = new Parts(unzipEntries(parts.bytes(name)));
      const n = mendText(inner);
      if (n) { parts.setBytes(name, zipEntries(inner.entries())); total += n; }
    }
    return total;
  },
};

function mendText(parts: Parts): number {
  let total = 0;
  for (const name of parts.names().filter(isXmlPart)) {
    const xml = parts.text(name);
    let n = 0;
    const out = xml.replace(ILLEGAL_XML_CHARS, () => { n++; return ' '; });
    if (n) { parts.setText(name, out); total += n; }
  }
  return total;
}
