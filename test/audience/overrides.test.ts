// User template folders override the built-ins by the same relative path — a release partial, one
// deck slide, a chart spec, the theme — and fall back to the built-ins for everything else. The
// look is merged in one place: defaults → config file → audience profile → command-line flags.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeInputs } from '../../src/render/inputs.js';
import { deckModel } from '../../src/render/deck/build-model.js';
import { loadTheme, themeNames } from '../../src/template/theme.js';
import { loadSlides } from '../../src/template/slides.js';
import { renderReleaseHtml } from '../../src/render/release/index.js';
import { figuresOf } from '../support/figures.js';
import { en } from '../../src/messages/en.js';
import { loadProfile } from '../../src/audience/profile.js';
import { loadConfig, lookFor } from '../../src/config/config.js';
import type { ChartBlock } from '../../src/contract/deck.js';
import { QuarterDeckError, formatProblem } from '../../src/errors/problem.js';
import { fixtures, root } from '../helpers.js';
import { iij } from '../render/deck-fixture.js';
import { scratch, templateFolder } from './support.js';

const builtin = join(root, 'templates');
let fy2009: ReturnType<typeof figuresOf> | undefined;
const figures = () => (fy2009 ??= figuresOf(iij().analysis.ledger, 'FY2009', en));
const inputsWith = (dirs: string[], audience = 'investors') => makeInputs(iij().data, figures(), en, [...dirs, builtin], audience, { ...loadProfile(audience, [...dirs, builtin]) });

