// "No comparable figure", said explicitly. The fictional company regroups net sales from FY2026 and
// restates the full year FY2025, never 1H FY2025: in its 1H FY2026 documents the new lines (fixtures,
// smart lighting) have no comparable figure. figures.json lists each such change with its reason
// (no blank figure); the release's table and the deck's table print the mark ("—", 「－」) and the note,
// in English and Japanese. Across the restated full year the change is computed. Without a browser.
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localeDirs, prepare } from '../../src/build.js';
import { buildFigures } from '../../src/model/figures.js';
import { makeInputs } from '../../src/render/inputs.js';
import { renderReleaseHtml } from '../../src/render/release/index.js';
import { deckModel } from '../../src/render/deck/build-model.js';
import type { DeckModel, TableBlock } from '../../src/contract/deck.js';
import { messagesFor } from '../../src/messages/index.js';
import type { FiguresFile } from '../../src/contract/figures.js';
import { copyFixture, fixtures, root } from '../helpers.js';

const c = copyFixture();
cpSync(join(fixtures, 'harbor-eras'), join(c.dir, 'harbor'), { recursive: true });
const tpl = mkdtempSync(join(tmpdir(), 'qd-nc-tpl-'));
for (const d of [join('release', 'partials'), join('release', 'tables'), join('deck', 'slides')]) mkdirSync(join(tpl, d), { recursive: true });
// net sales by line, the prior period beside the current one, with the % change (the summary column set)
writeFileSync(join(tpl, 'release', 'tables', 'harbor-lines.yaml'), `unit: million
header: short
columns: summary
rows:
  - { item: pl.sales.lamps }
  - { item: pl.sales.fixtures }
  - { item: pl.sales.smart }
  - { item: pl.sales.service }
  - { item: pl.sales.total, bold: true, total: true }
`);
writeFileSync(join(tpl, 'release', 'partials', 'harbor-results.hbs'), `<section class="results">
<h1>{{doc.title}}</h1>
{{table "harbor-lines" cur="ytd" prior="ytdPrior" cls="summary"}}
<p class="change-cell">{{changeCell "pl.sales.fixtures" "ytd"}} {{changeCell "pl.sales.smart" "ytd"}}</p>
{{footnotes}}
</section>
`);
writeFileSync(join(tpl, 'deck', 'slides', 'results.yaml'), `id: results
title: '{{t "harbor.common.results" cur=(period "cur")}}'
unit: '{{t "deck.common.unit-jpy-million"}}'
blocks:
  - table:
      area: full
      stub: { header: '', width: 2.3 }
      columns:
        - { group: '{{period "cur" "range"}}', header: '', cell: '{{amount row.key "cur"}}', width: 0.9 }
        - { group: '{{period "prior" "range"}}', header: '', cell: '{{amount row.key "prior" optional=true}}', width: 0.9 }
        - { header: '{{t "deck.quarter-results.yoy"}}', cell: '{{changeCell row.key "cur"}}', width: 0.8 }
      rows:
        - { key: pl.sales.fixtures }
        - { key: pl.sales.smart }
        - { key: pl.sales.service }
        - { key: pl.sales.total, style: total }
`);
const dirs = [tpl, join(fixtures, 'harbor-templates'), join(root, 'templates')];
type Docs = { figures: FiguresFile; html: string; deck: DeckModel };
const docs: Record<string, Docs> = {};

async function documents(period: string, lang: string): Promise<Docs> {
  const { data, analysis } = prepare(c.dir, 'harbor');
  const m = messagesFor(lang);
  const figures = buildFigures(analysis.ledger, period, m, { measures: 'asked' });
  const inputs = makeInputs(data, figures, m, localeDirs(dirs, lang), 'investors');
  return { figures, html: (await renderReleaseHtml(inputs)).html, deck: deckModel(inputs) };
}

beforeAll(async () => {
  docs.en = await documents('FY2026-H1', 'en');
  docs.ja = await documents('FY2026-H1', 'ja');
  docs.fy = await documents('FY2026', 'en');
}, 120_000);

