// What a document leaves out is reported: `build` prints a short summary (a count per document, one
// line each: slide, what, why), the manifest lists it, and `--strict` makes it an error with nothing
// written. The fictional company's deck with a slide whose figure is missing (a user's slide file).
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtures, run } from '../helpers.js';
import { loadConfig } from '../../src/config/config.js';
import { runOptions } from '../../src/config/run-options.js';
import { jobRunner } from '../../src/schedule/run-job.js';
import { workerBrowser } from '../support/browser.js';
import { omissionSaid, omissionsEn } from '../../src/messages/omissions-en.js';
import { omissionIn, omissionsJa } from '../../src/messages/omissions-ja.js';

const tpl = mkdtempSync(join(tmpdir(), 'qd-omit-tpl-'));
mkdirSync(join(tpl, 'deck', 'slides'), { recursive: true });
// the summary slide with a bullet for next year's actual net sales, which the data does not hold
writeFileSync(join(tpl, 'deck', 'slides', 'summary.yaml'), `id: summary
title: 'Summary of {{period "cur"}}'
blocks:
  - bullets:
      area: full
      items:
        - { style: heading, text: '{{period "cur"}}' }
        - text: 'Net sales: {{amountChange "pl.sales.total" vs=true}}'
        - text: 'Net sales next year: {{amount "pl.sales.total" "nextFy"}}'
`);
const args = (out: string) => ['build', '--data', fixtures, '--company', 'harbor', '--period', 'FY2025', '--templates', join(fixtures, 'harbor-templates'), '--templates', tpl, '--out', out, '--formats', 'figures,deck'];
const outA = mkdtempSync(join(tmpdir(), 'qd-omit-'));
const outB = mkdtempSync(join(tmpdir(), 'qd-omit-strict-'));
let plain: Awaited<ReturnType<typeof run>>; let strict: Awaited<ReturnType<typeof run>>;
// a scheduled build with the config file's `preflight: strict` (config/run-options.ts → schedule/run-job.ts)
const cwd = mkdtempSync(join(tmpdir(), 'qd-omit-sched-'));
writeFileSync(join(cwd, 'quarterdeck.config.yaml'), 'preflight: strict\n');
const outC = join(cwd, 'out');
let scheduled: Awaited<ReturnType<ReturnType<typeof jobRunner>>>;
// the same job run without strict, then with it, into one out folder: the package is built again (and fails)
const outD = mkdtempSync(join(tmpdir(), 'qd-omit-again-'));
let lenient: typeof scheduled; let strictAfter: typeof scheduled;

beforeAll(async () => {
  plain = await run(args(outA));
  strict = await run([...args(outB), '--strict']);
  const o = runOptions({ data: fixtures, out: outC, templates: [join(fixtures, 'harbor-templates'), tpl] }, { data: fixtures, out: outC, company: 'harbor' }, loadConfig(cwd));
  const job = { name: 'nightly', cron: '0 2 * * *', build: [{ company: ['harbor'], period: ['FY2025'], formats: ['figures', 'deck'] }] };
  const runJob = (opts: typeof o) => jobRunner({ ...opts, browser: workerBrowser() })(job as Parameters<ReturnType<typeof jobRunner>>[0], new AbortController().signal);
  scheduled = await runJob(o);
  lenient = await runJob({ ...o, outDir: outD, preflight: { strict: false } });
  strictAfter = await runJob({ ...o, outDir: outD });
}, 180_000);

describe('omissions reported by build', () => {
  it('prints a summary: a count per document, then one line per omission with slide and reason', () => {
    expect(plain.code).toBe(0);
    const lines = plain.out.split('\n');
    const head = lines.findIndex((l) => /^left out: \d+ items \(deck\.pptx \d+\)$/.test(l));
    expect(head).toBeGreaterThan(-1);
    expect(plain.out).toContain('  deck.pptx, slide summary: Net sales next year: {{amount "pl.sales.total" "nextFy"}} — no figure "pl.sales.total" for FY2026');
    // the slides for targets the data does not hold are left out too, each with its reason
    expect(plain.out).toContain('  deck.pptx, slide target: slide — needs target:pl.sales.total@targetFy');
    const n = Number(/^left out: (\d+)/.exec(lines[head])![1]);
    expect(lines.slice(head + 1).filter((l) => l.startsWith('  deck.pptx')).length).toBe(n);
  });

  it('the deck itself leaves the bullet out (the slide keeps the others)', async () => {
    const { pptxPages } = await import('../../src/preflight/read-pptx.js');
    const pages = await pptxPages(new Uint8Array(readFileSync(join(outA, 'harbor', 'FY2025', 'investors', 'deck.pptx'))));
    const text = pages.map((p) => p.text).join('\n');
    expect(text).toContain('Net sales: JPY595 million');
    expect(text).not.toContain('Net sales next year');
  });

  it('the manifest lists the omissions, each reason with its message key and arguments (either language can say it)', () => {
    const m = JSON.parse(readFileSync(join(outA, 'harbor', 'FY2025', 'investors', 'manifest.json'), 'utf8'));
    expect(m.omitted).toContainEqual({ document: 'deck.pptx', slide: 'summary', what: 'Net sales next year: {{amount "pl.sales.total" "nextFy"}}', reason: expect.stringContaining('no figure "pl.sales.total" for FY2026') });
    expect(m.omitted.length).toBe(Number(/left out: (\d+)/.exec(plain.out)![1]));
    const target = { document: 'deck.pptx', slide: 'target', what: 'slide', reason: omissionsEn.needs('target:pl.sales.total@targetFy'), says: { what: omissionSaid('slide'), reason: omissionSaid('needs', 'target:pl.sales.total@targetFy') }, conditional: true };
    expect(m.omitted).toContainEqual(target);
    expect(target.reason).toBe('needs target:pl.sales.total@targetFy');
    expect(omissionIn(target, 'ja')).toMatchObject({ what: omissionsJa.slide(), reason: omissionsJa.needs('target:pl.sales.total@targetFy') });
  });

  it('--strict fails on them: one problem each, non-zero exit, nothing written', () => {
    expect(strict.code).not.toBe(0);
    expect(strict.err).toContain('E_OMITTED');
    expect(strict.err).toContain('left out Net sales next year');
    // a slide whose condition (needs:) the data does not meet is listed, but fails nothing
    expect(strict.err).not.toContain('needs target:pl.sales.total@targetFy');
    expect(strict.err).not.toMatch(/\n\s+at .*\.[jt]s:\d+/);
    expect(existsSync(join(outB, 'harbor', 'FY2025', 'investors'))).toBe(false);
  });

  it('a scheduled build with `preflight: strict` in the config file fails on them too, and writes nothing', () => {
    expect(scheduled.status).toBe('failed');
    expect(scheduled.error).toContain('left out Net sales next year');
    expect(existsSync(join(outC, 'harbor', 'FY2025', 'investors'))).toBe(false);
  });

  it('a package built without strict is built again by a strict run, and fails: strictness is part of what a package is built with', () => {
    expect(lenient.status).toBe('ok');
    // not "unchanged": the data and templates are the same, the preflight is not
    expect(strictAfter.status).toBe('failed');
    expect(strictAfter.error).toContain('left out Net sales next year');
  });
});
