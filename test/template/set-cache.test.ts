// The template stage's result kept between processes (src/template/set-cache.ts): a stored set is
// the set the stage reads, and an edited template file, other data (the company's narrative
// sections) or another program each make the stage read and check its files again.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedTemplateSet } from '../../src/template/set-cache.js';
import { readTemplateSet, type TemplateSetRequest } from '../../src/template/template-set.js';
import { formatMessage } from '../../src/template/format-message.js';
import { TemplateFault } from '../../src/errors/template-fault.js';
import { loadProfile } from '../../src/audience/profile.js';
import { narrativeSectionNames } from '../../src/load/narrative-sections.js';
import { clearCaches } from '../../src/cache/registry.js';
import { checkTemplates } from '../../src/template/check-templates.js';
import { dataDir, root } from '../helpers.js';

const builtin = join(root, 'templates');
let cache: string; let user: string; let saved: string | undefined; let program: string;
beforeAll(() => { saved = process.env.QUARTERDECK_CACHE; cache = mkdtempSync(join(tmpdir(), 'qd-set-cache-')); process.env.QUARTERDECK_CACHE = cache; });
afterAll(() => { if (saved === undefined) delete process.env.QUARTERDECK_CACHE; else process.env.QUARTERDECK_CACHE = saved; rmSync(cache, { recursive: true, force: true }); });
// each case has a program of its own (so no set stored by another case), a user template folder, and nothing in memory
beforeEach((t) => { clearCaches(); program = t.task.name; user = mkdtempSync(join(tmpdir(), 'qd-set-user-')); });
afterEach(() => { rmSync(user, { recursive: true, force: true }); });
const stored = () => (existsSync(join(cache, 'template-set')) ? readdirSync(join(cache, 'template-set')).length : 0);

const request = (dirs: string[], more: Partial<TemplateSetRequest> = {}): TemplateSetRequest =>
  ({ dirs, profile: loadProfile('investors', [...dirs, builtin]), documents: ['release', 'deck'], narrativeSections: narrativeSectionNames(dataDir, 'iij', 'en'), ...more });

/** The stage through the cache, and whether it read the files (a miss) or the stored set (a hit). */
function load(r: TemplateSetRequest, version = 1, forget = true) {
  const code = `${program} ${version}`;
  const dirs = [...r.dirs, builtin].filter((d, i, a) => a.indexOf(d) === i);
  const read = vi.fn(() => readTemplateSet(r, dirs));
  const set = cachedTemplateSet(r, dirs, code, read);
  if (forget) clearCaches();
  return { set, read: read.mock.calls.length > 0 };
}

