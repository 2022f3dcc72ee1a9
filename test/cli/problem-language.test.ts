// The CLI prints its problems in the run's language: --lang, else the audience's, else LANG
// (ja_JP* → ja), else English. Run as users run it (bin/quarterdeck.js in a process of its own) over
// a broken copy of the fictional company; every problem code has its words in both languages.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { copyFixture, root } from '../helpers.js';
import { PROBLEM_CODES } from '../../src/errors/codes.js';
import { problemCodesEn, problemsEn } from '../../src/messages/problems-en.js';
import { problemCodesJa, problemsJa } from '../../src/messages/problems-ja.js';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** A copy of the fixture with a fact that is not a number (line 10) and a misspelt item (line 13). */
function broken() {
  const c = copyFixture();
  c.edit('facts/fy2025-release/results.yaml', (s) => s.replace('"290", "390"]', '"290", "39O"]').replace('[pl.cogs, "14"', '[pl.cogz, "14"'));
  return c.dir;
}

function cli(dir: string, args: string[], env: Record<string, string> = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(LANG|LC_ALL|LC_MESSAGES)$/.test(k)));
  const r = spawnSync(process.execPath, [join(root, 'bin', 'quarterdeck.js'), ...args, '--data', dir, '--company', 'harbor'], { cwd: dir, encoding: 'utf8', env: { ...clean, ...env } });
  return { code: r.status, err: r.stderr, out: r.stdout };
}

describe('the CLI\'s problems in the run\'s language', () => {
  it('every problem code and every message has English and Japanese words', () => {
    for (const code of PROBLEM_CODES) {
      expect(problemCodesEn[code], code).toMatch(/\w/);
      expect(problemCodesJa[code], code).toMatch(JAPANESE);
    }
    expect(Object.keys(problemCodesJa).sort()).toEqual([...PROBLEM_CODES].sort());
    expect(Object.keys(problemsJa).sort()).toEqual(Object.keys(problemsEn).sort());
  });

  it('build for the ja audience: non-zero, each problem in Japanese with its file and line, nothing written to out/', () => {
    const dir = broken();
    const r = cli(dir, ['build', '--period', 'FY2025', '--audience', 'ja', '--out', join(dir, 'out')]);
    expect(r.code).toBe(1);
    const lines = r.err.trim().split('\n');
    expect(lines).toEqual([
      `harbor/facts/fy2025-release/results.yaml:10: tables.0.rows.0.6: ${problemsJa.notANumber('pl.sales.lamps', 'FY2025')}（${problemsJa.expected(problemsJa.aNumber())}、${problemsJa.found('"39O"')}） [E_NUMBER]`,
      `harbor/facts/fy2025-release/results.yaml:13: tables.0.rows.3.0: ${problemsJa.unknownItem('pl.cogz')}。${problemsJa.didYouMean('pl.cogs')} [E_UNKNOWN_ITEM]`,
      problemsJa.summary(2),
    ]);
    expect(existsSync(join(dir, 'out')) ? readdirSync(join(dir, 'out')) : []).toEqual([]);
  });

  it('--lang decides over the audience; LANG=ja_JP decides when neither is given; otherwise English', () => {
    const dir = broken();
    const en = cli(dir, ['check', '--lang', 'en'], { LANG: 'ja_JP.UTF-8' });
    expect(en.code).toBe(1);
    expect(en.err).toContain(`results.yaml:13: tables.0.rows.3.0: ${problemsEn.unknownItem('pl.cogz')}. ${problemsEn.didYouMean('pl.cogs')} [E_UNKNOWN_ITEM]`);
    expect(en.err).toContain(problemsEn.summary(2));
    expect(cli(dir, ['build', '--audience', 'ja', '--lang', 'en', '--out', join(dir, 'out')]).err).toContain(problemsEn.summary(2));
    const ja = cli(dir, ['check'], { LANG: 'ja_JP.UTF-8' });
    expect(ja.code).toBe(1);
    expect(ja.err).toContain(`results.yaml:13: tables.0.rows.3.0: ${problemsJa.unknownItem('pl.cogz')}`);
    expect(ja.err).toContain(problemsJa.summary(2));
    expect(cli(dir, ['check'], { LANG: 'C.UTF-8' }).err).toContain(problemsEn.summary(2));
    // an English-speaking audience is the audience's language, whatever LANG says
    expect(cli(dir, ['build', '--audience', 'investors', '--out', join(dir, 'out')], { LANG: 'ja_JP.UTF-8' }).err).toContain(problemsEn.summary(2));
  });

  it('a period the data does not cover: the message and expected in Japanese, the periods as written', () => {
    const dir = copyFixture().dir;
    const r = cli(dir, ['build', '--period', 'FY2031', '--lang', 'ja', '--out', join(dir, 'out')]);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(new RegExp(`^--period: ${problemsJa.notCovered('FY2031')}（${problemsJa.expected('FY2023, .*')}、${problemsJa.found('FY2031')}） \\[E_PERIOD\\]\\n${problemsJa.summary(1)}\\n$`));
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('a problem whose message has no Japanese words yet (the output folder\'s) is printed after its kind in Japanese', () => {
    const dir = copyFixture().dir;
    writeFileSync(join(dir, 'a-file'), 'x');
    const r = cli(dir, ['build', '--period', 'FY2025', '--formats', 'figures', '--lang', 'ja', '--out', join(dir, 'a-file')]);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(new RegExp(`^\\S*a-file\\S*: ${problemCodesJa.E_WRITE}：.* \\[E_WRITE\\]\\n${problemsJa.summary(1)}\\n$`));
  });

  it('a bad --lang is one problem naming the flag', () => {
    const r = cli(copyFixture().dir, ['check', '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/option '--lang <code>' argument 'fr' is invalid. Allowed choices are en, ja/);
  });
});
