// pptxgenjs 4.0.1 writes three <c:axId> in every 2D <c:barChart> and <c:lineChart>: category,
// value, and a series axis id (2094734556) that only a 3D chart's <c:serAx> defines. The schema
// allows exactly two in a 2D group; PowerPoint shows its repair dialog and drops the chart's
// axis settings. Upstream: gitbrent/PptxGenJS#1534. We drop the third id where no <c:serAx> has it.
import { mendParts, UnexpectedMarkup, type Fix } from './fix.js';

const GROUP = /<c:(barChart|lineChart)>([\s\S]*?)<\/c:\1>/g;
const AX_ID = /<c:axId val="(\d+)"\/>/g;

export const chartAxisIds: Fix = {
  id: 'chart-axis-ids',
  defect: '2D bar and line chart groups carry a third c:axId (a series axis written only for 3D charts); gitbrent/PptxGenJS#1534',
  kind: 'defect',
  apply: (parts) => mendParts(parts, /^ppt\/charts\/chart\d+\.xml$/, (xml, part) => {
    const defined = new Set([...xml.matchAll(/<c:(?:catAx|valAx|dateAx|serAx)>\s*<c:axId val="(\d+)"\/>/g)].map((m) => m[1]));
    const series = new Set([...xml.matchAll(/<c:serAx>\s*<c:axId val="(\d+)"\/>/g)].map((m) => m[1]));
    let mended = 0;
    const out = xml.replace(GROUP, (group: string, kind: string, body: string) => {
      const ids = [...body.matchAll(AX_ID)].map((m) => m[1]);
      if (ids.length === 2) return group;
      if (ids.length !== 3) throw new UnexpectedMarkup('chart-axis-ids', part, `a c:${kind} with ${ids.length} c:axId`);
      const [cat, val, third] = ids;
      if (!defined.has(cat) || !defined.has(val)) throw new UnexpectedMarkup('chart-axis-ids', part, `a c:${kind} whose axes ${cat}, ${val} are not both defined`);
      if (series.has(third)) throw new UnexpectedMarkup('chart-axis-ids', part, `a 2D c:${kind} that refers to a series axis`);
      mended++;
      return group.replace(`<c:axId val="${third}"/>`, '');
    });
    return { xml: out, mended };
  }),
};
