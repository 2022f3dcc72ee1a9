// A chart point with no comparable figure is not drawn (no row: never a zero), and the chart's alt text
// (the PDF's /Alt, the PPTX chart's description) says why. The fictional company reports fixtures from
// FY2026 and restated FY2025, never FY2024: the FY2026 deck's fixtures chart with its YoY line has no
// YoY point for FY25, and none for 1H26 in the half's deck. The slide model, in English and Japanese.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localeDirs, prepare } from '../../src/build.js';
import { buildFigures } from '../../src/model/figures.js';
import { makeInputs } from '../../src/render/inputs.js';
import { deckModel } from '../../src/render/deck/build-model.js';
import { messagesFor } from '../../src/messages/index.js';
import type { ChartBlock } from '../../src/contract/deck.js';
import { copyFixture, fixtures, root } from '../helpers.js';

const c = copyFixture();
cpSync(join(fixtures, 'harbor-eras'), join(c.dir, 'harbor'), { recursive: true });
const tpl = mkdtempSync(join(tmpdir(), 'qd-nc-chart-'));
mkdirSync(join(tpl, 'charts'), { recursive: true });
mkdirSync(join(tpl, 'deck', 'slides'), { recursive: true });
writeFileSync(join(tpl, 'charts', 'fixtures-yoy.vl.json'), JSON.stringify({ usermeta: { quarterdeck: { kind: 'bar-line', title: 'Fixtures', series: [{ key: 'pl.sales.fixtures' }, { key: 'yoy:pl.sales.fixtures', axis: 'right', label: 'YoY' }], periods: ['prior', 'cur'] } } }));
writeFileSync(join(tpl, 'deck', 'slides', 'results.yaml'), `id: results\ntitle: '{{t "harbor.common.results" cur=(period "cur")}}'\nblocks:\n  - chart: { area: full, spec: fixtures-yoy, labels: all }\n`);

function chart(period: string, lang: string): ChartBlock {
  const { data, analysis } = prepare(c.dir, 'harbor');
  const m = messagesFor(lang);
  const inputs = makeInputs(data, buildFigures(analysis.ledger, period, m, { measures: 'asked' }), m, localeDirs([tpl, join(fixtures, 'harbor-templates'), join(root, 'templates')], lang), 'investors');
  return deckModel(inputs).slides.find((s) => s.id === 'results')!.blocks.find((b) => b.kind === 'chart') as ChartBlock;
}

describe('a chart point with no comparable figure', () => {
  it('FY2026: no YoY point for FY25 (no zero), and the alt text says why', () => {
    const b = chart('FY2026', 'en');
    expect(b.data.rows.filter((r) => r.series === 'YoY').map((r) => [r.period, r.label])).toEqual([['FY26', '10%']]);
    expect(b.data.alt).toContain('YoY: FY26 10%.');
    expect(b.data.alt).toContain('YoY, FY25: no point drawn. No comparable figure: Fixtures is reported from FY2026; FY2024 was not restated in the new grouping.');
  });

  it('1H26 in Japanese: the reason in the document language', () => {
    const b = chart('FY2026-H1', 'ja');
    expect(b.data.rows.some((r) => r.series === 'YoY')).toBe(false);
    expect(b.data.alt).toMatch(/YoY（26\/12期 上期）：表示なし。.*比較可能な数値はありません。/);
  });
});
