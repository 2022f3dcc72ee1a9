// Every problem a user meets is said in the run's language. The bad-input cases of the reliability
// corpus (and faults of templates, option values and the entry workbook import) are run as users
// run them, once with --lang en and once with --lang ja: the Japanese lines carry no English
// sentence (every part is said by key), the English ones no Japanese, and both name the same
// problems at the same places.
import { describe, expect, it } from 'vitest';
import { mkdirSync, rmSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { copyFixture, fixtures, run } from '../helpers.js';
import { figuresOf } from '../support/figures.js';
import { problemsEn } from '../../src/messages/problems-en.js';
import { problemCodesJa, problemsJa } from '../../src/messages/problems-ja.js';
import { en } from '../../src/messages/en.js';
import { prepare } from '../../src/build.js';
import { formatProblemIn } from '../../src/errors/problem.js';
import { preflightContext } from '../../src/preflight/context.js';
import { checkDocuments, preflightError } from '../../src/preflight/run.js';
import { queueError, queueMessages, type QueueMessage } from '../../src/queue/messages.js';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/**
 * The English left in a line once the names, values and places it quotes are taken out: a run of
 * three or more plain words ("the file is empty"), or '' when there is none.
 */
function englishIn(line: string): string {
  const bare = line
    .replace(/^\S+?:\d*:? /, '') // the file and line
    .replace(/\[E_[A-Z_]+\]$/, '')
    .replace(/"[^"]*"|「[^」]*」|`[^`]*`|'[^']*'/g, ' ')
    .split(/\s+/).map((t) => (/[\d./:@=_\\<>{}$,-]/.test(t) ? '|' : t)).join(' '); // names, values and the items of a list
  return /(?:\b[A-Za-z]+\b;? ){2,}\b[A-Za-z]+\b/.exec(bare)?.[0] ?? '';
}

type Fixture = ReturnType<typeof copyFixture>;
interface Fault { name: string; setup?: (c: Fixture) => void; args?: string[]; argv?: (c: Fixture) => string[] }

const RESULTS = 'facts/fy2024-release/results.yaml';
const PL = 'taxonomy/profit-loss.yaml';
const POSITION = 'taxonomy/position.yaml';
const ERRATA = 'errata/errata.yaml';
const edit = (file: string, from: string, to: string) => (c: Fixture) => c.edit(file, (s) => { expect(s, `${file} holds ${from}`).toContain(from); return s.replace(from, to); });
const bytes = (file: string, f: (b: Buffer) => Buffer) => (c: Fixture) => { const p = join(c.dir, 'harbor', file); writeFileSync(p, f(readFileSync(p))); };
const splice = (b: Buffer, from: string, to: Buffer) => { const i = b.indexOf(from); return Buffer.concat([b.subarray(0, i), to, b.subarray(i + Buffer.byteLength(from))]); };
const build = (c: Fixture, ...rest: string[]) => ['build', '--data', c.dir, '--company', 'harbor', '--period', 'FY2024', '--formats', 'figures', '--out', join(c.dir, 'out'), ...rest];

/** The data faults of test/reliability/cases.test.ts, and more of the data files, templates and flags. */
const FAULTS: Fault[] = [
  { name: 'a Shift-JIS taxonomy file', setup: bytes(PL, (b) => execFileSync('iconv', ['-f', 'UTF-8', '-t', 'SHIFT_JIS'], { input: b })) },
  { name: 'a Latin-1 byte', setup: bytes(RESULTS, (b) => splice(b, 'Results by quarter', Buffer.from('R\xe9sults by quarter', 'latin1'))) },
  { name: 'an empty file', setup: (c) => c.write('taxonomy/empty.yaml', '') },
  { name: 'a binary file', setup: (c) => writeFileSync(join(c.dir, 'harbor', 'facts', 'image.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])) },
  { name: 'a link out of the data folder', setup: (c) => symlinkSync('/etc/passwd', join(c.dir, 'harbor', 'taxonomy', 'users.yaml')) },
  { name: 'a broken link', setup: (c) => symlinkSync(join(c.dir, 'nowhere.yaml'), join(c.dir, 'harbor', 'facts', 'gone.yaml')) },
  { name: 'a stale erratum', setup: (c) => c.write(ERRATA, '- id: stale\n  file: harbor-fy2024.txt\n  line: "99"\n  item: pl.cogs\n  period: FY2024\n  printed: "430"\n  correct: "431"\n  evidence: "x"\n') },
  { name: 'a total that does not foot', setup: edit(RESULTS, '"1,000,500"', '"1,000,501"') },
  { name: 'decimals in a thousands table', setup: edit(RESULTS, '"98,000"', '"98.000"') },
  { name: 'a unit typo', setup: edit(RESULTS, 'unit: JPY million', 'unit: JPY milion') },
  { name: 'a tab in the indentation', setup: edit(RESULTS, '    unit: JPY million', '\tunit: JPY million') },
  { name: 'malformed YAML', setup: edit(RESULTS, 'rows:\n      - [pl.sales.lamps', 'rows:\n      - [pl.sales.lamps: {') },
  { name: 'an unknown item', setup: edit(RESULTS, '[pl.cogs, "14"', '[pl.cogz, "14"') },
  { name: 'a value that is not a number', setup: edit(RESULTS, '"90", "100", "190"', '"90", "1OO", "190"') },
  { name: 'a duplicate fact', setup: edit(RESULTS, '      - [pl.sga, "15"', '      - [pl.cogs, "14", "90", "100", "190", "290", "430", "360"]\n      - [pl.sga, "15"') },
  { name: 'a row with too few values', setup: edit(RESULTS, '[pl.sga, "15", "40", ', '[pl.sga, "15", ') },
  { name: 'a seed line that is not a number', setup: edit(RESULTS, '[pl.sga, "15"', '[pl.sga, "l5"') },
  { name: 'an unknown period column', setup: edit(RESULTS, 'columns: [FY2024]', 'columns: [FY2O24]') },
  { name: 'a balance in a period column', setup: edit(RESULTS, 'columns: ["2024-12-31", "2023-12-31"]', 'columns: [FY2024, "2023-12-31"]') },
  { name: 'an unknown measure', setup: edit(RESULTS, '[yoy:pl.sales.total', '[yoy2:pl.sales.total') },
  { name: 'a unit mismatch', setup: edit(RESULTS, '[yoy:pl.sales.total', '[pl.sales.total') },
  { name: 'company.yaml missing', setup: (c) => rmSync(join(c.dir, 'harbor', 'company.yaml')) },
  { name: 'an unknown company', argv: (c) => ['build', '--data', c.dir, '--company', 'harbour', '--out', join(c.dir, 'out'), '--formats', 'figures'] },
  { name: 'an item defined twice', setup: (c) => c.edit(POSITION, (s) => `${s}  - { id: fp.cash, en: Cash again, ja: 現金, unit: JPY, time: instant }\n`) },
  { name: 'a sum naming an unknown item', setup: edit(POSITION, 'sum: [fp.cash, fp.other-assets]', 'sum: [fp.cash, fp.other-asset]') },
  { name: 'a later document restating a figure', setup: (c) => { mkdirSync(join(c.dir, 'harbor', 'facts', 'fy2025-restated')); c.write('facts/fy2025-restated/restated.yaml', 'source: { file: harbor-fy2025.txt, document: FY2025 results, date: "2026-02-10" }\ntables:\n  - title: Restated\n    line: "5"\n    unit: JPY million\n    columns: [FY2024]\n    rows:\n      - [pl.sales.total, "6", "720"]\n'); } },
  { name: 'a figure outside its item\'s life', setup: edit(PL, '{ id: pl.cogs, en: Cost of sales, ja: 売上原価, unit: JPY, time: duration }', '{ id: pl.cogs, en: Cost of sales, ja: 売上原価, unit: JPY, time: duration, until: FY2023 }') },
  { name: 'eras of a sum that overlap, one restating too late', setup: edit(POSITION, 'sum: [fp.cash, fp.other-assets]', 'sum: [{ until: FY2024, of: [fp.cash, fp.other-assets] }, { since: FY2024, restates: FY2025, of: [fp.cash, fp.other-assets] }]') },
  { name: 'an unknown key in an erratum', setup: edit(ERRATA, 'evidence:', 'evidense:') },
  { name: 'a required field missing, a value not of its list', setup: edit(PL, 'time: duration', 'time: during') },
  { name: 'a file not of its format', setup: (c) => c.write('taxonomy/list.yaml', '- a\n- b\n') },
  { name: 'a bad source date', setup: edit(RESULTS, 'date: "', 'date: "x') },
  { name: '--concurrency abc', argv: (c) => ['batch', '--data', c.dir, '--company', 'harbor', '--out', join(c.dir, 'out'), '--concurrency', 'abc'] },
  { name: 'an unknown period', args: ['--period', 'FY20O9'] },
  { name: 'a period the data does not cover', args: ['--period', 'FY2019'] },
  { name: 'an unknown format', args: ['--formats', 'figures,relase'] },
  { name: 'an unknown audience', args: ['--audience', 'investor'] },
  { name: 'an unknown theme', args: ['--theme', 'slat'] },
  { name: 'a template folder that is not there', args: ['--templates', 'no-such-folder'] },
  { name: 'a theme that is not a mapping', setup: (c) => { mkdirSync(join(c.dir, 'tpl', 'deck'), { recursive: true }); writeFileSync(join(c.dir, 'tpl', 'deck', 'theme.yaml'), '- red\n'); }, args: ['--templates', 'tpl', '--formats', 'deck'] },
  { name: 'a message catalog with a list', setup: (c) => { mkdirSync(join(c.dir, 'tpl', 'i18n'), { recursive: true }); writeFileSync(join(c.dir, 'tpl', 'i18n', 'en.yaml'), 'deck:\n  title: [a, b]\n'); }, args: ['--templates', 'tpl', '--formats', 'deck'] },
  { name: 'a slide override named after no slide', setup: (c) => { mkdirSync(join(c.dir, 'tpl', 'deck', 'slides'), { recursive: true }); writeFileSync(join(c.dir, 'tpl', 'deck', 'slides', 'no-such-slide.yaml'), 'title: x\n'); }, args: ['--templates', 'tpl', '--formats', 'deck'] },
  { name: 'importing a file that is not a workbook', setup: (c) => writeFileSync(join(c.dir, 'book.xlsx'), 'not a zip'), argv: (c) => ['import', '--data', c.dir, '--company', 'harbor', join(c.dir, 'book.xlsx')] },
  { name: 'importing a workbook that is not there', argv: (c) => ['import', '--data', c.dir, '--company', 'harbor', join(c.dir, 'none.xlsx')] },
  { name: 'importing with a bad --date', argv: (c) => ['import', '--data', c.dir, '--company', 'harbor', '--date', '2025-1-1', join(c.dir, 'none.xlsx')] },
  { name: 'a sheet for an unknown period', argv: (c) => ['sheet', '--data', c.dir, '--company', 'harbor', '--period', 'FY20x5', '--out', join(c.dir, 'x.xlsx')] },
];

/** The problem lines of a run (the summary and "It affects" lists included), in order. */
async function problemLines(k: Fault, lang: 'en' | 'ja'): Promise<{ code: number; lines: string[] }> {
  const c = copyFixture();
  k.setup?.(c);
  const argv = [...(k.argv?.(c) ?? build(c, ...(k.args ?? []))), '--lang', lang];
  const cwd = process.cwd();
  process.chdir(c.dir); // --templates names a folder of the working directory
  try {
    const r = await run(argv);
    return { code: r.code, lines: r.err.trim().split('\n').map((l) => l.replace(/^\s+(- )?/, '')).filter(Boolean).map((l) => l.replaceAll(c.dir, '<dir>')) };
  } finally { process.chdir(cwd); }
}

describe('problems in Japanese', () => {
  it('every message has Japanese words, and none of them leaves an English sentence', () => {
    expect(Object.keys(problemsJa).sort()).toEqual(Object.keys(problemsEn).sort());
    // each message said with stand-in arguments (names, then counts)
    const said = (f: (...a: never[]) => string) => {
      for (const a of ['x.y', 2]) { try { return (f as (...a: unknown[]) => string)(...Array(6).fill(a)); } catch { /* another kind of argument */ } }
      throw new Error('no stand-in arguments fit');
    };
    // the words that are the argument itself (a value as written), in every language
    // (and those that say other words by key: a schema issue, a preflight finding, a fault of the queue, each tried below)
    const values = new Set(['printedIn', 'cronFound', 'schemaIssue', 'preflightFinding', 'queueFault']);
    for (const [key, ja] of Object.entries(problemsJa) as [keyof typeof problemsJa, (...a: never[]) => string][]) {
      if (values.has(key)) continue;
      const text = said(ja);
      expect(text, key).toMatch(JAPANESE);
      expect(englishIn(text), `${key}: ${text}`).toBe('');
    }
  });

  it('the detector finds English detail and passes names, values and places', () => {
    expect(englishIn('harbor/x.yaml:3: tables.0: 形式の誤り：the file is empty [E_FILE]')).toBe('the file is empty');
    expect(englishIn('harbor/x.yaml:3: 科目「pl.cogz」はありません。「pl.cogs」ではありませんか？ [E_UNKNOWN_ITEM]')).toBe('');
    expect(englishIn('--period: 期間の誤り：unknown period（期待値 FY2009, FY2009-H1）')).toBe('');
    expect(englishIn('--port: port 80 on 127.0.0.1 is in use')).toBe('is in use');
  });

  it('a preflight finding that stops a build, and each fault of the queue', () => {
    const { data, analysis } = prepare(fixtures, 'harbor');
    const ctx = preflightContext(data, figuresOf(analysis.ledger, 'FY2025-Q3', en), en);
    const findings = checkDocuments([
      { file: 'release.pdf', kind: 'pdf', pages: [{ n: 1, text: 'Operating profit was JPY10 million, down 150.0% from 3Q24.' }, { n: 2, text: 'Selling and admin 130\nAnnounced on March 3, 2025.\n•\nTODO: check this' }] },
      { file: 'deck.pptx', kind: 'pptx', pages: [{ n: 1, text: '5/12 Harbor Lights Recalls Lamp Model HL-7 Batteries' }] },
    ], ctx);
    expect(new Set(findings.map((f) => f.code)).size).toBeGreaterThanOrEqual(3);
    const problems = preflightError(findings, 'out').problems;
    const fault = queueError as (k: QueueMessage, ...a: unknown[]) => ReturnType<typeof queueError>;
    const queue = (Object.keys(queueMessages) as QueueMessage[]).map((k) => fault(k, ...['redis://q:6379', '0123456789abcdef', '2'].slice(0, queueMessages[k].length)).problems[0]);
    for (const [i, p] of [...problems, ...queue].entries()) {
      if (i < findings.length) expect(p.message).toBe(`${findings[i].code}: ${findings[i].message}`);
      const ja = formatProblemIn(p, 'ja');
      expect(ja).toMatch(JAPANESE);
      expect(englishIn(ja), ja).toBe('');
      expect(formatProblemIn(p, 'en')).not.toMatch(/[\u3040-\u30ff]/);
    }
  });

  for (const k of FAULTS) {
    it(`${k.name}: the same problems, in Japanese under --lang ja and in English under --lang en`, async () => {
      const en = await problemLines(k, 'en');
      const ja = await problemLines(k, 'ja');
      expect(en.code).not.toBe(0);
      expect(ja.code).toBe(en.code);
      expect(ja.lines.length, ja.lines.join('\n')).toBe(en.lines.length);
      for (const [i, line] of ja.lines.entries()) {
        expect(line, line).toMatch(JAPANESE);
        expect(englishIn(line), line).toBe('');
        // a message with no Japanese words is printed after its kind, then its English: none is
        const code = line.match(/\[(E_[A-Z_]+)\]$/)?.[1] as keyof typeof problemCodesJa | undefined;
        if (code) expect(line.includes(`${problemCodesJa[code]}：`) && /^[A-Za-z]/.test(line.split(`${problemCodesJa[code]}：`)[1]), line).toBe(false);
        expect(line.match(/\[E_[A-Z_]+\]$/)?.[0]).toBe(en.lines[i].match(/\[E_[A-Z_]+\]$/)?.[0]);
        expect(en.lines[i].replace(/"[^"]*"/g, ''), en.lines[i]).not.toMatch(/[\u3040-\u30ff]/);
      }
    }, 20_000);
  }
});
