// A release chart whose spec is a binding only (no body of its own) is drawn from the body generated
// for its kind, in the company's theme: every data label has a colour (it was drawn with none, so
// invisible), and no colour token of the generated spec ("$text") is left for the browser to ignore.
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localeDirs, prepare } from '../../src/build.js';
import { buildFigures } from '../../src/model/figures.js';
import { makeInputs } from '../../src/render/inputs.js';
import { renderReleaseHtml } from '../../src/render/release/index.js';
import { loadTheme } from '../../src/template/theme.js';
import { messagesFor } from '../../src/messages/index.js';
import { copyFixture, fixtures, root } from '../helpers.js';

const c = copyFixture();
const tpl = mkdtempSync(join(tmpdir(), 'qd-gen-chart-'));
cpSync(join(fixtures, 'harbor-templates'), tpl, { recursive: true });
const specFile = join(tpl, 'charts', 'harbor-net-sales.vl.json');
const { layer: _l, encoding: _e, config: _c, ...binding } = JSON.parse(readFileSync(specFile, 'utf8')) as Record<string, unknown>;
writeFileSync(specFile, JSON.stringify(binding, null, 2));
const dirs = [tpl, join(root, 'templates')];
let svg = '';

beforeAll(async () => {
  const { data, analysis } = prepare(c.dir, 'harbor');
  const m = messagesFor('en');
  const inputs = makeInputs(data, buildFigures(analysis.ledger, 'FY2025', m, { measures: 'asked' }), m, localeDirs(dirs, 'en'), 'investors');
  const html = (await renderReleaseHtml(inputs)).html;
  svg = /<svg[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
}, 120_000);

describe('a release chart with a generated body', () => {
  it('draws its bars in the theme\'s palette and every label in a colour', () => {
    const theme = loadTheme(dirs).theme;
    expect(svg).not.toBe('');
    expect(svg).not.toMatch(/\$(text|increase|decrease|total|muted|line)\b/);
    expect(svg.toLowerCase()).toContain(`#${theme.chart.palette[0].toLowerCase()}`);
    // the bar labels: the fixture's net sales, 710 (FY2024) and 595 (FY2025), each drawn with a fill
    const labels = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].filter((t) => /^(595|710)$/.test(t[1]));
    expect(labels.map((t) => t[1]).sort()).toEqual(['595', '710']);
    for (const t of labels) expect(t[0]).toMatch(/fill="(#[0-9a-fA-F]{3,6}|rgb[^"]+)"/);
  });
});
