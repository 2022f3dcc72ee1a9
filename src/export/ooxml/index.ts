// The finishing pass that makes a package open cleanly in Microsoft PowerPoint and Excel: the
// fixes of the known library defects (one file each), then the checks PowerPoint also enforces
// beyond the schemas (integrity.ts). Schema validity is tested with ../shared/ooxml/check.
import { zipEntries, type ZipEntry } from '../pptx-zip.js';
import { unzipEntries } from '../zip-read.js';
import { QuarterDeckError } from '../../errors/problem.js';
import { Parts } from './parts.js';
import { applyFixes, type Fix, type MendReport } from './fix.js';
import { chartAxisIds } from './chart-axis-ids.js';
import { lineChartGrouping } from './line-chart-grouping.js';
import { lineSeriesInvert, lineSeriesMarker } from './line-series.js';
import { presentationOrder } from './presentation-order.js';
import { shapeIds } from './shape-ids.js';
import { contentTypeOverrides } from './content-type-overrides.js';
import { contentTypeJpeg } from './content-type-jpeg.js';
import { backgroundEffects } from './background-effects.js';
import { chartWorkbookValues } from './chart-workbook-values.js';
import { xmlChars } from './xml-chars.js';
import { packageProblems } from './integrity.js';

export type { MendReport } from './fix.js';

/** pptxgenjs 4.0.1 output → valid PresentationML, in this order (text first, so the others read clean XML). */
export const PPTX_FIXES: readonly Fix[] = [xmlChars, chartAxisIds, lineChartGrouping, lineSeriesInvert, lineSeriesMarker, presentationOrder, shapeIds, backgroundEffects, contentTypeOverrides, contentTypeJpeg, chartWorkbookValues];
/** exceljs 4.4 output: only the guard (its markup validates). */
export const XLSX_FIXES: readonly Fix[] = [xmlChars];

/** Mend a package's parts and check them; throws E_RENDER naming each problem that is left. */
export async function finishPackage(entries: ZipEntry[], file: string, fixes: readonly Fix[], report?: MendReport, xml: 'parse' | 'chars' = 'parse'): Promise<ZipEntry[]> {
  const parts = new Parts(entries);
  await applyFixes(parts, fixes, report);
  const problems = await packageProblems(parts, xml);
  if (problems.length) {
    throw new QuarterDeckError(problems.map((p) => ({ code: 'E_RENDER' as const, file: `${file}!${p.part}`, message: `${p.message} (the file would not open cleanly in Microsoft Office)` })));
  }
  return parts.entries();
}

/**
 * An XLSX that exceljs wrote, mended and checked; the same bytes when nothing needed mending.
 * `stored`: exceljs wrote its parts uncompressed (JSZip's JavaScript deflate is most of its time):
 * they are compressed here, with Node's native deflate, always.
 */
export async function finishWorkbook(bytes: Uint8Array, file: string, report: MendReport = new Map(), stored = false): Promise<Uint8Array> {
  const mended = await finishPackage(unzipEntries(bytes), file, XLSX_FIXES, report, 'chars');
  return stored || [...report.values()].some((n) => n > 0) ? zipEntries(mended) : bytes;
}
