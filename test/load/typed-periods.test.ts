// No period label typed into reusable company text (disclaimers, about, notices, footers and their
// translations): `check` names the file and line; a text's history entry (`since:`) may name an
// earlier year; period-specific narrative (quotes, reasons) is not checked; the real data passes.
import { describe, expect, it } from 'vitest';
import { loadCompany } from '../../src/load/load-company.js';
import { periodLabelsIn } from '../../src/load/typed-periods.js';
import { QuarterDeckError, type Problem } from '../../src/errors/problem.js';
import { copyFixture, dataDir } from '../helpers.js';

const problemsOf = (dir: string): Problem[] => {
  try { loadCompany(dir, 'harbor'); return []; } catch (e) { if (e instanceof QuarterDeckError) return e.problems; throw e; }
};

describe('period labels in reusable text', () => {
  it('finds the company\'s label forms, never a placeholder', () => {
    expect(periodLabelsIn('regarding FY2008 revenues, FY09, 1H09, 4Q08, 9M09, 1H FY2009 and 2010年3月期').map((l) => l.label))
      .toEqual(['1H09', '4Q08', '9M09', '1H FY2009', 'FY2008', 'FY09', '2010年3月期']);
    expect(periodLabelsIn('statements regarding {{fiscalYear}} revenues, posted on {{releaseDate}}; founded in 1992')).toEqual([]);
  });

  it('a Japanese label names its fiscal year by the company\'s year end: 2009年3月期 is IIJ\'s FY2008', () => {
    expect(periodLabelsIn('2009年3月期までの従来の資料', { endMonth: 3, naming: 'start' })).toEqual([{ label: '2009年3月期', fy: 2008 }]);
    expect(periodLabelsIn('2025年12月期', { endMonth: 12, naming: 'start' })).toEqual([{ label: '2025年12月期', fy: 2025 }]);
    expect(periodLabelsIn('2010年3月期', { endMonth: 3, naming: 'end' })).toEqual([{ label: '2010年3月期', fy: 2010 }]);
    // a month that is not the year end names no fiscal year (still a typed label)
    expect(periodLabelsIn('2009年9月期', { endMonth: 3, naming: 'start' })).toEqual([{ label: '2009年9月期', fy: undefined }]);
  });

  it('a label typed into a disclaimer is a problem at its file and line; a history entry may name an earlier year', () => {
    const c = copyFixture();
    c.edit('company.yaml', (s) => `${s}disclaimers:
  forward_looking:
    text: "Statements regarding FY2025 net sales are forward-looking."
  grouping:
    - until: FY2025
      text: "Net sales are shown by product line."
    - since: FY2026
      text: "Net sales are grouped as from FY2026; the lines up to FY2025 are restated."
about:
  text: |-
    Harbor Lights makes lamps.
    Its 2H25 results are its best.
`);
    const found = problemsOf(c.dir).filter((p) => p.code === 'E_PERIOD_LABEL');
    const text = (file: string) => import('node:fs').then((fs) => fs.readFileSync(file, 'utf8'));
    return text(`${c.dir}/harbor/company.yaml`).then((yaml) => {
      const lineOf = (needle: string) => yaml.split('\n').findIndex((l) => l.includes(needle)) + 1;
      expect(found.map((p) => ({ file: p.file?.replace(/^.*\/harbor\//, ''), line: p.line, found: p.found, field: p.field }))).toEqual([
        { file: 'company.yaml', line: lineOf('Statements regarding FY2025'), found: 'FY2025', field: 'disclaimers.forward_looking.text' },
        // "as from FY2026" names the entry's own first year: it would go stale; "up to FY2025" is history
        { file: 'company.yaml', line: lineOf('grouped as from'), found: 'FY2026', field: 'disclaimers.grouping.1.text' },
        { file: 'company.yaml', line: lineOf('Its 2H25 results'), found: '2H25', field: 'about.text' },
      ]);
      expect(found[0].message).toContain('"FY2025"');
      expect(found[0].hint).toContain('{{fiscalYear}}');
    });
  });

  it('the real data passes: its texts take the period from the package; narrative quoting other years is not checked', () => {
    const { data } = loadCompany(dataDir, 'iij');
    const extra = data.company.extra as unknown as { disclaimers: { forward_looking_release: { text: string } } };
    expect(extra.disclaimers.forward_looking_release.text).toContain('regarding {{fiscalYear}} revenues');
    // period-specific narrative may name other years (1H09: "the latter half of FY2008")
    expect(data.narrative.some((n) => JSON.stringify(n.sections).includes('FY2008') && n.period === 'FY2009-H1')).toBe(true);
  });
});
