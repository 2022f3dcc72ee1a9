// Mistakes in audiences and templates: each is one clear problem naming its file and line (with
// "did you mean"), a QuarterDeckError that the CLI turns into exit code 1, and nothing is written to
// the output folder. The CLI runs each mistake once here; the other cases call build() with one
// session (the data loaded once, one browser), which is what the CLI's build command runs.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build, type BuildSession } from '../../src/build.js';
import { workerBrowser } from '../support/browser.js';
import { QuarterDeckError, formatProblem } from '../../src/errors/problem.js';
import { dataDir, run } from '../helpers.js';
import { scratch, templateFolder } from './support.js';

const hasChromium = existsSync(process.env.QUARTERDECK_CHROMIUM ?? '/usr/bin/chromium');
const session: BuildSession = { browser: workerBrowser(), prepared: new Map() };
afterAll(async () => { await session.browser?.close(); });

/** Build with the CLI; expect exit code 1, the messages, and an empty output folder. */
async function cliFails(args: string[], ...expected: (string | RegExp)[]): Promise<void> {
  const out = scratch('err-out');
  const r = await run(['build', '--company', 'iij', '--out', out, ...args]);
  expect(r.code, r.err).toBe(1);
  for (const e of expected) expect(r.err).toMatch(e);
  expect(r.err).toMatch(/nothing was written/);
  expect(readdirSync(out)).toEqual([]);
}

/** build() with the tests' session; expect a QuarterDeckError with the messages (as the CLI prints them) and an empty output folder. */
async function fails(args: string[], ...expected: (string | RegExp)[]): Promise<void> {
  const out = scratch('err-out');
  const flag = (name: string) => { const i = args.indexOf(name); return i < 0 ? undefined : args[i + 1]; };
  const err = await build({
    dataDir, outDir: out, company: 'iij', audience: flag('--audience'), templates: flag('--templates') ? [flag('--templates')!] : undefined,
    formats: flag('--formats')?.split(','),
  }, session).then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(QuarterDeckError);
  const text = (err as QuarterDeckError).problems.map(formatProblem).join('\n');
  for (const e of expected) expect(text).toMatch(e);
  expect((err as QuarterDeckError).exitCode).toBe(1);
  expect(readdirSync(out)).toEqual([]);
}
const at = (dir: string, rel: string, line?: number) => new RegExp(`${join(dir, rel).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${line ?? '\\d+'}: `);

