// The message catalogs (templates/i18n/<lang>.yaml): every language has the keys of English, no key
// is left unused, every {{t}} passes the arguments its messages take; each fault names its file and line.
import { NOT_COMPARABLE_KEYS } from '../../src/render/not-comparable.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { catalogLanguages, loadCatalogs } from '../../src/template/catalogs.js';
import { compareCatalogs, loadCatalog, unusedProblems, useProblems } from '../../src/template/catalog.js';
import { messageUses } from '../../src/render/template-check.js';
import { formatMessage } from '../../src/template/format-message.js';
import { specKeys } from '../../src/template/localize.js';
import { loadSpec } from '../../src/template/chart-spec.js';
import { TSE_KEYS } from '../../src/render/release/tse-words.js';
import { TemplateFault } from '../../src/render/template-check.js';
import type { Problem } from '../../src/errors/problem.js';
import { root } from '../helpers.js';
import { templateFolder } from '../audience/support.js';

const builtin = join(root, 'templates');
/** Every Handlebars source of the built-in release templates. */
const releaseSources = () => {
  const dir = join(builtin, 'release');
  const files = [...readdirSync(join(dir, 'partials')).map((f) => join(dir, 'partials', f)), join(dir, 'release.hbs'), join(dir, 'header.hbs'), join(dir, 'footer.hbs')];
  return files.map((f) => ({ file: f, source: readFileSync(f, 'utf8') }));
};
/** Every Handlebars string of a slides.yaml (the deck's texts, titles, headers, cells, row labels). */
const slideSources = (file: string) => {
  const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);
  return strings(parse(readFileSync(file, 'utf8'))).filter((x) => x.includes('{{')).map((source) => ({ file, source }));
};

describe('the built-in catalogs', () => {
  const catalogs = loadCatalogs([builtin]);

  it('are English and Japanese, with the same keys', () => {
    expect(catalogLanguages([builtin])).toEqual(['en', 'ja']);
    const [en, ja] = catalogs;
    expect([...ja.messages.keys()].sort()).toEqual([...en.messages.keys()].sort());
    expect(en.messages.size).toBeGreaterThan(100);
  });

  it('every {{t}} of the templates names a message and passes the arguments it takes; no message is unused', () => {
    const uses = [...releaseSources(), ...slideSources(join(builtin, 'deck', 'slides.yaml'))].flatMap(({ file, source }) => messageUses(source, file));
    expect(uses.filter((u) => u.key.startsWith('deck.')).length).toBeGreaterThan(250);
    const problems = uses.flatMap((u) => useProblems(u, catalogs).map((p) => ({ ...p, file: u.file, line: u.line })));
    expect(problems).toEqual([]);
    // chart specs name their words "t:<key>"
    const chartKeys = readdirSync(join(builtin, 'charts')).flatMap((f) => specKeys(JSON.parse(readFileSync(join(builtin, 'charts', f), 'utf8'))).map((k) => k.key));
    expect(chartKeys.length).toBeGreaterThan(50);
    for (const k of chartKeys) expect(catalogs[1].messages.has(k), k).toBe(true);
    // table layouts name theirs "t:<key>" (headings, labels, notes)
    const tables = join(builtin, 'release', 'tables');
    const tableKeys = readdirSync(tables).flatMap((f) => specKeys(parse(readFileSync(join(tables, f), 'utf8'))).map((k) => k.key));
    expect(tableKeys.length).toBeGreaterThan(200);
    for (const k of tableKeys) expect(catalogs[1].messages.has(k), k).toBe(true);
    // the exchange's summary asks for its words by key from code (render/release/tse-words.ts)
    expect(TSE_KEYS.length).toBeGreaterThan(70);
    for (const c of catalogs) for (const k of TSE_KEYS) expect(c.messages.has(k), `${c.lang}: ${k}`).toBe(true);
    // and the words the renderers ask for themselves (render/not-comparable.ts, render/release/tse-words.ts)
    const used = new Set([...uses.map((u) => u.key), ...chartKeys, ...tableKeys, ...NOT_COMPARABLE_KEYS, ...TSE_KEYS]);
    expect(catalogs.flatMap((c) => unusedProblems(c, used))).toEqual([]);
  });

  it('no release partial, table layout, chart spec or slides.yaml is copied per language', () => {
    const locales = join(builtin, 'locales');
    const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
    expect(walk(locales).filter((f) => f.endsWith('.hbs') || f.endsWith('.vl.json') || f.endsWith('.yaml'))).toEqual([]);
  });

  it('the fixture company\'s template folder: its slides.yaml uses its own keys and the built-in ones, in both languages', () => {
    const dir = join(root, 'test', 'fixtures', 'harbor-templates');
    const both = loadCatalogs([dir, builtin]);
    const uses = slideSources(join(dir, 'deck', 'slides.yaml')).flatMap(({ file, source }) => messageUses(source, file));
    expect(uses.some((u) => u.key.startsWith('harbor.')) && uses.some((u) => u.key.startsWith('deck.'))).toBe(true);
    expect(uses.flatMap((u) => useProblems(u, both))).toEqual([]);
    expect(readdirSync(dir)).not.toContain('locales');
  });
});

