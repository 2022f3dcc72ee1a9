#!/usr/bin/env node
// The preview's save-to-update latency: from writing a file to the page in the browser showing the
// new text (server-sent event, render, the page patched in place), min / median / max over N saves.
// Cases: the fixture company's data (a figure's value), IIJ's data (a narrative sentence, a figure in
// a facts file) and an IIJ template (a release partial). Part of `npm run bench` (scripts/bench.mjs runs it); alone:
// `node scripts/bench-preview.mjs [--runs N] [--only harbor|iij-data|iij-facts|iij-template]`. Needs dist/.
// The preview runs as users run it, `quarterdeck preview` in a process of its own (the browser and
// this script in others), so that the time is what the page shows and not this process's wait.
// Beside the wall time, the preview process's own CPU time (user + system, from /proc) per save:
// from the write until the page shows it and the preview has been idle for a moment. On a loaded
// machine the wall time measures the machine; the CPU time measures the preview.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import puppeteer from 'puppeteer-core';

const root = new URL('..', import.meta.url).pathname;
const arg = (name, fallback) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : fallback; };
const runs = Number(arg('runs', '9'));
const only = arg('only', undefined);

/** `quarterdeck preview --port 0 …` started in its own process: its URL, and how to stop it. */
async function startPreview(c, out) {
  const args = [join(root, 'bin', 'quarterdeck.js'), 'preview', '--port', '0', '--data', join(scratch, 'data'), '--out', out, '--company', c.company, '--period', c.period, '--audience', 'investors', ...c.templates.flatMap((t) => ['--templates', t])];
  const child = spawn(process.execPath, args, { cwd: scratch, stdio: ['ignore', 'pipe', 'inherit'] });
  let text = '';
  const url = await new Promise((done, fail) => {
    child.stdout.on('data', (b) => { text += b; const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(text); if (m) done(m[1]); });
    child.once('exit', (code) => fail(new Error(`preview exited ${code}: ${text}`)));
  });
  return { url, pid: child.pid, close: () => new Promise((done) => { child.once('exit', done); child.kill('SIGTERM'); }) };
}

/** A process's CPU time so far (user + system, ms), from /proc (Linux); undefined elsewhere. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime and stime in clock ticks (USER_HZ: 100)
  } catch { return undefined; }
}
const idle = (ms) => new Promise((done) => setTimeout(done, ms));
const { chromiumPath, CHROMIUM_ARGS, isHeadlessShell } = await import(join(root, 'dist', 'export', 'browser.js'));
const stats = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return { min: s[0], median: s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2, max: s.at(-1) }; };

const scratch = mkdtempSync(join(tmpdir(), 'qd-bench-preview-'));
cpSync(join(root, 'test', 'fixtures', 'harbor'), join(scratch, 'data', 'harbor'), { recursive: true });
cpSync(join(root, 'test', 'fixtures', 'harbor-templates'), join(scratch, 'harbor-templates'), { recursive: true });
cpSync(join(root, 'data', 'iij'), join(scratch, 'data', 'iij'), { recursive: true });
cpSync(join(root, 'templates', 'release', 'partials'), join(scratch, 'iij-templates', 'release', 'partials'), { recursive: true });

/** Each case: the file a save changes, and the text the n-th save makes (it must reach the page). */
const CASES = [
  { name: 'fixture company: a figure in a data file', company: 'harbor', period: 'FY2025', templates: [join(scratch, 'harbor-templates')],
    file: join(scratch, 'data', 'harbor', 'facts', 'fy2025-release', 'results.yaml'), from: '"440", "595"]', to: (n) => `"440", "${595 + (n % 2 ? 1 : 0)}"]`, shown: (n) => `JPY${595 + (n % 2 ? 1 : 0)} million` },
  { name: 'IIJ: a narrative sentence in a data file', key: 'iij-data', company: 'iij', period: 'FY2009', templates: [join(scratch, 'iij-templates')],
    file: join(scratch, 'data', 'iij', 'narrative', 'FY2009.en.yaml'), from: '        Systems construction revenue', to: (n) => `        Bench ${n}. Systems construction revenue`, shown: (n) => `Bench ${n}.` },
  // a figure: the count and the change printed beside it (both tables that print them), so the data still checks
  { name: 'IIJ: a figure in a facts file', key: 'iij-facts', company: 'iij', period: 'FY2009', templates: [join(scratch, 'iij-templates')],
    file: join(scratch, 'data', 'iij', 'facts', '000-fy2009-results-deck', 'kpi.yaml'),
    edit: (s, n) => s.replace(/(\[kpi\.contracts\.ip-1gbps, "(?:38|134)", )"125"\]/g, `$1"${8100 + n}"]`).replace(/(\[yoy-diff:kpi\.contracts\.ip-1gbps, "(?:38|134)", )"31"\]/g, `$1"${8100 + n - 94}"]`),
    // the figure's own mark: the deck prints other figures whose digits begin "8,10"
    // the deck's tab is the one in view: the deck prints the figure (the release does not)
    shown: (n) => `8,${100 + n}`, figure: 'kpi.contracts.ip-1gbps@2010-03-31', tab: 'deck' },
  { name: 'IIJ: a release template', key: 'iij-template', company: 'iij', period: 'FY2009', templates: [join(scratch, 'iij-templates')],
    file: join(scratch, 'iij-templates', 'release', 'partials', 'about.hbs'), from: /^/, to: (n) => `<p>Bench ${n}.</p>\n`, shown: (n) => `Bench ${n}.` },
];

