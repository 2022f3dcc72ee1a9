// Templates ask the model for every number and period label: none may be typed into templates/.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers.js';
import { loadReleaseTemplates } from '../../src/template/release.js';

const TEXT = /\.(hbs|ya?ml|json|css|html|svg|md|txt)$/;
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => { const p = join(dir, n); return statSync(p).isDirectory() ? files(p) : TEXT.test(n) ? [p] : []; });
}

/** What a typed figure or period label looks like. */
const FORBIDDEN: [string, RegExp][] = [
  ['a number with thousands separators', /(?<!\d)\d{1,3}(?:,\d{3})+(?!\d)/],
  ['a percentage', /\d(?:\.\d+)?\s?%/],
  ['a fiscal year label', /\bFY\s?\d{2,4}\b/i],
  ['a quarter, half or nine-month label', /\b(?:[1-4]Q|[12]H|9M)\s?(?:\d{2}|\d{4})\b/i],
  ['a period id', /\bFY\d{4}-(?:H[12]|Q[1-4]|9M)\b/],
  ['a date', /\b(?:19|20)\d{2}-\d{2}-\d{2}\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, (?:19|20)\d{2}\b/],
  // the same in Japanese (templates/locales/ja): 2010年3月31日, 2010年3月期, 第4四半期, 10/3期
  ['a Japanese date or fiscal label', /\d{2,4}年\d{1,2}月|\d{1,2}月\d{1,2}日|第[1-4１-４一二三四]四半期|\d{2}\/\d{1,2}期/],
];

/** The offending lines of a text: [line number, what, the line]. */
export function typedFigures(text: string): [number, string, string][] {
  const out: [number, string, string][] = [];
  text.split('\n').forEach((line, i) => {
    for (const [what, re] of FORBIDDEN) if (re.test(line)) out.push([i + 1, what, line.trim()]);
  });
  return out;
}

describe('templates/', () => {
  const all = files(join(root, 'templates'));

  it('has the release templates and the charts it draws', () => {
    const names = all.map((f) => relative(root, f));
    expect(names).toContain(join('templates', 'release', 'release.hbs'));
    expect(names).toContain(join('templates', 'charts', 'revenue-by-line.vl.json'));
    expect(names).toContain(join('templates', 'charts', 'operating-income.vl.json'));
    expect(names.filter((n) => n.includes(join('release', 'tables'))).length).toBeGreaterThan(10);
  });

  it('holds no typed number, percentage or period label', () => {
    const found = all.flatMap((f) => typedFigures(readFileSync(f, 'utf8')).map(([line, what, text]) => `${relative(root, f)}:${line}: ${what}: ${text}`));
    expect(found).toEqual([]);
  });

  it('the scan finds what it is meant to find', () => {
    expect(typedFigures('Revenue was JPY69,731 million').map((x) => x[1])).toEqual(['a number with thousands separators']);
    expect(typedFigures('up 4.3% YoY').map((x) => x[1])).toEqual(['a percentage']);
    expect(typedFigures('Targets for FY2009').map((x) => x[1])).toEqual(['a fiscal year label']);
    expect(typedFigures('from 4Q07, 1H09 and 9M09').map((x) => x[1])).toEqual(['a quarter, half or nine-month label']);
    expect(typedFigures('As of March 31, 2009').map((x) => x[1])).toEqual(['a date']);
    expect(typedFigures('2010年3月期第4四半期').map((x) => x[1])).toEqual(['a Japanese date or fiscal label']);
    expect(typedFigures('{{period "end"}}現在の総資産は{{money "bs.total-assets" "end"}}').map((x) => x[1])).toEqual([]);
    expect(typedFigures('{{money "is.revenue.total" "ytd"}} {{period "qPrior"}} width: 21mm')).toEqual([]);
  });

  it('the release\'s table layouts pass their schema and name known column sets', () => {
    const t = loadReleaseTemplates([join(root, 'templates')]);
    expect(Object.keys(t.tables)).toEqual(expect.arrayContaining(['balance-sheet', 'income-statement', 'cash-flow', 'per-share', 'operating-summary', 'contracts']));
    expect(Object.keys(t.equity)).toEqual(['equity-statement']);
  });
});