describe('catalog faults, each with its file and line', () => {
  const fileLine = (p: Problem) => `${p.file?.split('/').slice(-2).join('/')}:${p.line ?? ''}`;

  it('a key missing in a language, and a key English does not have', () => {
    const dir = templateFolder({
      'i18n/en.yaml': 'greeting:\n  hello: "Hello {name}"\n  bye: "Goodbye"\n',
      'i18n/ja.yaml': 'greeting:\n  hello: "{name}さん、こんにちは"\n  byee: "さようなら"\n',
    });
    const problems: Problem[] = [];
    const [en, ja] = [loadCatalog([dir], 'en', problems), loadCatalog([dir], 'ja', problems)];
    const found = compareCatalogs(en, ja);
    expect(found.map((p) => [p.field, p.message])).toEqual([
      ['greeting.bye', 'message "greeting.bye" is missing in ja'],
      ['greeting.byee', 'message "greeting.byee" is not in en'],
    ]);
    expect(fileLine(found[1])).toBe('i18n/ja.yaml:3');
    expect(found[0].expected).toMatch(/en.yaml:3$/);
    expect(found[1].hint).toBe('Did you mean "greeting.bye"?');
  });

  it('a malformed message names its line', () => {
    const dir = templateFolder({ 'i18n/en.yaml': 'a:\n  ok: "fine"\n  broken: "Revenues of {amount"\n' });
    const problems: Problem[] = [];
    loadCatalog([dir], 'en', problems);
    expect(problems).toHaveLength(1);
    expect(fileLine(problems[0])).toBe('i18n/en.yaml:3');
    expect(problems[0].message).toMatch(/malformed message/);
  });

  it('an argument no message takes, and an argument a message needs that the template does not pass', () => {
    const catalogs = loadCatalogs([builtin]);
    const typo = useProblems({ key: 'targets.intro', args: ['ned'], file: 'x.hbs', line: 3 }, catalogs);
    expect(typo.map((p) => p.message)).toContain('message "targets.intro" takes no argument "ned"');
    expect(typo.map((p) => p.message).join('\n')).toMatch(/needs the argument "end"/);
    const unknown = useProblems({ key: 'targets.intr', args: [], file: 'x.hbs' }, catalogs);
    expect(unknown[0].hint).toBe('Did you mean "targets.intro"?');
  });

  it('the template checker reports a {{t}} fault at the template\'s line', () => {
    const uses = messageUses('<p>\n{{t "targets.intro" edn=(endOf "fy")}}</p>', 'targets.hbs');
    expect(uses).toEqual([{ key: 'targets.intro', args: ['edn'], file: 'targets.hbs', line: 2 }]);
  });
});

describe('a chart spec\'s words', () => {
  it('come from the language\'s catalog', () => {
    const [cen, cja] = loadCatalogs([builtin]);
    const en = loadSpec([builtin], 'income', {}, cen).spec as { usermeta: { quarterdeck: { title: string } } };
    const ja = loadSpec([builtin], 'income', {}, cja).spec as typeof en;
    expect(en.usermeta.quarterdeck.title).toBe('Operating income, net income and operating margin ratio');
    expect(ja.usermeta.quarterdeck.title).toBe('営業利益、当期純利益及び営業利益率');
  });
  it('an unknown key is a TemplateFault with the spec\'s file and line', () => {
    const spec = readFileSync(join(builtin, 'charts', 'income.vl.json'), 'utf8').replace('t:charts.income.title', 't:charts.income.titel');
    const dir = templateFolder({ 'charts/income.vl.json': spec });
    let fault: unknown;
    try { loadSpec([dir, builtin], 'income', {}, loadCatalogs([dir, builtin])[0]); } catch (e) { fault = e; }
    expect(fault).toBeInstanceOf(TemplateFault);
    const p = (fault as TemplateFault).problems[0];
    expect([p.file, p.line, p.hint]).toEqual([join(dir, 'charts', 'income.vl.json'), 6, 'Did you mean "charts.income.title"?']);
  });
});

describe('formatting a message', () => {
  const [en, ja] = loadCatalogs([builtin]);
  it('escapes its text and plain arguments for HTML, keeps HTML arguments and its tags', () => {
    const m = en.messages.get('results.line-were')!;
    const html = formatMessage(m, { name: 'R&D <costs>', amount: 'JPY1 million', hasChange: true, change: 'up 4.3%' }, 'html');
    expect(html).toBe('<u>R&amp;D &lt;costs&gt;</u> were JPY1 million, up 4.3% YoY');
    expect(formatMessage(m, { name: 'R&D', amount: 'JPY1 million', hasChange: false }, 'text')).toBe('R&D were JPY1 million');
  });
  it('in the translator\'s word order', () => {
    const m = ja.messages.get('results.line-were')!;
    expect(formatMessage(m, { name: '売上高', amount: '1百万円', hasChange: true, changeVs: '前期比4.3%増' }, 'text')).toBe('売上高は1百万円（前期比4.3%増）となりました。');
  });
});
