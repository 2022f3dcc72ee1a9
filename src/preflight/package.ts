// The preflight of one package, as build() runs it on the files it is about to write: findings
// that fail (errors; warnings too when strict) stop the build before anything is written.
import type { CompanyData } from '../contract/raw-data.js';
import type { FiguresFile } from '../contract/figures.js';
import type { DocumentInputs } from '../contract/document-inputs.js';
import { narrativeFor } from '../render/inputs.js';
import type { Finding } from './types.js';
import { preflightContext } from './context.js';
import { failing, preflight, preflightError, type PreflightFile } from './run.js';

export interface PreflightSetting { strict?: boolean; skip?: boolean }

/** The publication date a package's documents carry (the deck's cover date), when the data knows it. */
export function publishedDate(inputs: DocumentInputs, period: string): string | undefined {
  return inputs.date ?? narrativeFor(inputs, period).source?.source?.date;
}

export async function preflightPackage(files: PreflightFile[], data: CompanyData, figures: FiguresFile, inputs: DocumentInputs, dir: string, setting: PreflightSetting = {}): Promise<Finding[]> {
  if (setting.skip || !files.some((f) => /\.(pdf|pptx)$/.test(f.path))) return [];
  const findings = await preflight(files, preflightContext(data, figures, inputs.m, publishedDate(inputs, figures.period)));
  const fail = failing(findings, Boolean(setting.strict));
  if (fail.length) throw preflightError(fail, dir);
  return findings;
}
