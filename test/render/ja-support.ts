// The Japanese (ja audience) documents for the tests: the IIJ data with messages/ja.ts and the
// template folders build() gives a Japanese document (localeDirs: the Japanese deck before the built-ins).
import { join } from 'node:path';
import { localeDirs, prepare } from '../../src/build.js';
import { figuresOf } from '../support/figures.js';
import { ja } from '../../src/messages/ja.js';
import { loadProfile } from '../../src/audience/profile.js';
import { makeInputs } from '../../src/render/inputs.js';
import type { DocumentInputs } from '../../src/contract/document-inputs.js';
import type { CompanyData, TaxonomyItem } from '../../src/contract/raw-data.js';
import type { FiguresFile } from '../../src/contract/figures.js';
import { dataDir, root } from '../helpers.js';

let prepared: ReturnType<typeof prepare> | undefined;
export const iij = () => (prepared ??= prepare(dataDir, 'iij'));
export const templateDirs = () => localeDirs([join(root, 'templates')], 'ja');

/** figures.json and the renderer's inputs of a Japanese document for a period (narrative optional: to test its absence). */
export function jaInputs(period: string, edit?: (data: CompanyData) => CompanyData): { inputs: DocumentInputs; figures: FiguresFile } {
  const { data, analysis } = iij();
  const figures = figuresOf(analysis.ledger, period, ja);
  const dirs = templateDirs();
  return { figures, inputs: makeInputs(edit ? edit(data) : data, figures, ja, dirs, 'ja', loadProfile('ja', dirs)) };
}

/** Taxonomy items by id. */
export const items = (): Map<string, TaxonomyItem> => iij().data.items;

/** The magnitude of a printed change figure: "(2.9%)" → "2.9%". */
export const magnitude = (display: string) => display.replace(/^\((.*)\)$/, '$1').replace(/^[+−-]/, '');
