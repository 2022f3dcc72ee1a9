// Ratios of coarse inputs, on data no test was written against: a copy of the fictional company gets
// a first quarter printed in JPY million and a first half printed only in JPY billion (one decimal).
// The second quarter is then the half less the quarter, known to ±0.05 billion: its % changes,
// margins and shares are not known even to the whole percent, and no document may print a digit of
// them. No browser: the release's HTML and the deck's slide model are read as the preflight reads
// the PDF and the PPTX (preflight/read-model.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepare, localeDirs } from '../../src/build.js';
import { buildFigures } from '../../src/model/figures.js';
import { messagesFor } from '../../src/messages/index.js';
import { makeInputs } from '../../src/render/inputs.js';
import { deckModel } from '../../src/render/deck/build-model.js';
import { renderReleaseHtml } from '../../src/render/release/index.js';
import { loadProfile } from '../../src/audience/profile.js';
import { lookFor } from '../../src/config/config.js';
import { preflightContext } from '../../src/preflight/context.js';
import { checkDocuments, formatFinding } from '../../src/preflight/run.js';
import { deckDocument, htmlDocument } from '../../src/preflight/read-model.js';
import { publishedDate } from '../../src/preflight/package.js';
import type { Figure } from '../../src/contract/figures.js';
import { fixtures, root } from '../helpers.js';

const FLASH = `# 1Q26 in JPY million, 1H26 only in JPY billion (one decimal). Fictional.
source: { file: harbor-1h26.txt, document: 1H FY2026 flash report, date: "2026-08-10" }
tables:
  - title: Results of the first quarter
    line: "8"
    unit: JPY million
    columns: [FY2026-Q1]
    rows:
      - [pl.sales.lamps, "9", "95"]
      - [pl.sales.service, "10", "55"]
      - [pl.sales.total, "11", "150"]
      - [pl.cogs, "12", "100"]
      - [pl.sga, "13", "45"]
      - [pl.operating-profit, "14", "5"]
  - title: Results of the first half
    line: "20"
    unit: JPY billion
    columns: [FY2026-H1]
    rows:
      - [pl.sales.lamps, "21", "0.2"]
      - [pl.sales.service, "22", "0.1"]
      - [pl.sales.total, "23", "0.3"]
      - [pl.cogs, "24", "0.2"]
      - [pl.sga, "25", "0.1"]
`;

const templates = [join(fixtures, 'harbor-templates'), join(root, 'templates')];
const built = new Map<string, { figures: Map<string, Figure>; text: string; findings: string[] }>();

beforeAll(async () => {
  const data = join(mkdtempSync(join(tmpdir(), 'qd-coarse-')), 'data');
  cpSync(join(fixtures, 'harbor'), join(data, 'harbor'), { recursive: true });
  mkdirSync(join(data, 'harbor', 'facts', '1h26-flash'));
  writeFileSync(join(data, 'harbor', 'facts', '1h26-flash', 'results.yaml'), FLASH);
  const { data: company, analysis } = prepare(data, 'harbor');
  for (const audience of ['investors', 'ja']) {
    const loaded = loadProfile(audience, templates);
    const profile = { ...loaded, ...lookFor(undefined, loaded, undefined) };
    const m = messagesFor(profile.language);
    for (const p of ['FY2026-Q2', 'FY2026-H1']) {
      const figures = buildFigures(analysis.ledger, p, m);
      const inputs = makeInputs(company, figures, m, localeDirs(templates, profile.language), audience, profile);
      const docs = [htmlDocument((await renderReleaseHtml(inputs)).html), deckDocument(deckModel(inputs))];
      built.set(`${p}/${audience}`, {
        figures: new Map(figures.figures.map((f) => [f.id, f])),
        text: docs.flatMap((d) => d.pages.map((pg) => pg.text)).join('\n'),
        findings: checkDocuments(docs, preflightContext(company, figures, m, publishedDate(inputs, p))).map((f) => formatFinding(f)),
      });
    }
  }
}, 120_000);

const shown = (key: string, id: string) => built.get(key)!.figures.get(id)?.display;

describe('ratios of figures printed in billions', () => {
  it('a quarter derived from a half printed in billions: its changes and shares are n.m., never a false digit', () => {
    // 2Q26 net sales: 0.3 billion less 150 million, anywhere from 100 to 200 million, against 155
    expect(shown('FY2026-Q2/investors', 'yoy:pl.sales.total@FY2026-Q2')).toBe('n.m.');
    expect(shown('FY2026-Q2/investors', 'qoq:pl.sales.total@FY2026-Q2')).toBe('n.m.');
    expect(shown('FY2026-Q2/investors', 'pct-of-revenue:pl.cogs@FY2026-Q2')).toBe('n.m.');
    expect(shown('FY2026-Q2/ja', 'yoy:pl.sales.total@FY2026-Q2')).toBe('－');
    // the half itself, 0.3 billion against 295 million: not a whole percent known either
    expect(shown('FY2026-H1/investors', 'yoy:pl.sales.total@FY2026-H1')).toBe('n.m.');
    // the first quarter, printed to the million: 150 against 140 is 6.4% to 7.9%, still not a whole percent
    expect(shown('FY2026-Q2/investors', 'yoy:pl.sales.total@FY2026-Q1')).toBe('n.m.');
  });

  it('ratios of the earlier years, printed to the million, keep the digits they support', () => {
    // 9M25 against 9M24: 440 against 480, −8.53% to −8.13%: a whole percent
    expect(shown('FY2026-Q2/investors', 'yoy:pl.sales.total@FY2025-Q2')).toBe('n.m.');
    expect(shown('FY2026-H1/investors', 'yoy:pl.sales.total@FY2025-H1')).toBe('(8%)');
    // the company printed FY2024's change and margin: shown as printed
    expect(shown('FY2026-H1/investors', 'yoy:pl.sales.total@FY2024')).toBe('20.3%');
  });

  it('the documents print no ratio beyond its precision, in English and in Japanese: a clean preflight', () => {
    for (const [key, b] of built) expect(b.findings, key).toEqual([]);
    const { text } = built.get('FY2026-Q2/investors')!;
    // the quarter's table: a dash where the amount is known only to 0.1 billion, n.m. for its change
    expect(text).toContain('Net sales 155 — n.m.');
    // the 1-decimal changes the old computation printed (2Q26: 150 / 155 − 1 = (3.2%); 1H26: 300 / 295 − 1 = 1.7%)
    expect(text).not.toMatch(/\(?3\.2%|1\.7%/);
  });

  it('amounts in words in the unit they are known to, with no change or turn their rounding leaves open', () => {
    const { text } = built.get('FY2026-Q2/investors')!;
    // 1H26 printed "0.3" (JPY billion): not "JPY300 million", and "up JPY5 million" would be a change of ±50 million
    expect(text).toContain('Net sales were JPY0.3 billion');
    expect(text).not.toContain('JPY300 million');
    expect(text).not.toMatch(/up JPY5 million/);
    // 2Q26's operating result is 1H26's (0.3 − 0.2 − 0.1 billion) less 1Q26's 5 million: its sign is not known
    expect(text).not.toContain('turned to a loss');
    expect(text).not.toContain('Operating loss was');
  });
});