describe('audience profiles', () => {
  it('an unknown audience: the known ones, and "did you mean"', async () => {
    await cliFails(['--audience', 'investor'], /--audience: unknown audience "investor" \(expected analysts, board, investors, ja, press\)/, /Did you mean "investors"\?/, /\[E_NOT_FOUND\]/);
  });

  it('a slide id the deck template does not have: the profile\'s file and line, and "did you mean"', async () => {
    const dir = templateFolder({ 'audiences/brief.yaml': 'description: A brief deck\ndocuments: [deck]\ndeck:\n  slides:\n    - summary\n    - reslts\n' });
    await fails(['--templates', dir, '--audience', 'brief'], at(dir, 'audiences/brief.yaml', 6), /deck\.slides\.1: no slide "reslts" in the deck template/, /Did you mean "results"\?/);
  });

  it('an appendix slide listed as a deck slide: says where it belongs', async () => {
    const dir = templateFolder({ 'audiences/brief.yaml': 'description: A brief deck\ndocuments: [deck]\ndeck:\n  slides: [summary, quarterly-tables]\n' });
    await fails(['--templates', dir, '--audience', 'brief'], at(dir, 'audiences/brief.yaml', 4), /a slide of the template's appendix \(list it under deck\.appendix\)/);
  });

  it('an unknown theme: the profile\'s line, the themes there are, "did you mean"', async () => {
    const dir = templateFolder({ 'audiences/brief.yaml': 'description: A brief deck\ndocuments: [deck]\ntheme: slat\n' });
    await fails(['--templates', dir, '--audience', 'brief'], at(dir, 'audiences/brief.yaml', 3), /theme: unknown theme "slat" \(expected default, slate\)/, /Did you mean "slate"\?/);
  });

  it('a profile that breaks its schema: file, line, field', async () => {
    const dir = templateFolder({ 'audiences/brief.yaml': 'description: A brief deck\ndocuments: [deck]\nunits: thousands\n' });
    await fails(['--templates', dir, '--audience', 'brief'], at(dir, 'audiences/brief.yaml', 3), /units: /, /\[E_SCHEMA\]/);
  });
});

describe.skipIf(!hasChromium)('templates', () => {
  it('a missing partial in a release partial: its file and line, the partials there are, "did you mean"', async () => {
    const dir = templateFolder({ 'release/partials/about.hbs': '<section>\n{{> contact}}\n</section>\n' });
    await fails(['--templates', dir, '--formats', 'release'], at(dir, 'release/partials/about.hbs', 2), /no partial "contact"/, /Did you mean "condition"\?|expected .*masthead/);
  });

  it('a missing chart spec on a slide: the slide\'s file and line, "did you mean"', async () => {
    const slide = 'id: revenues\ntitle: Revenues\nblocks:\n  - chart: { area: full, spec: revenue-by-lines }\n';
    const dir = templateFolder({ 'deck/slides/revenues.yaml': slide });
    await fails(['--templates', dir, '--formats', 'deck'], at(dir, 'deck/slides/revenues.yaml'), /chart\.spec: no chart spec "revenue-by-lines"/, /Did you mean "revenue-by-line"\?/, /\[E_NOT_FOUND\]/);
  });

  it('an unknown Handlebars helper in a slide and in a release partial: file, line, "did you mean"', async () => {
    const deck = templateFolder({ 'deck/slides/summary.yaml': 'title: Summary\nblocks:\n  - bullets: { area: full, items: [{ text: \'Revenue: {{yenn "is.revenue.total"}}\' }] }\n' });
    await fails(['--templates', deck, '--formats', 'deck'], at(deck, 'deck/slides/summary.yaml'), /unknown Handlebars helper "yenn"/, /Did you mean "yen"\?/);
    const release = templateFolder({ 'release/partials/about.hbs': '<section>\n<p>About us</p>\n<p>{{monye "is.revenue.total" "cur"}}</p>\n</section>\n' });
    await cliFails(['--templates', release, '--formats', 'release'], at(release, 'release/partials/about.hbs', 3), /unknown Handlebars helper "monye"/, /Did you mean "money"\?/);
  });

  it('a figure id no item has, for the period: file, line, "did you mean" — never a silently shorter slide', async () => {
    const deck = templateFolder({ 'deck/slides/summary.yaml': 'title: Summary\nblocks:\n  - bullets: { area: full, items: [{ text: \'Revenue: {{yen "is.revenue.totl"}}\' }] }\n' });
    await fails(['--templates', deck, '--formats', 'deck'], at(deck, 'deck/slides/summary.yaml'), /no figure "is\.revenue\.totl" for FY2009/, /Did you mean "is\.revenue\.total"\?/);
    const release = templateFolder({ 'release/partials/about.hbs': '<section>\n\n<p>{{money "yoy:is.operating-incme" "cur"}}</p>\n</section>\n' });
    await fails(['--templates', release, '--formats', 'release'], at(release, 'release/partials/about.hbs', 3), /no figure "yoy:is\.operating-incme" for FY2009/, /Did you mean "yoy:is\.operating-income"\?/);
  });

  it('a malformed chart spec: not JSON (the line of the mistake), or without its figure binding', async () => {
    const broken = templateFolder({ 'charts/income.vl.json': '{\n  "mark": "bar",\n  "usermeta": {\n    "quarterdeck": { "kind": "bar", }\n  }\n}\n' });
    await fails(['--templates', broken, '--formats', 'deck'], at(broken, 'charts/income.vl.json', 4), /malformed chart spec: not valid JSON/);
    const unbound = templateFolder({ 'charts/operating-income.vl.json': '{\n  "mark": "bar",\n  "usermeta": {\n    "quarterdeck": { "kind": "pie", "series": [], "periods": [] }\n  }\n}\n' });
    await fails(['--templates', unbound, '--formats', 'release'], at(unbound, 'charts/operating-income.vl.json', 4), /usermeta\.quarterdeck\.kind: malformed chart spec: unknown kind "pie"/);
  });

  it('a slide override that is not a slide: its file, line and field', async () => {
    const dir = templateFolder({ 'deck/slides/summary.yaml': 'title: Summary\nblocks:\n  - bullets: { area: nowhere, items: [] }\n  - pie: {}\n' });
    await fails(['--templates', dir, '--formats', 'deck'], at(dir, 'deck/slides/summary.yaml', 4), /blocks\.1/);
    const orphan = templateFolder({ 'deck/slides/sumary.yaml': 'title: Summary\n' });
    await fails(['--templates', orphan, '--formats', 'deck'], /deck\/slides\/sumary\.yaml: no slide "sumary" in .*slides\.yaml to replace/, /Did you mean "summary"\?/);
  });
});

describe('quarterdeck audiences', () => {
  it('lists every audience with its description and documents', async () => {
    const r = await run(['audiences']);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(['analysts', 'board', 'investors', 'ja', 'press']);
    expect(r.out).toMatch(/^board\s+Board — a condensed deck of results against last year and the targets.*\[deck; en\]$/m);
    expect(r.out).toMatch(/^analysts\s+Analysts — .*\[deck, data-pack; en\]$/m);
    expect(r.out).toMatch(/^press\s+Press — the earnings release only\s+\[release; en\]$/m);
  });

  it('lists a user folder\'s audiences too', async () => {
    const dir = templateFolder({ 'audiences/brief.yaml': 'description: A brief deck for the founders\ndocuments: [deck]\n' });
    const r = await run(['audiences', '--templates', dir]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^brief\s+A brief deck for the founders\s+\[deck; en\]$/m);
  });
});