/** The release table row of a label: its cells' text (a note reference kept as its superscript). */
function releaseRow(html: string, label: string): string[] | undefined {
  const row = [...html.matchAll(/<tr class="[^"]*"><th scope="row">([^<]*)(?:<sup[^>]*>[^<]*<\/sup>)?<\/th>(.*?)<\/tr>/g)].find((r) => r[1] === label);
  return row ? [...row[2].matchAll(/<td class="[^"]*">(.*?)<\/td>/g)].map((x) => x[1].replace(/<sup class="note-ref">([^<]*)<\/sup>/, '$1')) : undefined;
}
const deckRows = (d: DeckModel) => (d.slides.find((s) => s.id === 'results')!.blocks.find((b) => b.kind === 'table') as TableBlock).rows.map((r) => r.cells.map((x) => x.text));
const deckFootnotes = (d: DeckModel) => d.slides.find((s) => s.id === 'results')!.footnotes;

describe('a change across the regrouping with no comparable figure', () => {
  it('figures.json: the change is absent, listed with its reason, never a blank figure', () => {
    const f = docs.en.figures;
    expect(f.figures.find((x) => x.id === 'yoy:pl.sales.fixtures@FY2026-H1')).toBeUndefined();
    expect(f.notComparable).toContainEqual({
      id: 'yoy:pl.sales.fixtures@FY2026-H1', item: 'pl.sales.fixtures', measure: 'yoy', period: 'FY2026-H1', base: 'FY2025-H1', since: 'FY2026',
      reason: 'no comparable figure: Fixtures is reported from FY2026, and 1H25 was not restated in the new grouping',
    });
    expect(f.notComparable?.map((n) => n.id)).toEqual(expect.arrayContaining(['yoy-diff:pl.sales.fixtures@FY2026-H1', 'yoy:pl.sales.smart@FY2026-H1']));
    // a line of both groupings, and the total, compare as ever: 110 against 100, 335 against 295
    expect(f.notComparable?.some((n) => n.item === 'pl.sales.service' || n.item === 'pl.sales.total')).toBe(false);
    const all = buildFigures(prepare(c.dir, 'harbor').analysis.ledger, 'FY2026-H1', messagesFor('en')).figures;
    expect(all.find((x) => x.id === 'yoy-diff:pl.sales.service@FY2026-H1')?.display).toBe('+10');
    expect(all.find((x) => x.id === 'yoy:pl.sales.total@FY2026-H1')?.display).toBe('14%');
  });

  it('the release\'s table prints the mark with its note, in English', () => {
    const note = 'No comparable figure: Fixtures is reported from FY2026; 1H25 was not restated in the new grouping.';
    const fixturesRow = releaseRow(docs.en.html, 'Fixtures');
    expect(fixturesRow).toEqual(['', '160', expect.stringMatching(/^—[¹²³]$/)]);
    const ref = fixturesRow![2].slice(1);
    expect(docs.en.html).toContain(note);
    expect(docs.en.html).toMatch(new RegExp(`${ref}[^<]*</[^>]+>\\s*(<[^>]+>\\s*)*${note}|${ref}\\s*${note}`));
    expect(releaseRow(docs.en.html, 'Smart lighting')?.[2]).toMatch(/^—[¹²³]$/);
    // a line of both groupings compares as ever (110 against 100: not even a whole percent is known, "n.m.")
    expect(releaseRow(docs.en.html, 'Maintenance service')).toEqual(['100', '110', 'n.m.']);
    // the old line is not shown for the restated year, nor for its half
    expect(releaseRow(docs.en.html, 'Lamps')).toBeUndefined();
  });

  it('{{changeCell}} in a release partial prints the mark with the note the table\'s cell refers to', () => {
    const sup = (x: string) => x.replace(/<sup class="note-ref">([^<]*)<\/sup>/g, '$1');
    const cells = sup(/<p class="change-cell">(.*?)<\/p>/.exec(docs.en.html)![1]);
    const refs = ['Fixtures', 'Smart lighting'].map((l) => releaseRow(docs.en.html, l)![2]);
    expect(cells).toBe(refs.join(' '));
    expect(refs[0]).toMatch(/^—[¹²³]$/);
    // one note per line, each printed once
    expect(docs.en.html.split('No comparable figure: Fixtures is reported from FY2026').length).toBe(2);
  });

  it('the deck\'s table prints the mark, and the note is under the slide', () => {
    expect(deckRows(docs.en.deck)).toEqual([
      ['Fixtures', '160', '', '—*'], ['Smart lighting', '65', '', '—*'], ['Maintenance service', '110', '100', 'n.m.'], ['Net sales', '335', '295', '14%'],
    ]);
    expect(deckFootnotes(docs.en.deck)).toEqual(expect.arrayContaining([
      '*No comparable figure: Fixtures is reported from FY2026; 1H25 was not restated in the new grouping.',
      '*No comparable figure: Smart lighting is reported from FY2026; 1H25 was not restated in the new grouping.',
    ]));
    // and in the speaker notes, with figures.json's reason
    expect(docs.en.deck.slides.find((s) => s.id === 'results')!.notes).toContain('- Fixtures (yoy), 1H26: no comparable figure: Fixtures is reported from FY2026, and 1H25 was not restated in the new grouping');
  });

  it('in Japanese: 「－」 and the note in the company\'s wording', () => {
    const note = '照明器具は2026年12月期から区分して表示しており、2025年12月期第2四半期累計は新しい区分に組み替えていないため、比較可能な数値はありません。';
    expect(releaseRow(docs.ja.html, '照明器具')?.[2]).toMatch(/^－[¹²³]$/);
    expect(docs.ja.html).toContain(note);
    expect(deckRows(docs.ja.deck).find((r) => r[0] === '照明器具')).toContain('－※');
    expect(deckFootnotes(docs.ja.deck)).toContain(`※${note}`);
    expect(docs.ja.figures.notComparable?.find((n) => n.id === 'yoy:pl.sales.fixtures@FY2026-H1')?.reason).toContain('比較可能な数値なし');
  });

  it('across the restated full year the change is computed from the restated figures, and nothing is marked', () => {
    expect(releaseRow(docs.fy.html, 'Fixtures')).toEqual(['300', '330', '10%']);
    expect(docs.fy.figures.notComparable?.some((n) => n.period === 'FY2026')).toBeFalsy();
    expect(deckFootnotes(docs.fy.deck).join(' ')).not.toContain('No comparable figure');
  });
});
