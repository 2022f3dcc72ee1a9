// A point's own data label: a side of its own (c:dLblPos), or a text given rather than the point's value (c:dLbl with c:tx rich text,
// ECMA-376 21.2.2.47): it takes the series' label font and colour (its c:dLbls text properties).
import { escapeText as escapeXml } from '../format/escape.js';

/** A series' c:dLbls with a c:dLbl of its own text for each point given. */
export function withPointTexts(dLbls: string, texts: { idx: number; text: string }[]): string {
  const txPr = /<c:txPr>([\s\S]*?)<\/c:txPr>/.exec(dLbls)?.[1] ?? '<a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr/></a:pPr></a:p>';
  const pos = /<c:dLblPos val="[a-zA-Z]+"\/>/.exec(dLbls)?.[0] ?? '';
  const label = (text: string) => txPr.replace(/(<\/a:pPr>)[\s\S]*?(<\/a:p>)/, `$1<a:r><a:t>${escapeXml(text)}</a:t></a:r>$2`);
  const shown = '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>';
  const own = texts.map((t) => `<c:dLbl><c:idx val="${t.idx}"/><c:tx><c:rich>${label(t.text)}</c:rich></c:tx>${pos}${shown}</c:dLbl>`).join('');
  return dLbls.replace('<c:dLbls>', `<c:dLbls>${own}`);
}

/** A series' c:dLbls with a c:dLbl for each point whose label goes on a side of its own (c:dLblPos: t, b, l,
 *  r), in the series' number format and label font and colour (its c:dLbls' numFmt and txPr). */
export function withPointPositions(dLbls: string, points: { idx: number; pos: string }[]): string {
  const numFmt = /<c:numFmt [^>]*\/>/.exec(dLbls)?.[0] ?? '';
  const spPr = /<c:spPr>[\s\S]*?<\/c:spPr>/.exec(dLbls)?.[0] ?? '';
  const txPr = /<c:txPr>[\s\S]*?<\/c:txPr>/.exec(dLbls)?.[0] ?? '';
  const shown = '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>';
  const own = points.map((p) => `<c:dLbl><c:idx val="${p.idx}"/>${numFmt}${spPr}${txPr}<c:dLblPos val="${p.pos}"/>${shown}</c:dLbl>`).join('');
  return dLbls.replace('<c:dLbls>', `<c:dLbls>${own}`);
}
