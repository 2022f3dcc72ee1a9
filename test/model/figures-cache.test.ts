// The figures of a period kept in the process (model/figures-cache.ts): several packages in one
// process (a batch, a schedule, a worker, the preview) print what each prints alone, and an edited
// data file is new figures.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { prepare } from '../../src/build.js';
import { buildFigures, figureLookup } from '../../src/model/figures.js';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readPrepared } from '../../src/load/analysis-cache.js';
import { dataKeys } from '../../src/load/prepared-cache.js';
import { figuresFor, sharedFigures } from '../../src/model/figures-cache.js';
import { shownFigures } from '../../src/model/shown-figures.js';
import { messagesFor } from '../../src/messages/index.js';
import { makeInputs } from '../../src/render/inputs.js';
import { deckModel } from '../../src/render/deck/build-model.js';
import { loadProfile } from '../../src/audience/profile.js';
import { localeDirs } from '../../src/build.js';
import { iij } from '../render/release-support.js';
import { copyFixture, root } from '../helpers.js';
import type { FiguresFile } from '../../src/contract/figures.js';

const templates = [join(root, 'templates')];

/** What a package prints from a figures file: the slide model and figures.json (the figures the deck showed). */
function deckPackage(file: FiguresFile, audience: string) {
  const { data } = iij();
  const profile = loadProfile(audience, templates);
  const m = messagesFor(profile.language);
  const inputs = makeInputs(data, file, m, localeDirs(templates, profile.language), audience, profile);
  const deck = JSON.stringify(deckModel(inputs));
  return { deck, figures: JSON.stringify(shownFigures(file, inputs.figures.asked)) };
}

const asked = { measures: 'asked' } as const;

describe('the figures kept in the process', () => {
  it('print, package after package, what each package prints alone (other periods and audiences between)', () => {
    const { ledger } = iij().analysis;
    const en = messagesFor('en');
    const ja = messagesFor('ja');
    // the reference: each package alone, from figures of its own
    const aloneA = deckPackage(buildFigures(ledger, 'FY2009', en, asked), 'investors');
    const aloneB = deckPackage(buildFigures(ledger, 'FY2009-H1', ja, asked), 'ja');
    // one process: A, then B (another period and language), then A again
    const a1 = deckPackage(figuresFor(ledger, 'FY2009', en, asked), 'investors');
    const b = deckPackage(figuresFor(ledger, 'FY2009-H1', ja, asked), 'ja');
    const a2 = deckPackage(figuresFor(ledger, 'FY2009', en, asked), 'investors');
    expect(a1.deck).toBe(aloneA.deck);
    expect(a1.figures).toBe(aloneA.figures);
    expect(b.deck).toBe(aloneB.deck);
    expect(b.figures).toBe(aloneB.figures);
    expect(a2.deck).toBe(aloneA.deck);
    expect(a2.figures).toBe(aloneA.figures);
    // each period's figures were computed once per language and options
    const kept = sharedFigures(ledger, 'FY2009', en, asked);
    expect(sharedFigures(ledger, 'FY2009', en, asked)).toBe(kept);
    expect(sharedFigures(ledger, 'FY2009', ja, asked)).not.toBe(kept);
    expect(sharedFigures(ledger, 'FY2009', en)).not.toBe(kept);
  }, 60_000);

  it('are read-only: a change to a kept figure or list fails at once', () => {
    const { ledger } = iij().analysis;
    const kept = sharedFigures(ledger, 'FY2009', messagesFor('en'), asked);
    const f = kept.figures.find((x) => x.id === 'is.revenue.total@FY2009')!;
    expect(() => { (f as { display: string }).display = 'x'; }).toThrow(TypeError);
    expect(() => { kept.figures.push(f); }).toThrow(TypeError);
    // a package's copy takes what its documents ask for; the kept list does not
    const copy = figuresFor(ledger, 'FY2009', messagesFor('en'), asked);
    const before = kept.figures.length;
    copy.figures.push(f);
    expect(kept.figures.length).toBe(before);
  });

  it('are new figures for an edited data file', () => {
    const fx = copyFixture();
    const en = messagesFor('en');
    const cash = (file: FiguresFile) => file.figures.find((x) => x.id === 'fp.cash@2025-12-31')?.value;
    const first = figuresFor(prepare(fx.dir, 'harbor').analysis.ledger, 'FY2025', en);
    expect(cash(first)).toBe('101500000');
    fx.edit('facts/fy2025-release/results.yaml', (s) => s.replace('"101,500"', '"102,500"').replace('"1,000,500"', '"1,001,500"'));
    const { ledger } = prepare(fx.dir, 'harbor').analysis;
    const edited = figuresFor(ledger, 'FY2025', en);
    expect(cash(edited)).toBe('102500000');
    expect(JSON.stringify(edited)).toBe(JSON.stringify(buildFigures(ledger, 'FY2025', en)));
  });

  it('are stored on disk by the analysis and read back the same, the measures a document asks for too', () => {
    const before = process.env.QUARTERDECK_CACHE;
    process.env.QUARTERDECK_CACHE = mkdtempSync(join(tmpdir(), 'qd-figures-cache-'));
    try {
      const fx = copyFixture();
      const en = messagesFor('en');
      const made = prepare(fx.dir, 'harbor');
      const all = buildFigures(made.analysis.ledger, 'FY2025', en);
      figuresFor(made.analysis.ledger, 'FY2025', en, asked);
      figuresFor(made.analysis.ledger, 'FY2025', en);
      expect(readdirSync(join(process.env.QUARTERDECK_CACHE, 'figures')).length).toBe(2);
      // another process: the analysis from disk (a new ledger), the figures from disk
      const again = readPrepared(dataKeys(fx.dir, 'harbor'))!;
      expect(again.analysis.ledger).not.toBe(made.analysis.ledger);
      const stored = figuresFor(again.analysis.ledger, 'FY2025', en);
      expect(JSON.stringify(stored)).toBe(JSON.stringify(all));
      const storedAsked = figuresFor(again.analysis.ledger, 'FY2025', en, asked);
      expect(JSON.stringify(storedAsked)).toBe(JSON.stringify(buildFigures(made.analysis.ledger, 'FY2025', en, asked)));
      const lookup = figureLookup(storedAsked)!;
      const eager = new Map(storedAsked.figures.map((f) => [f.id, f]));
      const computed = all.figures.filter((f) => !eager.has(f.id));
      expect(computed.length).toBeGreaterThan(10);
      for (const f of all.figures) expect(eager.get(f.id) ?? lookup(f.id), f.id).toEqual(f);
    } finally {
      if (before === undefined) delete process.env.QUARTERDECK_CACHE; else process.env.QUARTERDECK_CACHE = before;
    }
  });
});
