// pptxgenjs 4.0.1 writes a chart's values twice: in the chart's cache (`value || value === 0`)
// and in the embedded workbook "Edit data" opens (`value || ''`). A zero is drawn on the slide
// but is an empty cell in the workbook, and an empty value is written as an empty <v></v>, a
// number cell with no number. We write the cache's zeros into the workbook and leave empty
// cells without a value, so that the workbook holds exactly what the slide shows.
import { zipEntries } from '../pptx-zip.js';
import { chartRefs, chartWorkbooks, readWorkbook } from './chart-data.js';
import { UnexpectedMarkup, type Fix } from './fix.js';
import type { Parts } from './parts.js';

/** Cells that must hold a number the cache has, by worksheet part → cell → value. */
async function mendWorkbook(parts: Parts, chart: string, workbook: string): Promise<number> {
  const wb = await readWorkbook(parts.bytes(workbook));
  const wanted = new Map<string, Map<string, string>>();
  for (const ref of chartRefs(parts.text(chart))) {
    if (ref.kind !== 'num') continue;
    const sheet = wb.sheets.get(ref.sheet);
    if (!sheet) throw new UnexpectedMarkup('chart-workbook-values', chart, `a reference to a sheet "${ref.sheet}" the embedded workbook does not have`);
    ref.cells.forEach((cell, i) => {
      const cached = ref.points[i] ?? null;
      if (cached !== null && (sheet.cells.get(cell) ?? null) === null) (wanted.get(sheet.part) ?? wanted.set(sheet.part, new Map()).get(sheet.part)!).set(cell, cached);
    });
  }
  let mended = 0;
  const files = new Map<string, string>();
  for (const sheet of wb.sheets.values()) {
    const fill = wanted.get(sheet.part) ?? new Map<string, string>();
    const xml = sheet.xml.replace(/<c r="([A-Z]+\d+)"((?:\s[^>]*)?)><v><\/v><\/c>/g, (_all, ref: string, attrs: string) => {
      mended++;
      const v = fill.get(ref);
      if (v !== undefined) fill.delete(ref);
      return v !== undefined ? `<c r="${ref}"${attrs}><v>${v}</v></c>` : `<c r="${ref}"${attrs}/>`;
    });
    if (fill.size) throw new UnexpectedMarkup('chart-workbook-values', workbook, `cells ${[...fill.keys()].join(', ')} hold no value where the chart caches one, and are not written as <v></v>`);
    if (xml !== sheet.xml) files.set(sheet.part, xml);
  }
  if (files.size) parts.setBytes(workbook, zipEntries(wb.entries.map((e) => (files.has(e.name) ? { name: e.name, data: Buffer.from(files.get(e.name)!, 'utf8') } : e))));
  return mended;
}

export const chartWorkbookValues: Fix = {
  id: 'chart-workbook-values',
  defect: 'the embedded workbook of a chart leaves zeros out (value || \'\') and writes empty cells as <v></v>',
  kind: 'defect',
  async apply(parts) {
    let total = 0;
    for (const { chart, workbook } of chartWorkbooks(parts)) if (parts.has(workbook)) total += await mendWorkbook(parts, chart, workbook);
    return total;
  },
};
