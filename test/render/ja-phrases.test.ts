// The Japanese release prints the phrases it printed before its templates became one set for every
// language (taken from the release.pdf text of the ja package built before the change), and a user's
// override of a partial shows in both languages, in each language's words. No browser: the release's HTML.
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { renderReleaseHtml } from '../../src/render/release/index.js';
import { makeInputs } from '../../src/render/inputs.js';
import { figuresOf } from '../support/figures.js';
import { en } from '../../src/messages/en.js';
import { ja } from '../../src/messages/ja.js';
import { loadProfile } from '../../src/audience/profile.js';
import { localeDirs } from '../../src/build.js';
import { root } from '../helpers.js';
import { templateFolder } from '../audience/support.js';
import { iij } from './ja-support.js';

const builtin = join(root, 'templates');
const text = (html: string) => html.replace(/<svg[\s\S]*?<\/svg>/g, '').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
async function release(period: string, lang: 'en' | 'ja', user: string[] = [], sections?: string[]): Promise<string> {
  const m = lang === 'ja' ? ja : en;
  const audience = lang === 'ja' ? 'ja' : 'investors';
  const dirs = localeDirs([...user, builtin], lang);
  const { data, analysis } = iij();
  const profile = loadProfile(audience, dirs);
  // sections: only those (a quicker release for the override tests)
  const inputs = makeInputs(data, figuresOf(analysis.ledger, period, m), m, dirs, audience, sections ? { ...profile, release: { ...profile.release, sections } } : profile);
  return (await renderReleaseHtml(inputs)).html;
}

const PHRASES: Record<string, string[]> = {
  FY2009: [
    '2010年3月期 通期 業績ハイライト',
    '売上高合計は68,006百万円、前期比2.5%減となりました。',
    '接続及びアウトソーシングサービス売上高は36,973百万円（前期比5.4%増）となりました。',
    'ATM運営事業売上原価は964百万円（2009年3月期は422百万円）、売上総損失は757百万円となりました。',
    '営業利益は3,412百万円（前期比16.9%増）となりました。',
    '2011年3月期の業績目標',
    '2011年3月31日に終了する連結会計年度の業績目標は以下のとおりです。',
    '本件に関するお問い合わせ先：',
  ],
  'FY2009-H1': [
    '2010年3月期のIIJ普通株式の中間配当金は、一株当たり1,000円です。2009年3月期の中間配当金と同額です',
    'の営業活動によるキャッシュ・フローは4,792百万円の収入',
    '2009年9月30日現在のSI及び機器販売の受注残高は16,243百万円（前年同期末比6.1%減）となりました。',
    '2010年3月期の業績目標（2009年5月15日公表）',
    '非GAAP財務指標の調整表',
    '会計方針、手続及び開示の変更',
    '財政状態',
  ],
  FY2008: [
    '売上高合計は69,731百万円（703百万米ドル）、前期比4.3%増となりました。',
    '売上高合計は18,942百万円（191百万米ドル）、前年同期比2.5%増、前四半期比8.0%増となりました。',
    '2009年3月31日現在の総資産は52,301百万円となり、2008年3月31日現在の残高から3,401百万円の減少となりました。',
    '2009年3月31日現在の株主資本比率（株主資本／総資産）は48.1%（前期末比3.3ポイント上昇）となりました。',
    '四半期連結損益計算書（未監査）',
    '連結貸借対照表（未監査）',
  ],
};

describe('the Japanese release, from the one template set', () => {
  const html: Record<string, string> = {};
  beforeAll(async () => {
    for (const p of Object.keys(PHRASES)) html[p] = text(await release(p, 'ja'));
  }, 180_000);

  for (const [period, phrases] of Object.entries(PHRASES)) {
    it(`${period}: prints the phrases it printed before`, () => {
      for (const p of phrases) expect(html[period]).toContain(p);
    });
  }
  it('prints no English sentence of the English templates', () => {
    for (const h of Object.values(html)) expect(h).not.toMatch(/Revenues totaled|For inquiries|Financial Targets|Results of Operation/);
  });
});

describe('a user override', () => {
  it('of a partial shows in both languages, in each language\'s words', async () => {
    const dir = templateFolder({ 'release/partials/about.hbs': '<section class="about"><p class="mine">{{t "about.inquiries"}} {{company.name}}</p></section>\n' });
    const [e, j] = [text(await release('FY2009', 'en', [dir], ['masthead', 'about'])), text(await release('FY2009', 'ja', [dir], ['masthead', 'about']))];
    expect(e).toContain('For inquiries, contact: Internet Initiative Japan Inc.');
    expect(j).toContain('本件に関するお問い合わせ先： 株式会社インターネットイニシアティブ');
  }, 60_000);

  it('of one catalog entry changes that language only', async () => {
    const dir = templateFolder({ 'i18n/ja.yaml': 'about:\n  inquiries: "IR窓口："\n' });
    const [e, j] = [text(await release('FY2009', 'en', [dir], ['masthead', 'about'])), text(await release('FY2009', 'ja', [dir], ['masthead', 'about']))];
    expect(j).toContain('IR窓口：');
    expect(j).not.toContain('本件に関するお問い合わせ先');
    expect(e).toContain('For inquiries, contact:');
  }, 60_000);
});
