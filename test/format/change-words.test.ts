// Change words at every size and sign: "unchanged" only for a change of exactly zero at the figures'
// known precision; the unit follows the change's own size and precision and never rounds a change
// that is not zero to zero (a doubling from JPY5 million is "up JPY5 million", never "unchanged").
// The fixture company's 1H FY2026 release says so in its sentence. No browser.
import { describe, expect, it } from 'vitest';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import { around, sub } from '../../src/calc/interval.js';
import { yenChangePhrase } from '../../src/format/display.js';
import { messagesFor } from '../../src/messages/index.js';
import type { Comparison, Figure } from '../../src/contract/figures.js';
import { yenChangeWords } from '../../src/render/helper-context.js';
import { localeDirs, prepare } from '../../src/build.js';
import { buildFigures } from '../../src/model/figures.js';
import { makeInputs } from '../../src/render/inputs.js';
import { renderReleaseHtml } from '../../src/render/release/index.js';
import { copyFixture, fixtures, root } from '../helpers.js';

const M = 1e6; const B = 1e9;
/** a figure printed in a unit (JPY billion with one decimal): ± half of its last digit */
const printed = (value: number, unit: number) => around(new Decimal(value).times(unit), new Decimal(unit === B ? 0.1 : 1).times(unit).div(2));
const yoy: Comparison = { base: 'yoy', span: 'H' } as Comparison;

// [current, prior, asked unit, en, ja]
const cases: [ReturnType<typeof printed>, ReturnType<typeof printed>, 'million' | 'billion', string, string][] = [
  [printed(10, M), printed(5, M), 'million', 'up JPY5 million YoY', '前年同期比5百万円増'],
  [printed(5, M), printed(10, M), 'million', 'down JPY5 million YoY', '前年同期比5百万円減'],
  [printed(10, M), printed(10, M), 'million', 'unchanged YoY', '前年同期比横ばい'],
  [printed(1, M), printed(0, M), 'million', 'up JPY1 million YoY', '前年同期比1百万円増'],
  // a loss to a smaller loss, a loss to a profit, a profit to a loss
  [printed(-3, M), printed(-8, M), 'million', 'up JPY5 million YoY', '前年同期比5百万円増'],
  [printed(3, M), printed(-2, M), 'million', 'up JPY5 million YoY', '前年同期比5百万円増'],
  [printed(-20, M), printed(110, M), 'million', 'down JPY130 million YoY', '前年同期比130百万円減'],
  [printed(69_731, M), printed(64_000, M), 'million', 'up JPY5,731 million YoY', '前年同期比5,731百万円増'],
  // figures known to the thousand: a change under a million keeps its digit
  [printed(1_000_400, 1e3), printed(1_000_000, 1e3), 'million', 'up JPY0.4 million YoY', '前年同期比0.4百万円増'],
  // figures known to a tenth of a billion: the change too
  [printed(0.3, B), printed(0.2, B), 'million', 'up JPY0.1 billion YoY', '前年同期比1億円増'],
  [printed(0.3, B), printed(0.3, B), 'million', 'unchanged YoY', '前年同期比横ばい'],
  [printed(1.2, B), printed(1.5, B), 'million', 'down JPY0.3 billion YoY', '前年同期比3億円減'],
  // one known to the million against one known to a tenth of a billion: its direction is open
  [printed(310, M), printed(0.3, B), 'million', 'n.m.', '－'],
  // a board's billions: a small change known to the million is written in millions
  [printed(10, M), printed(5, M), 'billion', 'up JPY5 million YoY', '前年同期比5百万円増'],
  [printed(12_400, M), printed(10_000, M), 'billion', 'up JPY2.4 billion YoY', '前年同期比24億円増'],
  [printed(-12_400, M), printed(-10_000, M), 'billion', 'down JPY2.4 billion YoY', '前年同期比24億円減'],
];

describe('change words in amount', () => {
  const en = messagesFor('en'); const ja = messagesFor('ja');
  it.each(cases.map((c, i) => [i, ...c] as const))('case %i', (_i, cur, prior, unit, inEn, inJa) => {
    const [scale, decimals] = unit === 'billion' ? [B, 1] : [M, 0];
    const change = sub(cur, prior);
    expect(yenChangePhrase(change, en, scale, decimals, yoy)).toBe(inEn);
    expect(yenChangePhrase(change, ja, scale, decimals, yoy)).toBe(inJa);
    if (unit === 'billion') return;
    // the helpers' path: a change figure (yoy-diff:) as figures.json lists it
    const f = { value: change.mid.toFixed(), precision: change.hi.minus(change.lo).div(2).toFixed(), unit: 'JPY', display: '' } as Figure;
    expect(yenChangeWords(f, en, yoy)).toBe(inEn);
    expect(yenChangeWords(f, ja, yoy)).toBe(inJa);
  });
});

describe("the fixture company's 1H FY2026 release", () => {
  it('says operating profit doubled from JPY5 million, in English and Japanese', async () => {
    const c = copyFixture();
    cpSync(join(fixtures, 'harbor-eras'), join(c.dir, 'harbor'), { recursive: true });
    const { data, analysis } = prepare(c.dir, 'harbor');
    const text = async (lang: string) => {
      const m = messagesFor(lang);
      const figures = buildFigures(analysis.ledger, 'FY2026-H1', m, { measures: 'asked' });
      const inputs = makeInputs(data, figures, m, localeDirs([join(fixtures, 'harbor-templates'), join(root, 'templates')], lang), 'investors');
      return (await renderReleaseHtml(inputs)).html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    };
    const en = await text('en');
    expect(en).toContain('Operating profit was JPY10 million, up JPY5 million YoY');
    expect(en).not.toMatch(/Operating profit was JPY10 million, unchanged/);
    expect(await text('ja')).toMatch(/営業利益[^。]*10百万円[^。]*前年同期比5百万円増/);
  }, 60_000);
});
