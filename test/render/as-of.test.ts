// Instants at any date: a KPI "as of" a date after the period end (up to the document's date) has
// its place: {{asOf "kpi.stores"}} prints the latest figure with its date, in both languages; a
// figure dated after the document's publication is never shown. The fictional company's FY2025
// deck (published 2026-02-10) with a store count at 2025-12-31, 2026-02-05 and 2026-03-01.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepare, localeDirs, projectRoot } from '../../src/build.js';
import { buildFigures } from '../../src/model/figures.js';
import { makeInputs } from '../../src/render/inputs.js';
import { deckModel } from '../../src/render/deck/build-model.js';
import { deckPptx } from '../../src/export/pptx.js';
import { pptxPages } from '../../src/preflight/read-pptx.js';
import { messagesFor } from '../../src/messages/index.js';
import { loadProfile } from '../../src/audience/profile.js';
import { copyFixture, fixtures } from '../helpers.js';

const c = copyFixture();
c.edit('taxonomy/position.yaml', (s) => `${s}  - { id: kpi.stores, en: Stores, ja: 店舗数, unit: count, time: instant }\n`);
mkdirSync(join(c.dir, 'harbor', 'facts', 'store-counts'));
c.write('facts/store-counts/stores.yaml', `source: { file: harbor-stores.txt, document: Store count notices, date: "2026-03-02" }
tables:
  - title: Stores
    line: "3"
    unit: count
    columns: ["2025-12-31", "2026-02-05", "2026-03-01"]
    rows:
      - [kpi.stores, "4", "12", "14", "15"]
`);
const tpl = mkdtempSync(join(tmpdir(), 'qd-asof-tpl-'));
const slide = (label: string) => `id: summary
title: 'Summary of {{period "cur"}}'
blocks:
  - bullets:
      area: full
      items:
        - text: '${label}: {{asOf "kpi.stores"}}'
        - text: '${label} (year end): {{asOf "kpi.stores" "2025-12-31"}}'
`;
for (const [dir, label] of [[join(tpl, 'deck', 'slides'), 'Stores'], [join(tpl, 'locales', 'ja', 'deck', 'slides'), '店舗数']]) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'summary.yaml'), slide(label));
}
const texts = new Map<string, string>();

async function deckText(audience: string): Promise<string> {
  const { data, analysis } = prepare(c.dir, 'harbor');
  const dirs = [tpl, join(fixtures, 'harbor-templates'), join(projectRoot(), 'templates')];
  const profile = loadProfile(audience, dirs);
  const m = messagesFor(profile.language);
  const file = buildFigures(analysis.ledger, 'FY2025', m, { measures: 'asked' });
  const model = deckModel(makeInputs(data, file, m, localeDirs(dirs, profile.language), audience, profile));
  return (await pptxPages(await deckPptx(model))).map((p) => p.text).join('\n');
}

beforeAll(async () => {
  texts.set('en', await deckText('investors'));
  texts.set('ja', await deckText('ja'));
}, 60_000);

describe('a KPI as of a date after the period end', () => {
  it('prints the latest figure up to the document\'s date, with its date, in English', () => {
    expect(texts.get('en')).toContain('Stores: 14 as of February 5, 2026');
    expect(texts.get('en')).toContain('Stores (year end): 12 as of December 31, 2025');
    expect(texts.get('en')).not.toMatch(/\b15 as of/);
  });

  it('and in Japanese', () => {
    expect(texts.get('ja')).toContain('店舗数: 2026年2月5日現在 14');
    expect(texts.get('ja')).toContain('店舗数 (year end): 2025年12月31日現在 12');
  });

  it('figures.json holds the instants from the period to the document\'s date, not after', () => {
    const { analysis } = prepare(c.dir, 'harbor');
    const ids = buildFigures(analysis.ledger, 'FY2025', messagesFor('en')).figures.map((f) => f.id);
    expect(ids).toContain('kpi.stores@2026-02-05');
    expect(ids).toContain('kpi.stores@2025-12-31');
    expect(ids).not.toContain('kpi.stores@2026-03-01');
  });
});
