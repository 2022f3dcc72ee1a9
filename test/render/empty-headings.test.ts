// No heading without content: the 1H08 deck has no FY2008 target to show (the data holds none), so
// the summary's target heading goes with its items; where the targets are shown, it stays. The slide model.
import { describe, expect, it } from 'vitest';
import { deckFor, slideText } from './deck-fixture.js';

const summary = (period: string) => slideText(deckFor(period).model.slides.find((s) => s.id === 'summary')!);

describe('a heading whose items are all left out', () => {
  it('1H08: no "Target revenue and income growth" heading with nothing under it', () => {
    const text = summary('FY2008-H1');
    expect(text).toContain('Revenue: JPY33,254 million (up 10.9% YoY)');
    expect(text).not.toMatch(/Target revenue and income growth/);
  });

  it('FY2009: the heading stays above the targets it introduces', () => {
    const lines = summary('FY2009').split('\n');
    const at = lines.findIndex((l) => l.startsWith('Target revenue and income growth for FY2010'));
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^Revenue target: JPY/);
  });
});
