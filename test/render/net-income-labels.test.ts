// Net income is named as the company named it for each figure's period: "Net Income" for FY2008 and
// earlier (the FY2008 release, seed 004 line 58: "Net Income 1,419"), "Net Income attributable to IIJ"
// from FY2009 (ASC 810) — and in an FY2008 deck, the FY2009 target keeps the new caption, as the FY2008
// release's target table does (004 line 296). In Japanese the line is worded by its period: 四半期純利益
// for a quarter and, from FY2008 (quarterly reporting), a half; 中間純利益 for a half before it; 当期純利益
// for a year and a target. The slide model and the release's HTML, every audience that shows the lines.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { figuresOf } from '../support/figures.js';
import { en } from '../../src/messages/en.js';
import { ja } from '../../src/messages/ja.js';
import { loadProfile } from '../../src/audience/profile.js';
import { makeInputs } from '../../src/render/inputs.js';
import { deckModel } from '../../src/render/deck/build-model.js';
import { renderReleaseHtml } from '../../src/render/release/index.js';
import { labelPeriod } from '../../src/render/label-period.js';
import { slideText, iij } from './deck-fixture.js';
import { jaInputs } from './ja-support.js';
import { root } from '../helpers.js';

const dirs = [join(root, 'templates')];
function enDeck(period: string, audience: string) {
  const { data, analysis } = iij();
  const inputs = makeInputs(data, figuresOf(analysis.ledger, period, en), en, dirs, audience, loadProfile(audience, dirs));
  return deckModel(inputs).slides;
}
const slide = (slides: ReturnType<typeof enDeck>, id: string) => slides.find((s) => s.id === id);
const text = (s: { id: string } | undefined) => (s ? slideText(s as never) : '');
/** lines of a slide's text that name net income (not per share, not equity in net income of investees) */
const netLines = (t: string) => t.split('\n').filter((l) => /^(▪ )?net income/i.test(l.trim()) && !/per share/i.test(l));

describe('net income in English decks follows the period of its figure', () => {
  for (const audience of ['investors', 'analysts', 'board']) {
    it(`FY2008 ${audience}: "Net Income" for FY2008's figures, the caption of FY2009 for FY2009's target`, () => {
      const slides = enDeck('FY2008', audience);
      const summary = text(slide(slides, 'summary'));
      expect(summary).toMatch(/Net Income: JPY1(,419 million|\.4 billion) \(down 72\.6% YoY\)/);
      expect(summary).not.toMatch(/attributable/i);
      const results = text(slide(slides, 'results'));
      expect(results.split('\n')).toContain('Net Income');
      expect(results).not.toMatch(/attributable/i);
      // the FY2009 target's line, beside FY2008's actual figure: FY2009's caption, as the company printed it
      expect(netLines(text(slide(slides, 'target')))).toEqual(['Net Income attributable to IIJ']);
    });
  }

  it('FY2008 investors: the income slide says "Net income" of FY08', () => {
    const income = text(slide(enDeck('FY2008', 'investors'), 'income'));
    expect(income).toContain('Net income: FY08: down 72.6% YoY');
    expect(income).not.toContain('Net income attributable to IIJ: FY08');
  });

  it('the income chart names its series by the era too: "Net income" in FY2008, "attributable to IIJ" in FY2009', () => {
    const series = (period: string) => {
      const b = slide(enDeck(period, 'investors'), 'income')!.blocks.find((x) => x.kind === 'chart');
      return b && b.kind === 'chart' ? [...new Set(b.data.rows.map((r) => r.series))] : [];
    };
    expect(series('FY2008')).toEqual(['Operating income', 'Net income', 'Operating margin ratio']);
    expect(series('FY2009')).toEqual(['Operating income', 'Net income attributable to IIJ', 'Operating margin ratio']);
  });

  it('FY2009 and 1Q09 keep "Net Income Attributable to IIJ" (ASC 810)', () => {
    for (const period of ['FY2009', 'FY2009-Q1']) {
      const slides = enDeck(period, 'investors');
      expect(text(slide(slides, 'summary'))).toContain('Net Income Attributable to IIJ: JPY');
      expect(text(slide(slides, 'results')).split('\n')).toContain('Net Income attributable to IIJ');
    }
  });
});

