// The exchange's summary (TSE format) takes its words from the catalogs (`tse.*` of
// templates/i18n/<lang>.yaml, render/release/tse-words.ts), as every other template word: a user
// folder's i18n/ja.yaml holding one tse key changes that entry in Japanese only. HTML, no browser.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { makeInputs } from '../../src/render/inputs.js';
import { renderReleaseHtml } from '../../src/render/release/index.js';
import { loadProfile } from '../../src/audience/profile.js';
import { localeDirs } from '../../src/build.js';
import { loadCatalogs } from '../../src/template/catalogs.js';
import { tseMessages } from '../../src/render/release/tse-words.js';
import { loadTemplateSet } from '../../src/template/template-set.js';
import { en } from '../../src/messages/en.js';
import { ja } from '../../src/messages/ja.js';
import { figuresOf } from '../support/figures.js';
import { iij } from '../render/deck-fixture.js';
import { root } from '../helpers.js';
import { templateFolder } from '../audience/support.js';

const builtin = join(root, 'templates');
const changed = '（百万円未満切捨て）';

/** The release HTML of FY2009 in the audience's language, from these folders: the summary's section only (quicker). */
async function release(audience: 'ja', dirs: string[]): Promise<string> {
  const profile = loadProfile(audience, dirs);
  const m = profile.language === 'ja' ? ja : en;
  const inputs = makeInputs(iij().data, figuresOf(iij().analysis.ledger, 'FY2009', m), m, localeDirs(dirs, profile.language), audience, { ...profile, release: { ...profile.release, sections: ['tse-summary'] } });
  return (await renderReleaseHtml(inputs)).html;
}

describe('the summary\'s words', () => {
  it('are the catalog\'s, in the document\'s language', () => {
    const [cen, cja] = loadCatalogs([builtin]);
    const w = { span: 'H1', months: 6, start: '2009-04-01', end: '2009-09-30', fyEnd: '2010-03-31', targetStart: '2010-04-01', targetEnd: '2011-03-31', company: 'Internet Initiative Japan Inc.', short: 'IIJ' };
    expect(tseMessages(cen, en).title(w)).toBe('Consolidated Financial Results for the Six Months Ended September 30, 2009');
    expect(tseMessages(cja, ja).title(w)).toBe('2010年3月期第2四半期決算短信');
    expect(tseMessages(cja, ja).periodRow({ months: 6, end: '2010-09-30', fyEnd: '2011-03-31', ended: false, forecast: true })).toBe('第2四半期連結累計期間');
    expect(tseMessages(cen, en).negative('38.7')).toBe('(38.7)');
    expect(tseMessages(cja, ja).negative('38.7')).toBe('△38.7');
  });

  it('a user folder\'s ja entry changes the Japanese release only', async () => {
    const dir = templateFolder({ 'i18n/ja.yaml': `tse:\n  rounding: "${changed}"\n` });
    const dirs = [dir, builtin];
    const [cen, cja] = loadCatalogs(dirs);
    expect(tseMessages(cja, ja).rounding()).toBe(changed);
    expect(tseMessages(cen, en).rounding()).toBe('(Amounts of less than JPY one million are rounded)');
    // the English release's set takes the English catalog, which the folder leaves as it is
    const english = loadTemplateSet({ dirs, profile: loadProfile('investors', dirs), documents: ['release'] });
    expect(english.catalog.messages.get('tse.rounding')!.source).toBe('(Amounts of less than JPY one million are rounded)');
    const htmlJa = await release('ja', dirs);
    expect(htmlJa).toContain(changed);
    expect(htmlJa).not.toContain('（百万円未満四捨五入）');
  }, 60_000);
});