describe('a user template folder', () => {
  it('a release partial: that section is the user\'s, every other section the built-in one', async () => {
    const dir = templateFolder({ 'release/partials/about.hbs': '<section class="about"><h2>About Us</h2><p>Written by the user: {{company.name}}.</p></section>\n' });
    const [mine, theirs] = await Promise.all([renderReleaseHtml(inputsWith([dir])), renderReleaseHtml(inputsWith([]))]);
    expect(mine.html).toContain('Written by the user: Internet Initiative Japan Inc.');
    expect(theirs.html).not.toContain('Written by the user');
    // the rest is the built-in release: the same HTML once the about section is taken out
    const without = (h: string) => h.replace(/<section class="about">[\s\S]*?<\/section>/, '');
    expect(without(mine.html)).toBe(without(theirs.html));
  });

  it('a chart spec: the user\'s spec draws the chart (deck and release), the others are built-in', async () => {
    const spec = JSON.parse(readFileSync(join(builtin, 'charts', 'operating-income.vl.json'), 'utf8')) as { usermeta: { quarterdeck: { title: string } } };
    spec.usermeta.quarterdeck.title = 'Operating income, as the user draws it';
    const dir = templateFolder({ 'charts/operating-income.vl.json': JSON.stringify(spec, null, 2) });
    const { html } = await renderReleaseHtml(inputsWith([dir]));
    expect(html).toContain('Operating income, as the user draws it');
    const deck = templateFolder({ 'charts/income.vl.json': readFileSync(join(builtin, 'charts', 'income.vl.json'), 'utf8').replace(/"title": "[^"]*"/, '"title": "Income, as the user draws it"') });
    const charts = deckModel(inputsWith([deck])).slides.flatMap((s) => s.blocks).filter((b): b is ChartBlock => b.kind === 'chart');
    expect(charts.find((c) => c.name === 'income')!.data.alt).toMatch(/^Income, as the user draws it/);
    expect(charts.find((c) => c.name === 'capex')!.data.alt).toMatch(/^CAPEX/);
  });

  it('one slide (deck/slides/<id>.yaml): that slide from the user\'s file (its origin says so), the rest from slides.yaml', () => {
    const dir = join(fixtures, 'templates-override');
    const tpl = loadSlides([dir, builtin]);
    expect(tpl.files.get('summary')).toBe(join(dir, 'deck', 'slides', 'summary.yaml'));
    const model = deckModel(inputsWith([dir]));
    const summary = model.slides.find((s) => s.id === 'summary')!;
    expect(summary.title).toBe('At a Glance: FY2009');
    expect(summary.origin.file).toBe(join(dir, 'deck', 'slides', 'summary.yaml'));
    expect(model.slides.find((s) => s.id === 'results')!.origin.file).toBe(join(builtin, 'deck', 'slides.yaml'));
  });
});

describe('release sections', () => {
  it('an audience\'s `release.sections`: only those sections, in its order', async () => {
    const dir = templateFolder({ 'audiences/brief.yaml': 'description: Three sections\ndocuments: [release]\nrelease:\n  sections: [masthead, about, highlights]\n' });
    const { html } = await renderReleaseHtml(inputsWith([dir], 'brief'));
    const full = (await renderReleaseHtml(inputsWith([]))).html;
    const at = (h: string, re: RegExp) => h.search(re);
    const [masthead, about, highlights] = [/<header class="masthead">/, /<section class="about">/, /<section class="highlights/].map((re) => at(html, re));
    expect(masthead).toBeGreaterThan(0);
    expect(masthead).toBeLessThan(about);
    expect(about).toBeLessThan(highlights);
    expect(at(full, /<section class="about">/)).toBeGreaterThan(at(full, /<section class="highlights/));
    expect(html.length).toBeLessThan(full.length / 2);
  });

  it('a section the templates do not have: the profile\'s file and line, "did you mean"', async () => {
    const dir = templateFolder({ 'audiences/brief.yaml': 'description: Three sections\ndocuments: [release]\nrelease:\n  sections:\n    - masthead\n    - higlights\n' });
    const e = await renderReleaseHtml(inputsWith([dir], 'brief')).then(() => undefined, (x: unknown) => x);
    expect(e).toBeInstanceOf(QuarterDeckError);
    expect(formatProblem((e as QuarterDeckError).problems[0])).toMatch(new RegExp(`${join(dir, 'audiences/brief.yaml')}:6: release\\.sections\\.1: no release section "higlights".*Did you mean "highlights"\\?`));
  });
});

describe('themes', () => {
  it('ships a second theme, listed with the default', () => {
    expect(themeNames([builtin])).toEqual(['default', 'slate']);
    const slate = loadTheme([builtin], 'slate').theme;
    const base = loadTheme([builtin]).theme;
    expect(slate.colors.primary).not.toBe(base.colors.primary);
    expect(slate.fonts.latin).not.toBe(base.fonts.latin);
    expect(slate.logo.png).not.toBe(base.logo.png);
    expect(slate.footer.text).not.toBe(base.footer.text);
    // geometry it does not name is the default theme's
    expect(slate.layouts.regions).toEqual(base.layouts.regions);
  });

  it('layers built-in → the chosen theme → each user folder\'s theme.yaml; a user folder may bring its own named theme', () => {
    const user = templateFolder({ 'deck/theme.yaml': 'colors:\n  accent: "ABCDEF"\n' });
    const t = loadTheme([user, builtin], 'slate').theme;
    expect(t.colors.accent).toBe('ABCDEF'); // the user's theme.yaml
    expect(t.colors.primary).toBe('263238'); // slate
    expect(t.sizes.title).toBe(22); // built-in
    const mine = templateFolder({
      'deck/themes/forest.yaml': 'name: forest\ncolors:\n  primary: "1B5E20"\nlogo:\n  file: forest.svg\n  png: forest.png\n',
      'deck/themes/forest.svg': readFileSync(join(builtin, 'deck', 'logo.svg'), 'utf8'),
      'deck/themes/forest.png': readFileSync(join(builtin, 'deck', 'logo.png')),
      'audiences/green.yaml': 'description: The green deck\ndocuments: [deck]\ntheme: forest\n',
    });
    expect(themeNames([mine, builtin])).toEqual(['default', 'forest', 'slate']);
    const model = deckModel(inputsWith([mine], 'green'));
    expect(model.theme.colors.primary).toBe('1B5E20');
    expect(model.themeDir).toBe(join(mine, 'deck', 'themes'));
  });

  it('the look is merged defaults → config file → audience profile → flags', () => {
    expect(lookFor()).toEqual({ theme: 'default', units: 'million' });
    const board = loadProfile('board', [builtin]);
    expect(lookFor({ theme: 'mine' }, board)).toEqual({ theme: 'slate', units: 'billion', marking: 'Confidential' });
    expect(lookFor({ theme: 'mine' }, loadProfile('press', [builtin]))).toMatchObject({ theme: 'default' });
    expect(lookFor({ theme: 'mine' }, { ...board, theme: undefined }, { theme: undefined })).toMatchObject({ theme: 'mine' });
    expect(lookFor({ theme: 'mine' }, board, { theme: 'default' })).toMatchObject({ theme: 'default', marking: 'Confidential' });
    const cwd = scratch('config');
    writeFileSync(join(cwd, 'quarterdeck.config.yaml'), 'theme: slate\ntemplates: [mine]\n');
    expect(loadConfig(cwd)).toMatchObject({ theme: 'slate', templates: [join(cwd, 'mine')] });
  });
});