describe('net income in Japanese is worded by its period', () => {
  const jaDeck = (period: string) => deckModel(jaInputs(period).inputs).slides;

  it('the label of a period: 当期 for a year and a target, 四半期 for a quarter and a half from FY2008, 中間 before', () => {
    const fiscal = iij().data.company.fiscalYear;
    const word = (id: string, target = false) => ja.labelFor('当社株主に帰属する当期純利益', labelPeriod(id, fiscal, target));
    expect(word('FY2008')).toBe('当社株主に帰属する当期純利益');
    expect(word('FY2009-Q1')).toBe('当社株主に帰属する四半期純利益');
    expect(word('FY2008-9M')).toBe('当社株主に帰属する四半期純利益');
    expect(word('FY2008-H1')).toBe('当社株主に帰属する四半期純利益');
    expect(word('FY2007-H1')).toBe('当社株主に帰属する中間純利益');
    expect(word('FY2009-H1', true)).toBe('当社株主に帰属する当期純利益');
    expect(en.labelFor('Net income', labelPeriod('FY2009-Q1', fiscal))).toBe('Net income');
  });

  it('1Q09 deck: 当社株主に帰属する四半期純利益; the FY2010 target is 当期純利益', () => {
    const slides = jaDeck('FY2009-Q1');
    expect(text(slide(slides, 'summary'))).toContain('当社株主に帰属する四半期純利益：180百万円（前年同期比6.7%増）');
    expect(text(slide(slides, 'results')).split('\n')).toContain('当社株主に帰属する四半期純利益');
    expect(text(slide(slides, 'target')).split('\n')).toContain('当社株主に帰属する当期純利益');
  });

  it('1H08 deck: 四半期純利益, before ASC 810 (no 当社株主に帰属する); FY2008 deck: 当期純利益', () => {
    const half = text(slide(jaDeck('FY2008-H1'), 'summary'));
    expect(half).toContain('四半期純利益：368百万円（前年同期比89.4%減）');
    expect(half).not.toMatch(/中間純利益|当社株主に帰属する/);
    expect(text(slide(jaDeck('FY2008'), 'summary'))).toContain('当期純利益：1,419百万円（前期比72.6%減）');
  });

  it('1Q09 and 1H08 releases: the statements, tables and sentences say 四半期純利益', async () => {
    for (const [period, line] of [['FY2009-Q1', '当社株主に帰属する四半期純利益は180百万円'], ['FY2008-H1', '四半期純利益は368百万円']]) {
      const { html } = await renderReleaseHtml(jaInputs(period).inputs);
      const plain = html.replace(/<[^>]+>/g, '');
      expect(plain).toContain(line);
      expect(html).toMatch(/<th scope="row">(当社株主に帰属する)?四半期純利益<\/th>/);
      expect(html).not.toMatch(/<th scope="row">(当社株主に帰属する)?当期純利益<\/th>/);
      expect(plain).not.toContain('中間純利益');
    }
  });

  it('1H09 release\'s exchange summary: its actual columns say 四半期純利益, its full-year targets 当期純利益', async () => {
    const { html } = await renderReleaseHtml(jaInputs('FY2009-H1').inputs);
    const tse = html.slice(html.indexOf('<section class="tse">'));
    const heads = [...tse.matchAll(/<th scope="colgroup"[^>]*>([^<]*)<\/th>/g)].map((x) => x[1]);
    expect(heads).toContain('当社株主に帰属する四半期純利益');
    expect(heads).toContain('1株当たり当社株主に帰属する四半期純利益');
    expect(heads).toContain('税引前四半期純利益');
    // the targets table (the fiscal year's) keeps 当期純利益
    expect(heads).toContain('税引前当期純利益');
    expect(heads.filter((h) => /当期純利益/.test(h))).toEqual(['税引前当期純利益']);
    expect(tse).toContain('<p class="tse-line-head">当社株主に帰属する当期純利益：</p>');
  });
});
