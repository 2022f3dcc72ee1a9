// The series of a <c:lineChart> that pptxgenjs 4.0.1 writes: a line series (CT_LineSer) has no
// <c:invertIfNegative> (a bar series' element, written for every series), and its <c:marker>
// comes before <c:dPt> and <c:dLbls>, where pptxgenjs writes it after the labels.
import { mendParts, UnexpectedMarkup, type Fix } from './fix.js';

const CHARTS = /^ppt\/charts\/chart\d+\.xml$/;

/** Apply `mend` to every <c:ser> of every <c:lineChart> of a chart part. */
function eachLineSeries(xml: string, mend: (ser: string) => string): string {
  return xml.replace(/<c:lineChart>[\s\S]*?<\/c:lineChart>/g, (group) => group.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, mend));
}

export const lineSeriesInvert: Fix = {
  id: 'line-series-invert',
  defect: 'c:invertIfNegative (a bar series element) in the series of a c:lineChart',
  kind: 'defect',
  apply: (parts) => mendParts(parts, CHARTS, (xml) => {
    let mended = 0;
    const out = eachLineSeries(xml, (ser) => ser.replace(/\s*<c:invertIfNegative val="[01]"\/>/g, () => { mended++; return ''; }));
    return { xml: out, mended };
  }),
};

export const lineSeriesMarker: Fix = {
  id: 'line-series-marker',
  defect: 'c:marker after c:dLbls in the series of a c:lineChart (the schema puts it right after c:spPr)',
  kind: 'defect',
  apply: (parts) => mendParts(parts, CHARTS, (xml, part) => {
    let mended = 0;
    const out = eachLineSeries(xml, (ser) => {
      const markers = ser.match(/<c:marker>[\s\S]*?<\/c:marker>/g) ?? [];
      const [marker] = markers;
      if (marker === undefined) return ser;
      if (markers.length > 1) throw new UnexpectedMarkup('line-series-marker', part, 'a line series with more than one c:marker');
      const at = ser.indexOf(marker);
      const first = ser.search(/<c:(dPt|dLbls|trendline|errBars|cat|val|smooth)>/);
      if (first < 0 || at < first) return ser;
      mended++;
      const without = ser.slice(0, at) + ser.slice(at + marker.length);
      return without.slice(0, first) + marker + without.slice(first);
    });
    return { xml: out, mended };
  }),
};
