// The analysed data cached on disk (load/analysis-cache.ts): what comes back is what was computed
// (the same figures, value for value, the same objects shared), an edited data file is a new entry,
// a damaged entry or data with problems is never served.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import { loadCompany } from '../../src/load/load-company.js';
import { analyse } from '../../src/calc/analyse.js';
import { readAnalysis, readPrepared, readTexts, writePrepared } from '../../src/load/analysis-cache.js';
import { decodeGraph, encodeGraph, NotPlainData } from '../../src/load/graph-codec.js';
import { dataKeys } from '../../src/load/prepared-cache.js';
import { prepare } from '../../src/prepare.js';
import { buildFigures } from '../../src/model/figures.js';
import { en } from '../../src/messages/en.js';
import { copyFixture, fixtures } from '../helpers.js';

const cache = mkdtempSync(join(tmpdir(), 'qd-analysis-cache-'));
const entries = () => readdirSync(join(cache, 'analysis')).filter((n) => n.endsWith('.bin'));
let before: string | undefined;
beforeAll(() => { before = process.env.QUARTERDECK_CACHE; process.env.QUARTERDECK_CACHE = cache; });
afterAll(() => { if (before === undefined) delete process.env.QUARTERDECK_CACHE; else process.env.QUARTERDECK_CACHE = before; });

