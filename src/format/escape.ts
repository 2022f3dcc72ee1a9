// Text into HTML, SVG and XML: the one place that escapes it. Element text needs &, < and >; an
// attribute value (always written in double quotes) needs " as well.
export const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;');
