// pptxgenjs 4.0.1 writes a <c:lineChart> without <c:grouping>, which the schema requires as its
// first child (bar + line combinations, and the totals line over stacked bars). We add the
// grouping a line of plain values has: "standard" (neither stacked nor percent-stacked).
import { mendParts, UnexpectedMarkup, type Fix } from './fix.js';

export const lineChartGrouping: Fix = {
  id: 'line-chart-grouping',
  defect: 'c:lineChart has no c:grouping (required by the schema; c:varyColors comes first instead)',
  kind: 'defect',
  apply: (parts) => mendParts(parts, /^ppt\/charts\/chart\d+\.xml$/, (xml, part) => {
    let mended = 0;
    const out = xml.replace(/<c:lineChart>(\s*)(<c:[a-zA-Z]+)/g, (all: string, space: string, next: string) => {
      if (next === '<c:grouping') return all;
      if (next !== '<c:varyColors') throw new UnexpectedMarkup('line-chart-grouping', part, `a c:lineChart that begins with ${next}>`);
      mended++;
      return `<c:lineChart><c:grouping val="standard"/>${space}${next}`;
    });
    return { xml: out, mended };
  }),
};
