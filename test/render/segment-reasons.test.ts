// The FY2009 deck's segment slide prints the company's reasons for the change of the segment's gross
// margin and operating income where the seed deck prints them (seed 000, lines 362–367): the year's,
// and the fourth quarter's (an entry with its period), after the change and before the ratio, from the
// narrative data (no text typed into the template); a year with no reason reads as before. No browser.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { deckFor, slideText } from './deck-fixture.js';
import { narrativeFor } from '../../src/render/inputs.js';
import { root } from '../helpers.js';

const seedDir = join(root, '..', 'shared', 'seeds');
const seed = readFileSync(join(seedDir, readdirSync(seedDir).find((f) => f.startsWith('000_'))!), 'utf8').split('\n');

describe('segment slide reasons', () => {
  it('FY2009: the three reasons, as the seed deck prints them', () => {
    const { model, inputs } = deckFor('FY2009');
    const text = slideText(model.slides.find((s) => s.id === 'segments')!);
    const reasons = narrativeFor(inputs, 'FY2009').narrative!.sections.reasons.filter((e) => /of Connectivity and Outsourcing Service and SI$/.test(e.label ?? ''));
    expect(reasons.map((e) => e.line)).toEqual([362, 363, 367]);
    for (const e of reasons) expect(model.narrated).toContain(e);
    // the change, the reason, then the ratio: in the seed's order on each line
    for (const [line, change] of [[362, 'FY09: up 5.2% YoY'], [363, '4Q09: up 7.4% YoY, up 25.9% QoQ'], [367, 'FY09: up 22.0% YoY']] as const) {
      const e = reasons.find((r) => r.line === line)!;
      expect(seed[line - 1]).toContain(e.text);
      expect(text).toContain(`${change} ${e.text} `);
    }
    // the fourth quarter's operating income has no reason in the seed: the sentence ends at the change
    expect(text).toContain('4Q09: up 28.2% YoY, up 51.7% QoQ. Operating margin ratio');
  });
  it('FY2008 (no reasons in the data): the sentences as before', () => {
    const text = slideText(deckFor('FY2008').model.slides.find((s) => s.id === 'segments')!);
    expect(text).toContain('FY08: up 0.2% YoY. Gross margin ratio down 0.8 points YoY.');
  });
});