describe('the analysis cache', () => {
  it('serves the analysis it stored: the same figures.json, the same stats, facts shared as before', () => {
    const { data } = loadCompany(fixtures, 'harbor');
    const fresh = { data, analysis: analyse(data) };
    const key = { ...dataKeys(fixtures, 'harbor'), analysis: `test-${process.pid}-${Date.now()}`, texts: `test-${process.pid}-${Date.now()}` };
    expect(readPrepared(key)).toBeUndefined();
    writePrepared(key, fresh);
    const back = readPrepared(key)!;
    expect(back).toBeDefined();
    for (const period of ['FY2025']) {
      expect(JSON.stringify(buildFigures(back.analysis.ledger, period, en))).toBe(JSON.stringify(buildFigures(fresh.analysis.ledger, period, en)));
    }
    expect(back.analysis.stats).toEqual(fresh.analysis.stats);
    expect(back.analysis.restatements).toEqual(fresh.analysis.restatements);
    expect(back.data.excluded).toEqual(fresh.data.excluded);
    expect([...back.data.items.keys()]).toEqual([...data.items.keys()]);
    // a known value's fact is a fact of the data (one object, as before), and values are Decimals again
    const chosen = [...back.analysis.ledger.known.values()].filter((k) => k.fact);
    expect(chosen.length).toBeGreaterThan(10);
    for (const k of chosen) expect(back.data.facts.includes(k.fact!)).toBe(true);
    expect(chosen[0].value).toBeInstanceOf(Decimal);
  });

  it('is keyed by the data: an edited file is a new entry, and the next build reflects it', () => {
    const fx = copyFixture();
    const first = prepare(fx.dir, 'harbor');
    expect(first.analysis.ledger.value('fp.cash', '2025-12-31')!.interval.mid.toString()).toBe('101500000');
    expect(readPrepared(dataKeys(fx.dir, 'harbor'))).toBeDefined();
    const n = entries().length;
    fx.edit('facts/fy2025-release/results.yaml', (s) => s.replace('"101,500"', '"102,500"').replace('"1,000,500"', '"1,001,500"'));
    const edited = prepare(fx.dir, 'harbor');
    expect(edited.analysis.ledger.value('fp.cash', '2025-12-31')!.interval.mid.toString()).toBe('102500000');
    expect(readPrepared(dataKeys(fx.dir, 'harbor'))!.analysis.ledger.value('fp.cash', '2025-12-31')!.interval.mid.toString()).toBe('102500000');
    expect(entries().length).toBe(n + 1);
  });

  it('keeps the analysis when only a text changes: the texts parsed again, the same as a whole load', () => {
    const fx = copyFixture();
    prepare(fx.dir, 'harbor');
    const analyses = entries().length;
    const texts = readdirSync(join(cache, 'texts')).length;
    fx.edit('lists/press-releases.yaml', (s) => s.replace('Opens Its Second', 'Opens Its Third'));
    const keys = dataKeys(fx.dir, 'harbor');
    expect(readAnalysis(keys)).toBeDefined();
    expect(readTexts(keys)).toBeUndefined();
    const edited = prepare(fx.dir, 'harbor');
    // no analysis made again, one texts entry more
    expect(entries().length).toBe(analyses);
    expect(readdirSync(join(cache, 'texts')).length).toBe(texts + 1);
    const whole = loadCompany(fx.dir, 'harbor').data;
    expect(JSON.stringify(edited.data.lists)).toContain('Opens Its Third Lighthouse');
    expect(edited.data.lists).toEqual(whole.lists);
    expect(edited.data.narrative).toEqual(whole.narrative);
    expect(JSON.stringify(buildFigures(edited.analysis.ledger, 'FY2025', en))).toBe(JSON.stringify(buildFigures(analyse(whole).ledger, 'FY2025', en)));
  });

  it('a text with a problem fails as a whole load fails, the analysis kept or not', () => {
    const fx = copyFixture();
    prepare(fx.dir, 'harbor');
    mkdirSync(join(fx.dir, 'harbor', 'narrative'));
    fx.write('narrative/FY2025.en.yaml', 'period: FY2025\nsource: { file: harbor-fy2025.txt, document: FY2025 results, date: "2026-02-10" }\nsections:\n  outlook:\n    - { text: "Fine.", colour: red }\n');
    expect(readAnalysis(dataKeys(fx.dir, 'harbor'))).toBeDefined();
    const message = (f: () => unknown) => { try { f(); } catch (e) { return (e as Error).message; } return 'no problem'; };
    const kept = message(() => prepare(fx.dir, 'harbor'));
    expect(kept).toMatch(/colour/);
    expect(kept).toBe(message(() => loadCompany(fx.dir, 'harbor')));
  });

  it('never keeps data with problems, and ignores a damaged entry', () => {
    const fx = copyFixture();
    fx.edit('facts/fy2025-release/results.yaml', (s) => s.replace('"1,000,500"', '"1,000,700"'));
    const n = entries().length;
    expect(() => prepare(fx.dir, 'harbor')).toThrow(/foot|sum/i);
    expect(entries().length).toBe(n);
    expect(readPrepared(dataKeys(fx.dir, 'harbor'))).toBeUndefined();

    const ok = copyFixture();
    writeFileSync(join(ok.dir, 'harbor', 'company.yaml'), `${'#'.repeat(7)} a comment makes other data\n` + readFileSync(join(ok.dir, 'harbor', 'company.yaml'), 'utf8'));
    prepare(ok.dir, 'harbor');
    for (const e of entries()) writeFileSync(join(cache, 'analysis', e), 'damaged');
    expect(readPrepared(dataKeys(ok.dir, 'harbor'))).toBeUndefined();
  });

  it('refuses what would not come back the same (functions, class instances)', () => {
    expect(() => encodeGraph({ f: () => 1 })).toThrow(NotPlainData);
    expect(() => encodeGraph({ d: new Date(0) })).toThrow(NotPlainData);
    const shared = { v: new Decimal('1.50') };
    const back = decodeGraph<{ a: typeof shared; b: typeof shared; m: Map<string, unknown>; u?: number }>(encodeGraph({ a: shared, b: shared, m: new Map([['k', shared]]), u: undefined }));
    expect(back.a).toBe(back.b);
    expect(back.m.get('k')).toBe(back.a);
    expect(back.a.v.toString()).toBe('1.5');
    expect('u' in back).toBe(true);
  });
});