describe('the stored template set', () => {
  it('is the set the stage reads: the same slides, layouts, chart specs and messages, formatted the same', () => {
    const r = request([builtin]);
    const fresh = load(r);
    const again = load(r);
    expect([fresh.read, again.read]).toEqual([true, false]);
    const { catalogs: _c, catalog: _k, ...rest } = again.set;
    const { catalogs: _fc, catalog: _fk, ...freshRest } = fresh.set;
    expect(rest).toEqual(freshRest);
    expect(again.set.profile).toBe(r.profile);
    expect(again.set.catalogs.map((c) => c.lang)).toEqual(fresh.set.catalogs.map((c) => c.lang));
    expect(again.set.catalogs.find((c) => c.lang === 'en')).toBe(again.set.catalog);
    // every message of every language: the same text, arguments and place, and the same words when formatted
    const said = (set: typeof fresh.set) => set.catalogs.flatMap((c) => [...c.messages].map(([key, m]) => {
      const args = Object.fromEntries([...m.args].map((a) => [a, m.selectors.has(a) ? 'true' : `<${a}>`]));
      return { lang: c.lang, key, source: m.source, file: m.file, line: m.line, args: m.args, selectors: m.selectors, html: formatMessage(m, args, 'html') };
    }));
    expect(said(again.set)).toEqual(said(fresh.set));
  });

  it('is read again when a template file changes, or a user folder gains a file', () => {
    const r = request([user]);
    expect(load(r).read).toBe(true);
    expect(load(r).read).toBe(false);
    mkdirSync(join(user, 'i18n'));
    writeFileSync(join(user, 'i18n', 'en.yaml'), 'deck.summary.revenue-yoy: "Sales: {yen} ({change})"\n');
    const edited = load(r);
    expect(edited.read).toBe(true);
    expect(edited.set.catalog.messages.get('deck.summary.revenue-yoy')?.source).toBe('Sales: {yen} ({change})');
    expect(load(r).read).toBe(false);
    writeFileSync(join(user, 'i18n', 'en.yaml'), 'deck.summary.revenue-yoy: "Net sales: {yen} ({change})"\n');
    const again = load(r);
    expect(again.read).toBe(true);
    expect(again.set.catalog.messages.get('deck.summary.revenue-yoy')?.source).toBe('Net sales: {yen} ({change})');
  });

  it('is read again for other data: the company\'s narrative sections', () => {
    const sections = [...narrativeSectionNames(dataDir, 'iij', 'en')];
    expect(load(request([builtin])).read).toBe(true);
    expect(load(request([builtin])).read).toBe(false);
    // a narrative file with a section more: the slides are checked against the company's sections again
    expect(load(request([builtin], { narrativeSections: [...sections, 'new-section'] })).read).toBe(true);
    // a section the slides name gone from the data: read again, and the fault said
    expect(() => load(request([builtin], { narrativeSections: sections.filter((s) => s !== 'topics') }))).toThrow(TemplateFault);
  });

  it('is read again by another program', () => {
    const r = request([builtin]);
    expect(load(r, 1).read).toBe(true);
    expect(load(r, 1).read).toBe(false);
    expect(load(r, 2).read).toBe(true);
  });

  it('is never a set with faults: a faulty folder is read, and its faults said, every time', () => {
    mkdirSync(join(user, 'i18n'));
    writeFileSync(join(user, 'i18n', 'en.yaml'), 'deck.summary.revenue-yoy: "{broken"\n');
    const r = request([user]);
    const before = stored();
    for (let i = 0; i < 2; i++) expect(() => load(r)).toThrow(TemplateFault);
    expect(stored()).toBe(before);
  });
});

describe('a data check that passed, kept between processes', () => {
  /** items that have every key a template names (the check passes), under one id of their own */
  class EveryItem extends Map<string, unknown> { override has(): boolean { return true; } }
  const checks = () => (existsSync(join(cache, 'template-check')) ? readdirSync(join(cache, 'template-check')).length : 0);

  it('is recorded for the set, the item ids and the sections; other data is checked again', () => {
    const r = request([builtin]);
    const sections = [...r.narrativeSections!];
    const { set } = load(r, 1, false);
    const before = checks();
    const all = new EveryItem([['every-item', {}]]);
    expect(checkTemplates(set, { items: all, sections })).toBe(set);
    expect(checks()).toBe(before + 1);
    clearCaches();
    // the same set, ids and sections in another process: the record, not a second one
    expect(checkTemplates(load(r, 1, false).set, { items: new EveryItem([['every-item', {}]]), sections })).toBeDefined();
    expect(checks()).toBe(before + 1);
    // items without the keys the templates name: checked again, and the faults said
    expect(() => checkTemplates(load(r, 1, false).set, { items: new Map([['is.revenue.total', {}]]), sections })).toThrow(TemplateFault);
    // a section the slides name gone: checked again
    expect(() => checkTemplates(load(r, 1, false).set, { items: all, sections: sections.filter((s) => s !== 'topics') })).toThrow(TemplateFault);
    // an edited template (another set key): checked again, and recorded under its own key
    expect(checkTemplates(load(r, 2, false).set, { items: all, sections })).toBeDefined();
    expect(checks()).toBe(before + 2);
  });
});
