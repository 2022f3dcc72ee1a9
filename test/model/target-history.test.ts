// Targets with their history (harbor: FY2024 forecast announced 2024-02-09, revised 2024-08-09;
// IIJ: the FY2009 year-end dividend forecast revised from JPY1,000 to JPY1,250 on 2010-05-14).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadCompany } from '../../src/load/load-company.js';
import { analyse } from '../../src/calc/analyse.js';
import { buildFigures } from '../../src/model/figures.js';
import { en } from '../../src/messages/en.js';
import { ja } from '../../src/messages/ja.js';
import { makeInputs } from '../../src/render/inputs.js';
import { deckModel } from '../../src/render/deck/build-model.js';
import type { TableBlock } from '../../src/contract/deck.js';
import { fixtures, root } from '../helpers.js';
import { deckFor, iij, slideText } from '../render/deck-fixture.js';

describe('targets with their history (harbor)', () => {
  const { data } = loadCompany(fixtures, 'harbor');
  const a = analyse(data);
  const file = buildFigures(a.ledger, 'FY2024', en);
  const fig = (id: string) => file.figures.find((f) => f.id === id);

  it('keeps every announcement with its date', () => {
    const h = a.ledger.targetHistory('pl.sales.total', 'FY2024');
    expect(h.map((f) => `${f.announced} ${f.printed}`)).toEqual(['2024-02-09 700', '2024-08-09 720']);
    expect(a.ledger.target('pl.sales.total', 'FY2024', '2024-06-30')?.printed).toBe('700');
    expect(a.ledger.target('pl.sales.total', 'FY2024', '2024-12-31')?.printed).toBe('720');
  });

  it('shows the revised target, the previous one and the change', () => {
    expect(fig('target:pl.sales.total@FY2024')).toMatchObject({ value: '720000000', display: '720', announced: '2024-08-09' });
    expect(fig('target-prev:pl.sales.total@FY2024')).toMatchObject({ value: '700000000', display: '700', announced: '2024-02-09', printed: '700' });
    expect(fig('target-revision:pl.sales.total@FY2024')).toMatchObject({ value: '20000000', display: '+20' });
    expect(fig('target-prev:pl.sales.total@FY2024')?.sources.map((s) => s.file)).toEqual(['harbor-fy2023.txt']);
    expect(fig('target-revision:pl.operating-profit@FY2024')?.display).toBe('+15');
  });

  it('"vs target" compares with the target in force at the period end (the revised one)', () => {
    // 710 / 720 − 1 = −1.39%; against the initial 700 it would be +1.4%
    expect(fig('vs-target:pl.sales.total@FY2024')?.display).toBe('(1.4%)');
    expect(fig('vs-target:pl.operating-profit@FY2024')?.display).toBe('(4.3%)'); // 110 / 115 − 1
  });

  it('a document published before a revision shows the target then in force', () => {
    // the first half: its figures are published with the FY2024 results (2025-02-10) — after the revision
    const h1 = buildFigures(a.ledger, 'FY2024-H1', en).figures.find((f) => f.id === 'target:pl.sales.total@FY2024');
    expect(h1?.display).toBe('720');
    // FY2023's document (published 2024-02-09 with the initial forecast) is not changed by the revision
    const fy23 = buildFigures(a.ledger, 'FY2023', en).figures;
    expect(fy23.find((f) => f.id === 'target:pl.sales.total@FY2024')?.display).toBe('700');
    expect(fy23.find((f) => f.id.startsWith('target-prev:'))).toBeUndefined();
  });

  it('the deck gets a revised-target slide: revised, previous, change', () => {
    const inputs = makeInputs(data, file, en, [join(fixtures, 'harbor-templates'), join(root, 'templates')], 'investors');
    const s = deckModel(inputs).slides.find((x) => x.id === 'revised-target');
    expect(s?.title).toBe('FY2024 Revised Financial Target');
    const t = s!.blocks.find((b): b is TableBlock => b.kind === 'table')!;
    expect(t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Net sales', '720', '700', '+20', '2.9%'],
      ['Operating profit', '115', '100', '+15', '15.0%'],
    ]);
  });
});

describe('targets with their history (IIJ)', () => {
  it('FY2009: the year-end dividend forecast revised, as the seed deck says it (000 line 53)', () => {
    const summary = deckFor('FY2009').model.slides.find((s) => s.id === 'summary')!;
    expect(slideText(summary)).toContain('FY2009 year-end cash dividend forecast revised up to JPY1,250 from JPY1,000 per share of common stock');
    const figs = deckFor('FY2009').figures.figures;
    expect(figs.find((f) => f.id === 'target:div.per-share.year-end@FY2009')?.display).toBe('1,250');
    expect(figs.find((f) => f.id === 'target-prev:div.per-share.year-end@FY2009')?.announced).toBe('2009-05-15');
    // no profit target of FY2009 was revised: no revised-target slide
    expect(deckFor('FY2009').model.slides.find((s) => s.id === 'revised-target')).toBeUndefined();
  });

  it('FY2008: its document (May 15, 2009) shows the dividend target as then announced, with no revision', () => {
    const { analysis } = iij();
    const figs = buildFigures(analysis.ledger, 'FY2008', ja).figures;
    expect(figs.find((f) => f.id === 'target:div.per-share.year-end@FY2009')?.value).toBe('1000');
    expect(figs.find((f) => f.id === 'target-prev:div.per-share.year-end@FY2009')).toBeUndefined();
    expect(ja.targetRevised('up', '1,250円', '1,000円')).toBe('1,000円から1,250円に上方修正');
  });
});
