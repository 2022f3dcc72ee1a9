import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadSlides } from '../../src/template/slides.js';
import { loadTheme } from '../../src/template/theme.js';
import { QuarterDeckError } from '../../src/errors/problem.js';
import { root } from '../helpers.js';
import { periodRoles } from '../../src/render/figure-set.js';
import { parsePeriod } from '../../src/periods/period.js';

const deckDir = join(root, 'templates', 'deck');
const HEX = /^[0-9A-Fa-f]{6}$/;
/** period role names ("prior2") are names, not periods */
const ROLES = new Set(Object.keys(periodRoles(parsePeriod('FY2009')!, { endMonth: 3, naming: 'start' })));

/** Every string in a parsed YAML value, with its path. */
function strings(v: unknown, path: string[] = []): { path: string; value: string }[] {
  if (typeof v === 'string') return [{ path: path.join('.'), value: v }];
  if (Array.isArray(v)) return v.flatMap((x, i) => strings(x, [...path, String(i)]));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => strings(x, [...path, k]));
  return [];
}

describe('deck templates', () => {
  it('type no number, percentage or period label: every one comes from figures', () => {
    const files = readdirSync(deckDir).filter((f) => f.endsWith('.yaml'));
    expect(files).toEqual(expect.arrayContaining(['slides.yaml', 'theme.yaml']));
    // one slides.yaml for every language: no translated copy under templates/locales/<lang>/deck/
    const locales = join(root, 'templates', 'locales');
    const translated = readdirSync(locales).flatMap((l) => (existsSync(join(locales, l, 'deck')) ? readdirSync(join(locales, l, 'deck')).filter((f) => f.endsWith('.yaml')).map((f) => join('..', 'locales', l, 'deck', f)) : []));
    expect(translated).toEqual([]);
    const found: string[] = [];
    for (const f of [...files, ...translated]) {
      for (const { path, value } of strings(parse(readFileSync(join(deckDir, f), 'utf8')))) {
        if (HEX.test(value) || ROLES.has(value)) continue; // a colour, a period role
        const outside = value.replace(/\{\{[^}]*\}\}/g, ' ');
        if (/\d/.test(outside) || /\b(FY|[1-4]Q|[12]H)\d/i.test(outside) || /%/.test(outside.replace(/% of Revenues/g, ''))) found.push(`${f}: ${path}: ${value}`);
      }
    }
    // and the deck's words in the catalogs (deck.*): an argument, never a typed number
    for (const lang of ['en', 'ja']) {
      const deck = (parse(readFileSync(join(root, 'templates', 'i18n', `${lang}.yaml`), 'utf8')) as { deck: unknown }).deck;
      expect(strings(deck).length).toBeGreaterThan(150);
      for (const { path, value } of strings(deck)) {
        const outside = value.replace(/\{[A-Za-z]+[0-9]*(,[^{}]*)?\}/g, ' ');
        if (/[0-9０-９]/.test(outside) || /%/.test(outside.replace(/% of Revenues/g, ''))) found.push(`i18n/${lang}.yaml: deck.${path}: ${value}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('load against their schema (slides.yaml and theme.yaml)', () => {
    const tpl = loadSlides([join(root, 'templates')]);
    expect(tpl.sections.length).toBeGreaterThanOrEqual(4);
    expect(tpl.lines.get('results')).toBeGreaterThan(1);
    const { theme } = loadTheme([join(root, 'templates')]);
    expect(theme.fonts.eastAsian).toBe('Noto Sans CJK JP');
    expect(theme.slide.width / theme.slide.height).toBeCloseTo(16 / 9, 2);
  });

  it('reference chart specs that exist in templates/charts', () => {
    const specs = new Set(readdirSync(join(root, 'templates', 'charts')).map((f) => f.replace(/\.vl\.json$/, '')));
    const text = readFileSync(join(deckDir, 'slides.yaml'), 'utf8');
    const used = [...text.matchAll(/spec: ([a-z-]+)/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(10);
    for (const u of used) expect(specs.has(u), u).toBe(true);
  });

  it('report a template mistake with its file, line and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qd-deck-'));
    mkdirSync(join(dir, 'deck'));
    writeFileSync(join(dir, 'deck', 'slides.yaml'), [
      'cover: { period: a, title: b, company: c, date: d, tagline: e }',
      'agenda: { title: Agenda }',
      'sections:',
      '  - agenda: Results',
      '    slides:',
      '      - id: x',
      '        title: X',
      '        blocks:',
      '          - chart: { spec: capex, lables: all }',
      '',
    ].join('\n'));
    try {
      loadSlides([dir]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(QuarterDeckError);
      const p = (e as QuarterDeckError).problems[0];
      expect(p.code).toBe('E_TEMPLATE');
      expect(p.file).toBe(join(dir, 'deck', 'slides.yaml'));
      expect(p.line).toBe(9);
    }
  });
});
