// Chromium started as puppeteer's launch() starts it (the same flags, a pipe, a temporary profile,
// its own process group, killed with this process), driven by puppeteer's CDP browser. Importing
// only these parts of puppeteer-core (the CDP connection, browser and pipe) instead of the package
// skips its launchers and @puppeteer/browsers (download, proxy, progress, Firefox): about half of
// what `import 'puppeteer-core'` loads, and the first thing a cold build waits for before printing.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { isMainThread } from 'node:worker_threads';
import type { Browser } from 'puppeteer-core';

/** puppeteer-core 24's default Chromium flags (node/ChromeLauncher.js defaultArgs), which print tagged PDFs with an outline. */
const PUPPETEER_ARGS = [
  '--allow-pre-commit-input', '--disable-background-networking', '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows', '--disable-breakpad', '--disable-client-side-phishing-detection',
  '--disable-component-extensions-with-background-pages', '--disable-crash-reporter', '--disable-default-apps',
  '--disable-dev-shm-usage', '--disable-hang-monitor', '--disable-infobars', '--disable-ipc-flooding-protection',
  '--disable-popup-blocking', '--disable-prompt-on-repost', '--disable-renderer-backgrounding',
  '--disable-search-engine-choice-screen', '--disable-sync', '--enable-automation', '--export-tagged-pdf',
  '--force-color-profile=srgb', '--generate-pdf-document-outline', '--metrics-recording-only', '--no-first-run',
  '--password-store=basic', '--use-mock-keychain',
  '--disable-features=Translate,AcceptCHFrame,MediaRouter,OptimizationHints,WebUIReloadButton,ProcessPerSiteUpToMainFrameThreshold,IsolateSandboxedIframes',
  '--enable-features=PdfOopif',
];

export interface Launched { browser: Browser; process: ChildProcess }

/** Kill the browser's whole process group (its renderers too), as puppeteer does. */
function kill(child: ChildProcess): void {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  try { process.kill(-child.pid, 'SIGKILL'); } catch { try { child.kill('SIGKILL'); } catch { /* gone */ } }
}

/** The process events puppeteer's launch() handles: the browser never outlives this process. */
function guard(child: ChildProcess): () => void {
  const onExit = () => kill(child);
  // in a worker thread, 'exit' is the thread's end (signals reach only the main thread)
  if (!isMainThread) { process.on('exit', onExit); return () => process.off('exit', onExit); }
  const onInt = () => { kill(child); process.exit(130); };
  process.on('exit', onExit);
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onExit);
  process.on('SIGHUP', onExit);
  return () => { process.off('exit', onExit); process.off('SIGINT', onInt); process.off('SIGTERM', onExit); process.off('SIGHUP', onExit); };
}

/** Start Chromium (`headless: 'shell'` for the old headless shell, else the new headless mode) and connect over its pipe. */
export async function launchChromium(executablePath: string, args: string[], shell: boolean, timeoutMs = 30_000): Promise<Launched> {
  const modules = Promise.all([
    import('puppeteer-core/internal/cdp/Browser.js'), import('puppeteer-core/internal/cdp/Connection.js'), import('puppeteer-core/internal/node/PipeTransport.js'),
  ]);
  const profile = mkdtempSync(join(tmpdir(), 'puppeteer_dev_chrome_profile-'));
  const argv = [...PUPPETEER_ARGS, `--user-data-dir=${profile}`, shell ? '--headless' : '--headless=new', '--hide-scrollbars', '--mute-audio', '--disable-extensions', 'about:blank', ...args, '--remote-debugging-pipe'];
  // fds 3 and 4: the DevTools pipe; a process group of its own, so that its renderers die with it
  const child = spawn(executablePath, argv, { detached: true, stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
  const unguard = guard(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => { unguard(); rmSync(profile, { recursive: true, force: true }); });
  let closing = false;
  const close = async () => {
    if (closing) return;
    closing = true;
    try { await connection.closeBrowser(); } catch { kill(child); }
    const timer = setTimeout(() => kill(child), 5000);
    await exited;
    clearTimeout(timer);
  };
  let connection: InstanceType<Awaited<typeof modules>[1]['Connection']>;
  try {
    const [{ CdpBrowser }, { Connection }, { PipeTransport }] = await modules;
    const failed = new Promise<never>((_, reject) => {
      child.once('error', reject);
      child.once('exit', (code, signal) => reject(new Error(`the browser exited before it was ready (${signal ?? `exit code ${code}`}): ${executablePath}`)));
    });
    const transport = new PipeTransport(child.stdio[3] as Writable, child.stdio[4] as Readable);
    connection = new Connection('', transport, 0, undefined);
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`the browser did not start within ${timeoutMs / 1000} s`)), timeoutMs).unref());
    const browser = await Promise.race([
      CdpBrowser._create(connection, [], false, { width: 800, height: 600 }, undefined, child, close),
      failed, timeout,
    ]);
    failed.catch(() => undefined);
    return { browser: browser as unknown as Browser, process: child };
  } catch (e) {
    kill(child);
    throw e;
  }
}
