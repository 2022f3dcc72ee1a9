// Decks and data packs built as `build` builds them (profile, look, language, template folders),
// without the browser: deck.pptx and data-pack.xlsx only, in memory.
import { join } from 'node:path';
import { localeDirs, prepare, projectRoot, resolvePeriod } from '../../../src/build.js';
import { loadProfile } from '../../../src/audience/profile.js';
import { lookFor } from '../../../src/config/config.js';
import { messagesFor } from '../../../src/messages/index.js';
import { figuresOf } from '../../support/figures.js';
import { makeInputs } from '../../../src/render/inputs.js';
import { loadTemplateSet } from '../../../src/template/template-set.js';
import { deckModel } from '../../../src/render/deck/build-model.js';
import { deckPptx } from '../../../src/export/pptx.js';
import { dataPack } from '../../../src/export/xlsx.js';
import type { DeckModel } from '../../../src/contract/deck.js';
import type { MendReport } from '../../../src/export/ooxml/index.js';

export interface OfficeCase {
  name: string; dataDir: string; company: string; period?: string; audience: string; templates?: string[]; theme?: string;
  /** false: the data pack only (the built-in deck template names IIJ's items; the fixture company has its own) */
  deck?: boolean;
}
/** `xlsx`: the data pack of the package's period and language (one object for packages that share them) */
export interface OfficePackage { name: string; period: string; model?: DeckModel; pptx?: Uint8Array; xlsx: Uint8Array }

const prepared = new Map<string, ReturnType<typeof prepare>>();
// figures.json and the data pack depend on the company, period and language, not on the audience
const perPeriod = new Map<string, { figures: ReturnType<typeof figuresOf>; xlsx?: Promise<Uint8Array> }>();

// each package once per process, by what makes it (every field of its case but its name), with
// what the fixes mended in it: the files of a worker share them (office.test.ts, libreoffice.test.ts, tse-sheet.test.ts)
const packages = new Map<string, Promise<{ pkg: Omit<OfficePackage, 'name'>; mended: MendReport }>>();

/** `report`: how many places each fix of export/ooxml mended, added up over packages. */
export async function officePackage(c: OfficeCase, report?: MendReport): Promise<OfficePackage> {
  const key = JSON.stringify([c.dataDir, c.company, c.period, c.audience, c.templates ?? [], c.theme, c.deck ?? true]);
  let made = packages.get(key);
  if (!made) {
    const mended: MendReport = new Map();
    packages.set(key, made = makePackage(c, mended).then((pkg) => ({ pkg, mended })));
    made.catch(() => packages.delete(key));
  }
  const { pkg, mended } = await made;
  if (report) for (const [id, n] of mended) report.set(id, (report.get(id) ?? 0) + n);
  return { ...pkg, name: c.name };
}

async function makePackage(c: OfficeCase, report: MendReport): Promise<Omit<OfficePackage, 'name'>> {
  const templateDirs = [...(c.templates ?? []), join(projectRoot(), 'templates')];
  const loaded = loadProfile(c.audience, templateDirs);
  const profile = { ...loaded, ...lookFor(loaded, c.theme ? { theme: c.theme } : undefined) };
  const m = messagesFor(profile.language);
  const key = `${c.dataDir}\0${c.company}`;
  const p = prepared.get(key) ?? prepare(c.dataDir, c.company);
  prepared.set(key, p);
  const period = resolvePeriod(c.period, p.analysis);
  const at = `${key}\0${period}\0${m.lang}`;
  const once = perPeriod.get(at) ?? { figures: figuresOf(p.analysis.ledger, period, m) };
  perPeriod.set(at, once);
  // the template set of what this package holds, as build loads it for its formats: a data pack
  // alone is checked against its own layouts, not the release's or the deck's
  const dirs = localeDirs(templateDirs, profile.language);
  const templates = loadTemplateSet({ dirs, profile, documents: c.deck === false ? ['data-pack'] : ['deck', 'data-pack'] });
  const inputs = makeInputs(p.data, once.figures, m, dirs, c.audience, profile, templates);
  once.xlsx ??= dataPack(once.figures, inputs);
  const model = c.deck === false ? undefined : deckModel(inputs);
  const [pptx, xlsx] = await Promise.all([model && deckPptx(model, report), once.xlsx]);
  return { period, model, pptx, xlsx };
}
