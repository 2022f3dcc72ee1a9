// A problem says its words by key (errors/problem.ts `says`, messages/problems-*.ts): the English
// text is what it always was, and the same problem reads in Japanese with the same file, line,
// expected and found. Real problems of the fictional company's data: a sum that does not foot, a
// fact that is not a number, an unknown item with "did you mean".
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/prepare.js';
import { QuarterDeckError, formatProblemIn, inLanguage, type Problem } from '../../src/errors/problem.js';
import { problemsEn } from '../../src/messages/problems-en.js';
import { problemsJa } from '../../src/messages/problems-ja.js';
import { copyFixture } from '../helpers.js';

const RESULTS = 'facts/fy2025-release/results.yaml';

/** The problems `prepare` stops with on a copy of the fixture edited by `edit`. */
function problemsOf(edit: (s: string) => string): Problem[] {
  const c = copyFixture();
  c.edit(RESULTS, edit);
  try { prepare(c.dir, 'harbor'); } catch (e) { if (e instanceof QuarterDeckError) return e.problems; throw e; }
  throw new Error('the edited data passed');
}

describe('problems in the preview\'s language', () => {
  it('a sum that does not foot: the message, found and terms by key; Japanese with the same file, line and expected', () => {
    const [p] = problemsOf((s) => s.replace('"101,500"', '"101,600"'));
    expect(p).toMatchObject({ code: 'E_CHECK', says: { message: { key: 'doesNotFoot' }, found: { key: 'footingFound' }, hint: { key: 'footingTerms' } } });
    const [why, period] = p.says!.message!.args as [string, string];
    expect(p.message).toBe(problemsEn.doesNotFoot(why, period));
    const ja = inLanguage(p, 'ja');
    expect(ja.message).toBe(problemsJa.doesNotFoot(why, period));
    expect(ja).toMatchObject({ file: p.file, line: p.line, expected: p.expected, code: p.code });
    expect(ja.found).toBe(problemsJa.footingFound(...(p.says!.found!.args as [string, string])));
    expect(formatProblemIn(p, 'ja')).toContain(`${p.file}:${p.line}: `);
    expect(formatProblemIn(p, 'ja')).toContain(problemsJa.expected(p.expected!));
  });

  it('a fact that is not a number, an unknown item with "did you mean": each part in Japanese, the values as written', () => {
    const problems = problemsOf((s) => s.replace('"290", "390"]', '"290", "39O"]').replace('[pl.cogs, "14"', '[pl.cogz, "14"'));
    const number = problems.find((p) => p.code === 'E_NUMBER')!;
    expect(number.message).toBe(problemsEn.notANumber('pl.sales.lamps', 'FY2025'));
    expect(inLanguage(number, 'ja')).toMatchObject({ line: 10, message: problemsJa.notANumber('pl.sales.lamps', 'FY2025'), expected: problemsJa.aNumber(), found: '"39O"' });
    const item = problems.find((p) => p.code === 'E_UNKNOWN_ITEM')!;
    expect(item).toMatchObject({ message: problemsEn.unknownItem('pl.cogz'), hint: problemsEn.didYouMean('pl.cogs') });
    expect(inLanguage(item, 'ja')).toMatchObject({ line: 13, message: problemsJa.unknownItem('pl.cogz'), hint: problemsJa.didYouMean('pl.cogs') });
    // English stays as the CLI has always printed it
    expect(inLanguage(item, 'en')).toBe(item);
  });

  it('every message has its own Japanese words', () => {
    const args = ['x', 2, 'y'];
    for (const key of Object.keys(problemsEn) as (keyof typeof problemsEn)[]) {
      const say = (w: Record<string, (...a: unknown[]) => string>) => w[key](...args.map((a, i) => (key === 'yamlMore' && i === 0 ? true : key === 'affects' ? 3 : a)));
      expect(say(problemsJa as never), key).not.toBe(say(problemsEn as never));
    }
  });
});
