// The Japanese results deck prints the phrases it printed while it was its own copy of slides.yaml
// (taken from the deck.pptx text of the ja packages built before the change), now that one slides.yaml
// serves every language with its words from the catalogs (deck.* keys of templates/i18n). The English
// deck keeps its words too. No browser: the slide model.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { deckModel } from '../../src/render/deck/build-model.js';
import { slideText, deckFor } from './deck-fixture.js';
import { jaInputs } from './ja-support.js';
import { root } from '../helpers.js';

const jaText = (period: string) => deckModel(jaInputs(period).inputs).slides.map(slideText).join('\n');

const PHRASES: Record<string, string[]> = {
  FY2009: [
    'I. 2010年3月期連結業績の概要及び2011年3月期業績目標',
    '接続及びアウトソーシングサービス売上高は前期比5.4%増加、SI売上高は前期比10.6%減少',
    '2010年3月期の期末配当予想を普通株式一株当たり1,000円から1,250円に上方修正',
    '2011年3月期は増収増益を目指します',
    'アウトソーシングサービス：10/3期 16,271百万円（前期比5.7%増）、10/3期 4Q 前年同期比3.8%増、前四半期比1.9%増',
    '売上総利益率：10/3期 17.4%（前期比1.0ポイント上昇）、10/3期 4Q 前四半期比0.3ポイント低下',
    'SI売上原価：10/3期 21,904百万円（前期比14.2%減）、10/3期 4Q 前年同期比1.6%増、前四半期比52.1%増',
    '常駐外注要員数：2010年3月末現在 312名（前期末比58増、前四半期末比76増）',
    '2010年3月期の新卒採用者数は77名（2009年3月期：92名）',
    'ATM運営事業（2010年3月末現在 136台）',
    '売掛金の増加：1,179百万円',
    '短期借入金の返済（純額）：2,900百万円',
    '営業利益：3,412百万円（前期比16.9%増）',
    'IIJ株主資本比率：53.4%',
    '単位：十億円（一株当たりの金額を除く）',
    '持分法適用関連会社',
  ],
  FY2008: [
    'I. 2009年3月期連結業績の概要及び2010年3月期業績目標',
    '接続及びアウトソーシングサービス売上高は前期比12.1%増加、SI売上高は前期比1.1%減少',
    '2010年3月期の年間配当金は普通株式一株当たり2,000円を予定（2009年3月期：2,000円）',
    '継続的売上高：09/3期 54,064百万円（前期比14.3%増）、09/3期 4Q 14,032百万円（前年同期比9.1%増、前四半期比3.2%増）',
    '税引前利益：09/3期 前期比53.4%減、09/3期 4Q 前年同期比51.9%減、前四半期比66.4%増',
    '当期純利益：09/3期 前期比72.6%減', // before ASC 810: the FY2008 release's caption (net-income-labels.test.ts),
    '売掛金の減少：1,947百万円',
    'ATM運営事業（2009年3月末現在 10台）',
  ],
  'FY2009-H1': [
    'I. 2010年3月期第2四半期累計連結業績の概要及び2010年3月期業績目標',
    '接続及びアウトソーシングサービス売上高は前年同期比7.7%増加、SI売上高は前年同期比13.3%減少',
    'バックボーン費用：10/3期 上期 1,830百万円（前年同期比0.9%減）、10/3期 2Q 912百万円（前年同期比4.2%減、前四半期比1%減）', // QoQ against a derived quarter (1,830 − 912): known to a whole percent only (issue 11)
    '売上高目標：730億円（前期比4.7%増）、営業利益目標：33億円（前期比13.1%増）',
    '税引前利益：10/3期 上期 前年同期比33.9%増、10/3期 2Q 前年同期比59.0%増、前四半期比142.0%増',
    '株式会社インターネットイニシアティブ 財務部',
    '短期借入金の返済（純額）：150百万円',
  ],
};

describe('the Japanese deck, from the one slides.yaml', () => {
  it('has no Japanese copy of slides.yaml', () => {
    expect(existsSync(join(root, 'templates', 'locales', 'ja', 'deck', 'slides.yaml'))).toBe(false);
  });
  for (const [period, phrases] of Object.entries(PHRASES)) {
    it(`${period}: prints the phrases it printed before`, () => {
      const text = jaText(period);
      for (const p of phrases) expect(text).toContain(p);
      // none of the English deck's words (the press releases' titles in the data are English)
      expect(text).not.toMatch(/YoY|QoQ|Unit: JPY|% of Revenues|Consolidated Results|Agenda/);
    });
  }
  it('the English deck keeps its words', () => {
    const text = deckFor('FY2009').model.slides.map(slideText).join('\n');
    expect(text).toContain('Connectivity and outsourcing service revenue increased 5.4% YoY, SI revenue decreased 10.6% YoY');
    expect(text).toMatch(/Increase in accounts receivable: JPY1,179 million/);
    expect(text).not.toMatch(/[\u3040-\u30ff]/);
  });
});
