// The browser under faults: a crash during a document is survived with one restart, Chromium does
// not outlive a build killed with -9, and a runaway document is stopped with a clear limit.
import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { withRestart, type SharedBrowser } from '../../src/batch/shared-browser.js';
import type { Printer } from '../../src/export/browser.js';
import { QuarterDeckError } from '../../src/errors/problem.js';
import { root } from '../helpers.js';
import { workerPrinter } from '../support/browser.js';

const hasChromium = existsSync(process.env.QUARTERDECK_CHROMIUM ?? '/usr/bin/chromium');
const alive = (pid: number) => { try { process.kill(pid, 0); return true; } catch { return false; } };

describe('a crashed browser is restarted once', () => {
  const fake = () => { const b = { restarts: 0, restart: async () => { b.restarts++; } }; return b; };
  it('a crash (Target closed) restarts the browser and renders again', async () => {
    const b = fake(); let calls = 0;
    const r = await withRestart(b as unknown as SharedBrowser, async () => { if (calls++ === 0) throw new Error('Protocol error (Page.printToPDF): Target closed'); return 'pdf'; });
    expect([r, calls, b.restarts]).toEqual(['pdf', 2, 1]);
  });
  it('a second crash is not retried again', async () => {
    const b = fake();
    await expect(withRestart(b as unknown as SharedBrowser, async () => { throw new Error('Browser has disconnected'); })).rejects.toThrow(/disconnected/);
    expect(b.restarts).toBe(1);
  });
  it('a template fault is not a crash: no restart', async () => {
    const b = fake();
    await expect(withRestart(b as unknown as SharedBrowser, async () => { throw new QuarterDeckError([{ code: 'E_TEMPLATE', message: 'x' }]); })).rejects.toBeInstanceOf(QuarterDeckError);
    expect(b.restarts).toBe(0);
  });
});

describe.skipIf(!hasChromium)('Chromium', () => {
  // the limits are checked by the printer before and while it prints: the worker's browser serves
  // (a runaway document is stopped, the browser stays usable), no second Chromium is started
  let printer: Printer | undefined;

  it('does not outlive a build killed with -9', async () => {
    // the compiled module, as the CLI runs it (no TypeScript loader to start in the child)
    const child = spawn(process.execPath, ['-e', `import('${join(root, 'dist/export/browser.js')}').then(async ({ Printer }) => { const p = await Printer.open(); console.log('pid', p.pid); setInterval(() => {}, 1000); })`], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    const pid = await new Promise<number>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => { const m = /pid (\d+)/.exec(String(d)); if (m) resolve(Number(m[1])); });
      child.on('exit', () => reject(new Error('the child exited')));
    });
    expect(alive(pid)).toBe(true);
    child.kill('SIGKILL');
    let gone = false;
    for (let i = 0; i < 50 && !gone; i++) { await new Promise((r) => setTimeout(r, 200)); gone = !alive(pid); }
    if (!gone) process.kill(pid, 'SIGKILL');
    expect(gone).toBe(true);
  }, 60_000);

  it('stops a runaway document at the page limit with a clear problem', async () => {
    printer = await workerPrinter();
    process.env.QUARTERDECK_MAX_PAGES = '20';
    try {
      const html = `<!doctype html><body>${'<p style="height:1000px">page</p>'.repeat(200)}</body>`;
      const err = await printer.pdf(html, { format: 'A4' }).then(() => undefined, (e: unknown) => e);
      expect(err).toBeInstanceOf(QuarterDeckError);
      expect((err as QuarterDeckError).problems).toEqual([expect.objectContaining({ code: 'E_LIMIT', message: expect.stringMatching(/too large to print: about \d+ pages/), expected: 'at most 20 pages' })]);
    } finally { delete process.env.QUARTERDECK_MAX_PAGES; }
  }, 60_000);

  it('refuses HTML past the size limit before loading it', async () => {
    printer ??= await workerPrinter();
    process.env.QUARTERDECK_MAX_HTML_MB = '1';
    try {
      const err = await printer.pdf(`<p>${'x'.repeat(2 * 1024 * 1024)}</p>`, { format: 'A4' }).then(() => undefined, (e: unknown) => e);
      expect((err as QuarterDeckError).problems?.[0]).toMatchObject({ code: 'E_LIMIT', expected: 'at most 1 MB' });
    } finally { delete process.env.QUARTERDECK_MAX_HTML_MB; }
  }, 60_000);
});
