// Where a figure came from, for the preview's side panel and GET /api/figures/<id>: label, exact
// value, display, unit, kind, formula with its inputs, every source (document and seed line, data
// file and line with the row as written, workbook cell), superseded prints and the errata that touch it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompanyData, Erratum } from '../contract/raw-data.js';
import type { Figure } from '../contract/figures.js';
import type { FigureSet } from '../render/figure-set.js';

export interface SourceDetail {
  document: string; date: string; seed: string; seedLine: number;
  dataFile?: string; dataLine?: number; cell?: string;
  /** the data file's line as written */
  text?: string;
}

export interface FigureDetail {
  id: string; item: string; measure?: string; label: string; period: string; periodLabel: string;
  scenario: string; value: string; display: string; unit: string; kind: Figure['kind'];
  precision?: string; printed?: string; ambiguous?: boolean; announced?: string;
  formula?: string;
  inputs: { id: string; label: string; display: string; kind: Figure['kind'] }[];
  sources: SourceDetail[];
  superseded: { document: string; date: string; seed: string; seedLine: number; printed: string }[];
  errata: { id: string; printed: string; correct?: string; evidence: string; seed: string; seedLine: number; dataFile: string; dataLine: number }[];
}

/** The figure of an id ("key@period") through the document's figure set (computed measures too). */
export function findFigure(figures: FigureSet, id: string): Figure | undefined {
  const at = id.lastIndexOf('@');
  if (at <= 0) return undefined;
  try { return figures.find(id.slice(0, at), id.slice(at + 1)); } catch { return undefined; }
}

function lineOf(root: string, file: string, line: number, texts: Map<string, string[]>): string | undefined {
  let lines = texts.get(file);
  if (!lines) {
    try { lines = readFileSync(join(root, file), 'utf8').split('\n'); } catch { lines = []; }
    texts.set(file, lines);
  }
  return lines[line - 1]?.trim();
}

const touches = (e: Erratum, f: Figure) => e.id === f.erratum || (e.item === f.item && (e.period === undefined || e.period === f.period));

export function figureDetail(figures: FigureSet, data: CompanyData, id: string): FigureDetail | undefined {
  const f = findFigure(figures, id);
  if (!f) return undefined;
  const texts = new Map<string, string[]>();
  const inputs = (f.inputs ?? []).map((i) => { const x = findFigure(figures, i); return { id: i, label: x ? `${x.label}, ${x.periodLabel}` : i, display: x?.display ?? '', kind: x?.kind ?? 'reported' }; });
  const seen = new Set<string>();
  const sources: SourceDetail[] = [];
  for (const s of f.sources) {
    const ds = s as Partial<{ dataFile: string; dataLine: number }>;
    const key = `${s.file}:${s.line}:${ds.dataFile}:${ds.dataLine}`;
    if (seen.has(key)) continue;
    seen.add(key);
    sources.push({
      document: s.document, date: s.date, seed: s.file, seedLine: s.line, cell: s.cell,
      dataFile: ds.dataFile, dataLine: ds.dataLine,
      text: ds.dataFile && ds.dataLine ? lineOf(data.root, ds.dataFile, ds.dataLine, texts) : undefined,
    });
  }
  const inputFigures = (f.inputs ?? []).map((i) => findFigure(figures, i)).filter((x): x is Figure => Boolean(x));
  const errata = data.errata.filter((e) => touches(e, f) || inputFigures.some((x) => touches(e, x)))
    .map((e) => ({ id: e.id, printed: e.printed, correct: e.correct, evidence: e.evidence, seed: e.file, seedLine: e.line, dataFile: e.dataFile, dataLine: e.dataLine }));
  return {
    id: f.id, item: f.item, measure: f.measure, label: f.label, period: f.period, periodLabel: f.periodLabel,
    scenario: f.scenario, value: f.value, display: f.display, unit: f.unit, kind: f.kind,
    precision: f.precision, printed: f.printed, ambiguous: f.ambiguous, announced: f.announced,
    formula: f.formula, inputs, sources,
    superseded: (f.superseded ?? []).map((s) => ({ document: s.document, date: s.date, seed: s.file, seedLine: s.line, printed: s.printed })),
    errata,
  };
}
