// Bad input, table-driven: each case breaks a copy of the fictional company (or passes a bad flag),
// runs the CLI in-process (no browser: `build --formats figures`), and asserts the exit code, the
// one problem's code, file, line and field, and that out/ — which holds a previous package — is
// byte-for-byte unchanged.
import { describe, it, expect, beforeAll } from 'vitest';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { copyFixture, run } from '../helpers.js';
import { checksums, scratchDir } from './support.js';
import { lockPath } from '../../src/export/package-lock.js';

type Fixture = ReturnType<typeof copyFixture>;
interface Case {
  name: string;
  /** break the data copy (or the output folder) */
  setup?: (c: Fixture, out: string) => void;
  /** extra arguments (after build --data … --company harbor --out …) or a whole command line */
  args?: string[];
  argv?: (c: Fixture, out: string) => string[];
  exit: number;
  code: string;
  /** the file (a suffix of the path printed) and the text on the line the problem must point at */
  file?: string;
  line?: number | ((c: Fixture) => number);
  field?: string;
  message?: RegExp;
  /** more than one problem expected (default 1) */
  count?: number;
}

const RESULTS = 'facts/fy2024-release/results.yaml';
const PL = 'taxonomy/profit-loss.yaml';
const ERRATA = 'errata/errata.yaml';
const lineOf = (file: string, needle: string) => (c: Fixture) => readFileSync(join(c.dir, 'harbor', file), 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;
const bytes = (c: Fixture, file: string, f: (b: Buffer) => Buffer) => { const p = join(c.dir, 'harbor', file); writeFileSync(p, f(readFileSync(p))); };
const replaceBytes = (b: Buffer, from: string, to: Buffer) => { const i = b.indexOf(from); return Buffer.concat([b.subarray(0, i), to, b.subarray(i + Buffer.byteLength(from))]); };

const data: Case[] = [
  { name: 'a taxonomy file saved as Shift-JIS', setup: (c) => bytes(c, PL, (b) => execFileSync('iconv', ['-f', 'UTF-8', '-t', 'SHIFT_JIS'], { input: b })), exit: 1, code: 'E_ENCODING', file: PL, line: 3, message: /not UTF-8.*reads as Shift-JIS/ },
  { name: 'one Shift-JIS label in a UTF-8 taxonomy file', setup: (c) => bytes(c, PL, (b) => replaceBytes(b, '売上原価', Buffer.from([0x94, 0x84, 0x8f, 0xe3, 0x8c, 0xb4, 0x89, 0xbf]))), exit: 1, code: 'E_ENCODING', file: PL, line: lineOf(PL, 'pl.cogs'), message: /not UTF-8 \(expected UTF-8 text, found bytes 94 84 8f e3 at column \d+\)/ },
  { name: 'a Latin-1 byte in a facts file', setup: (c) => bytes(c, RESULTS, (b) => replaceBytes(b, 'Results by quarter', Buffer.from('R\xe9sults by quarter', 'latin1'))), exit: 1, code: 'E_ENCODING', file: RESULTS, line: lineOf(RESULTS, 'sults by quarter') },
  { name: 'a lone UTF-8 continuation byte on the last line', setup: (c) => bytes(c, ERRATA, (b) => Buffer.concat([b, Buffer.from([0x23, 0x20, 0x80])])), exit: 1, code: 'E_ENCODING', file: ERRATA, line: (c) => readFileSync(join(c.dir, 'harbor', ERRATA)).toString('latin1').split('\n').length },
  { name: 'an empty file', setup: (c) => c.write('taxonomy/empty.yaml', ''), exit: 1, code: 'E_FILE', file: 'taxonomy/empty.yaml', line: 1, message: /the file is empty/ },
  { name: 'a file of blank lines', setup: (c) => c.write('taxonomy/blank.yaml', '\n  \n\n'), exit: 1, code: 'E_FILE', file: 'taxonomy/blank.yaml', line: 1, message: /empty/ },
  { name: 'a binary file', setup: (c) => writeFileSync(join(c.dir, 'harbor', 'facts', 'image.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])), exit: 1, code: 'E_FILE', file: 'facts/image.yaml', line: 3, message: /a binary file/ },
  { name: 'a link to a file outside the data folder', setup: (c) => symlinkSync('/etc/passwd', join(c.dir, 'harbor', 'taxonomy', 'users.yaml')), exit: 1, code: 'E_FILE', file: 'taxonomy/users.yaml', message: /a link that leaves the data folder/ },
  { name: 'a link to a folder outside the data folder', setup: (c) => { mkdirSync(join(c.dir, 'elsewhere')); writeFileSync(join(c.dir, 'elsewhere', 'x.yaml'), 'a: 1\n'); symlinkSync(join(c.dir, 'elsewhere'), join(c.dir, 'harbor', 'narrative')); }, exit: 1, code: 'E_FILE', file: 'harbor/narrative', message: /leaves the data folder/ },
  { name: 'a broken link', setup: (c) => symlinkSync(join(c.dir, 'nowhere.yaml'), join(c.dir, 'harbor', 'facts', 'gone.yaml')), exit: 1, code: 'E_FILE', file: 'facts/gone.yaml', message: /a link to nothing/ },
  { name: 'an erratum whose seed line matches no fact', setup: (c) => c.write(ERRATA, '- id: stale\n  file: harbor-fy2024.txt\n  line: "99"\n  item: pl.cogs\n  period: FY2024\n  printed: "430"\n  correct: "431"\n  evidence: "x"\n'), exit: 1, code: 'E_ERRATUM', file: ERRATA, line: 1, field: 'stale', message: /erratum "stale" matches no fact/ },
  { name: 'an erratum whose printed token matches no fact', setup: (c) => c.write(ERRATA, '# errata\n- id: wrong-token\n  file: harbor-fy2024.txt\n  line: "14"\n  item: pl.cogs\n  period: FY2024\n  printed: "431"\n  evidence: "x"\n'), exit: 1, code: 'E_ERRATUM', file: ERRATA, line: 2, field: 'wrong-token' },
  { name: 'a total in thousands off by one thousand', setup: (c) => c.edit(RESULTS, (s) => s.replace('"1,000,500"', '"1,000,501"')), exit: 1, code: 'E_CHECK', file: RESULTS, line: lineOf(RESULTS, 'fp.assets.total'), field: 'fp.assets.total', message: /does not foot/ },
  { name: 'decimals in a JPY thousand table (a comma read as a period)', setup: (c) => c.edit(RESULTS, (s) => s.replace('"98,000"', '"98.000"')), exit: 1, code: 'E_NUMBER', file: RESULTS, line: lineOf(RESULTS, '98.000'), field: 'tables.2.rows.0.3', message: /has decimals.*Did you mean "98,000"/ },
  { name: 'a unit typo is one problem, with did-you-mean', setup: (c) => c.edit(RESULTS, (s) => s.replace('unit: JPY million', 'unit: JPY milion')), exit: 1, code: 'E_UNIT', file: RESULTS, line: lineOf(RESULTS, 'JPY milion'), field: 'tables.0.unit', message: /unknown unit "JPY milion".*Did you mean "JPY million"/ },
  { name: 'a tab in the indentation is one problem', setup: (c) => c.edit(RESULTS, (s) => s.replace('    unit: JPY million', '\tunit: JPY million')), exit: 1, code: 'E_YAML', file: RESULTS, line: lineOf(RESULTS, '\tunit'), message: /indented with a tab/ },
  { name: 'malformed YAML', setup: (c) => c.edit(RESULTS, (s) => s.replace('rows:\n      - [pl.sales.lamps', 'rows:\n      - [pl.sales.lamps: {')), exit: 1, code: 'E_YAML', file: RESULTS },
  { name: 'an unknown item id', setup: (c) => c.edit(RESULTS, (s) => s.replace('[pl.cogs, "14"', '[pl.cogz, "14"')), exit: 1, code: 'E_UNKNOWN_ITEM', file: RESULTS, line: lineOf(RESULTS, 'pl.cogz'), field: 'tables.0.rows.3.0', message: /Did you mean "pl.cogs"/ },
  { name: 'a value that is not a number', setup: (c) => c.edit(RESULTS, (s) => s.replace('"90", "100", "190"', '"90", "1OO", "190"')), exit: 1, code: 'E_NUMBER', file: RESULTS, line: lineOf(RESULTS, '1OO'), field: 'tables.0.rows.3.3' },
  { name: 'a duplicate fact', setup: (c) => c.edit(RESULTS, (s) => s.replace('      - [pl.sga, "15"', '      - [pl.cogs, "14", "90", "100", "190", "290", "430", "360"]\n      - [pl.sga, "15"')), exit: 1, code: 'E_DUPLICATE', file: RESULTS, line: 12, field: 'tables.0.rows.4' },
  { name: 'a row with too few values', setup: (c) => c.edit(RESULTS, (s) => s.replace('[pl.sga, "15", "40", ', '[pl.sga, "15", ')), exit: 1, code: 'E_SCHEMA', file: RESULTS, line: lineOf(RESULTS, 'pl.sga'), field: 'tables.0.rows.4', message: /has 5 values for 6 columns/ },
  { name: 'a seed line that is not a number', setup: (c) => c.edit(RESULTS, (s) => s.replace('[pl.sga, "15"', '[pl.sga, "l5"')), exit: 1, code: 'E_SCHEMA', file: RESULTS, line: lineOf(RESULTS, 'pl.sga'), field: 'tables.0.rows.4.1' },
  { name: 'an unknown period column', setup: (c) => c.edit(RESULTS, (s) => s.replace('columns: [FY2024]', 'columns: [FY2O24]')), exit: 1, code: 'E_PERIOD', file: RESULTS, line: lineOf(RESULTS, 'FY2O24'), field: 'tables.1.columns.0' },
  { name: 'a balance in a period column', setup: (c) => c.edit(RESULTS, (s) => s.replace('columns: ["2024-12-31", "2023-12-31"]', 'columns: [FY2024, "2023-12-31"]')), exit: 1, code: 'E_PERIOD', file: RESULTS, line: lineOf(RESULTS, '"120,500"'), field: 'FY2024', count: 3 },
  { name: 'an unknown measure', setup: (c) => c.edit(RESULTS, (s) => s.replace('[yoy:pl.sales.total', '[yoy2:pl.sales.total')), exit: 1, code: 'E_UNKNOWN_ITEM', file: RESULTS, line: lineOf(RESULTS, 'yoy2:'), field: 'tables.1.rows.0.0', message: /unknown measure "yoy2"/ },
  { name: 'company.yaml missing', setup: (c) => rmSync(join(c.dir, 'harbor', 'company.yaml')), exit: 1, code: 'E_NOT_FOUND', file: 'harbor/company.yaml', message: /company.yaml is missing/ },
  { name: 'a company with no data folder', argv: (c, out) => ['build', '--data', c.dir, '--company', 'harbour', '--out', out, '--formats', 'figures'], exit: 1, code: 'E_NOT_FOUND', file: 'harbour', message: /Did you mean "harbor"/ },
  { name: 'an item defined twice', setup: (c) => c.edit('taxonomy/position.yaml', (s) => `${s}  - { id: fp.cash, en: Cash again, ja: 現金, unit: JPY, time: instant }\n`), exit: 1, code: 'E_DUPLICATE', file: 'taxonomy/position.yaml', line: 6, field: 'items.3.id' },
  { name: 'a sum naming an unknown item', setup: (c) => c.edit('taxonomy/position.yaml', (s) => s.replace('sum: [fp.cash, fp.other-assets]', 'sum: [fp.cash, fp.other-asset]')), exit: 1, code: 'E_UNKNOWN_ITEM', file: 'taxonomy/position.yaml', line: 5, field: 'fp.assets.total', message: /Did you mean "fp.other-assets"/ },
  { name: 'a later document restating one figure: one problem, what it affects listed under it', setup: (c) => { mkdirSync(join(c.dir, 'harbor', 'facts', 'fy2025-restated'), { recursive: true }); c.write('facts/fy2025-restated/restated.yaml', 'source: { file: harbor-fy2025.txt, document: FY2025 results, date: "2026-02-10" }\ntables:\n  - title: Restated\n    line: "5"\n    unit: JPY million\n    columns: [FY2024]\n    rows:\n      - [pl.sales.total, "6", "720"]\n'); }, exit: 1, code: 'E_CHECK', file: 'facts/fy2025-restated/restated.yaml', line: lineOf('facts/fy2025-restated/restated.yaml', '[pl.sales.total'), field: 'pl.sales.total', message: /harbor-fy2025.txt:6 prints "720" JPY million, but the earlier harbor-fy2024[\w-]*\.txt:\d+ printed "710" JPY million.*\n  It affects \d+ checks:\n  - / },
  { name: 'an unknown key in an erratum, with did-you-mean', setup: (c) => c.edit(ERRATA, (s) => s.replace('evidence:', 'evidense:')), exit: 1, code: 'E_SCHEMA', file: ERRATA, count: 2 },
];

const cli: Case[] = [
  { name: 'batch --concurrency abc', argv: (c, out) => ['batch', '--data', c.dir, '--company', 'harbor', '--out', out, '--concurrency', 'abc'], exit: 2, code: 'E_ARG', field: '--concurrency', message: /whole number from 1 to 64.*found "abc"/ },
  { name: 'batch --concurrency 0', argv: (c, out) => ['batch', '--data', c.dir, '--company', 'harbor', '--out', out, '--concurrency', '0'], exit: 2, code: 'E_ARG', field: '--concurrency' },
  { name: 'batch --concurrency 1.5', argv: (c, out) => ['batch', '--data', c.dir, '--company', 'harbor', '--out', out, '--concurrency', '1.5'], exit: 2, code: 'E_ARG', field: '--concurrency' },
  { name: 'schedule --concurrency two', argv: (c, out) => ['schedule', '--file', join(c.dir, 'none.yaml'), '--out', out, '--concurrency', 'two'], exit: 2, code: 'E_ARG', field: '--concurrency' },
  { name: 'worker --concurrency 100', argv: () => ['worker', '--redis', 'redis://127.0.0.1:1', '--concurrency', '100'], exit: 2, code: 'E_ARG', field: '--concurrency' },
  { name: 'an unknown period', args: ['--period', 'FY20O9'], exit: 1, code: 'E_ARG', field: '--period' },
  { name: 'a period the data does not cover', args: ['--period', 'FY2019'], exit: 1, code: 'E_PERIOD', field: '--period', message: /does not cover FY2019/ },
  { name: 'an unknown format', args: ['--formats', 'figures,relase'], exit: 1, code: 'E_ARG', field: '--formats', message: /Did you mean "release"/ },
  { name: 'an unknown audience', args: ['--audience', 'investor'], exit: 1, code: 'E_NOT_FOUND', message: /investors/ },
  { name: '--out naming a file', setup: (_c, out) => writeFileSync(join(out, 'a-file'), 'x'), argv: (c, out) => ['build', '--data', c.dir, '--company', 'harbor', '--period', 'FY2024', '--formats', 'figures', '--out', join(out, 'a-file')], exit: 1, code: 'E_WRITE', file: 'a-file', message: /a file is in the way of the output folder \(ENOTDIR\).*--out must name a folder/ },
  { name: 'a package another build is writing (a live lock)', setup: (_c, out) => writeFileSync(lockPath(join(out, 'harbor', 'FY2024', 'investors')), `${process.ppid}\n`), exit: 1, code: 'E_LOCKED', file: 'investors', message: /another build \(process \d+\) is writing this package/ },
];

let base = '';
beforeAll(async () => {
  // out/ holds a previous package of the company, built once
  base = scratchDir('cases-base');
  const c = copyFixture();
  const r = await run(['build', '--data', c.dir, '--company', 'harbor', '--period', 'FY2024', '--formats', 'figures', '--out', base]);
  expect(r.code, r.err).toBe(0);
}, 120_000); // the first build of a worker loads the whole pipeline: a bound for a hang, not for speed

function runCase(k: Case): void {
  it(k.name, async () => {
    const c = copyFixture();
    const out = scratchDir('cases-out');
    cpSync(base, out, { recursive: true, verbatimSymlinks: true });
    k.setup?.(c, out);
    const before = checksums(out);
    const argv = k.argv?.(c, out) ?? ['build', '--data', c.dir, '--company', 'harbor', '--period', 'FY2024', '--formats', 'figures', '--out', out, ...(k.args ?? [])];
    const r = await run(argv);
    expect(r.code, r.err).toBe(k.exit);
    const lines = r.err.trim().split('\n').filter((l) => !l.startsWith('  '));
    const count = k.count ?? 1;
    expect(lines.at(-1)).toBe(`${count} problem${count === 1 ? '' : 's'} found; nothing was written.`);
    const first = lines[0];
    expect(first).toMatch(new RegExp(`\\[${k.code}\\]$`));
    expect(first).not.toMatch(/\n\s+at /);
    if (k.file) {
      const line = typeof k.line === 'function' ? k.line(c) : k.line;
      const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expect(first).toMatch(new RegExp(`^\\S*${esc(k.file)}${line ? `:${line}` : '(:\\d+)?'}: `));
    }
    if (k.field) expect(first).toMatch(new RegExp(`(^| )${k.field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
    if (k.message) expect(k.message.source.includes('\\n') ? r.err : first).toMatch(k.message);
    expect(r.err).not.toMatch(/^\s+at .*\(.*:\d+:\d+\)$/m);
    expect(checksums(out)).toEqual(before);
  }, 20_000);
}

describe('bad data: one problem, its file, line and field; out/ unchanged', () => { for (const k of data) runCase(k); });
describe('bad flags and output folders: one problem; out/ unchanged', () => { for (const k of cli) runCase(k); });