const exe = chromiumPath();
const browser = await puppeteer.launch({ executablePath: exe, args: CHROMIUM_ARGS, headless: isHeadlessShell(exe) ? 'shell' : true, pipe: true });
const rows = [];
try {
  for (const c of CASES.filter((x) => !only || (x.key ?? x.company) === only)) {
    const original = readFileSync(c.file, 'utf8');
    const preview = await startPreview(c, join(scratch, 'out'));
    const page = await browser.newPage();
    try {
      await page.goto(preview.url);
      await page.waitForSelector('body[data-ready]', { timeout: 120_000 });
      if (c.tab) await page.click(`[data-tab="${c.tab}"]`);
      await idle(1500); // the preview's work after its first render (warm) is no save's
      const times = []; const cpu = [];
      for (let n = 0; n <= runs; n++) {
        const text = c.shown(n);
        const c0 = cpuMs(preview.pid);
        const t = performance.now();
        writeFileSync(c.file, c.edit ? c.edit(original, n) : original.replace(c.from, c.to(n)));
        await page.waitForFunction((s, id) => [...document.querySelectorAll('iframe')].some((f) => (id ? [...(f.contentDocument?.querySelectorAll(`[data-figure="${id}"]`) ?? [])].some((e) => e.textContent.trim() === s) : f.contentDocument?.body?.textContent.includes(s))), { polling: 'mutation', timeout: 120_000 }, text, c.figure);
        const wall = performance.now() - t;
        await idle(400); // what the page asks after the update (the other document) is this save's too
        const c1 = cpuMs(preview.pid);
        if (n > 0) { times.push(wall); if (c0 !== undefined && c1 !== undefined) cpu.push(c1 - c0); } // the first save warms the caches
      }
      rows.push([c.name, times, cpu]);
    } finally {
      writeFileSync(c.file, original);
      await page.close();
      await preview.close();
    }
  }
} finally {
  await browser.close();
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`\npreview: save → page updated (ms), ${runs} saves each (after one warm-up save); load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
const fmt = (s) => `min ${s.min.toFixed(0).padStart(5)}  median ${s.median.toFixed(0).padStart(5)}  max ${s.max.toFixed(0).padStart(5)}`;
for (const [name, t, cpu] of rows) console.log(`${name.padEnd(44)}  ${fmt(stats(t))}${cpu.length ? `   preview CPU per save ${fmt(stats(cpu))}` : ''}`);
