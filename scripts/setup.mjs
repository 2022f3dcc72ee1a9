#!/usr/bin/env node
// Installs what `npm start` and `npm test` need when it is missing, on a fresh machine with only
// Node and npm: node modules, the compiled CLI, and Debian's Chromium, CJK fonts, poppler and the
// XML tools of the Office Open XML check (as root; otherwise a clear message saying what to install). Runs before start and test.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const quiet = process.argv.includes('--quiet');
const log = (s) => { if (!quiet) console.error(`setup: ${s}`); };
// --ci: also what only the tests need: LibreOffice (the PPTX opens in an office suite), Redis (queue)
const forCi = process.argv.includes('--ci');

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
  if (r.status !== 0) { console.error(`setup: \`${cmd} ${args.join(' ')}\` failed (exit ${r.status})`); process.exit(r.status ?? 1); }
}

// 1. node modules (and the compile step that `npm install` runs as `prepare`)
const lock = join(root, 'package-lock.json');
const marker = join(root, 'node_modules', '.package-lock.json');
if (!existsSync(marker) || statSync(lock).mtimeMs > statSync(marker).mtimeMs) {
  // `npm ci`: exactly the lock file, never rewriting it. The lock lists every platform's optional
  // packages (msgpackr-extract for macOS, Windows, Linux arm), as `npm install --package-lock-only`
  // writes it; npm ci installs only this machine's. Refresh it with that command after a change.
  log('installing node modules (npm ci)');
  run('npm', ['ci', '--no-audit', '--no-fund'], { env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' } });
}

// 2. the compiled CLI in dist/, rebuilt when any source is newer
const newest = (dir) => readdirSync(dir, { withFileTypes: true }).reduce((m, d) => {
  const p = join(dir, d.name);
  return Math.max(m, d.isDirectory() ? newest(p) : statSync(p).mtimeMs);
}, 0);
const distMain = join(root, 'dist', 'cli', 'main.js');
if (!existsSync(distMain) || newest(join(root, 'src')) > statSync(distMain).mtimeMs) {
  log('compiling src/ to dist/');
  run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json']);
  run(process.execPath, [join(root, 'scripts', 'bundle-cli.mjs')]);
}

// 3. Debian packages: the browser that prints PDFs, CJK fonts, PDF tools (and LibreOffice for CI)
const need = [
  { pkg: 'chromium', ok: () => existsSync('/usr/bin/chromium') },
  // the old headless shell: what prints the PDFs when installed (starts in a third of Chromium's time)
  { pkg: 'chromium-headless-shell', ok: () => existsSync('/usr/bin/chromium-headless-shell') },
  { pkg: 'fonts-noto-cjk', ok: () => existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc') },
  // TrueType Latin text: Chromium embeds it compactly (Noto CJK, a CFF font, becomes Type 3)
  { pkg: 'fonts-liberation', ok: () => existsSync('/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf') },
  { pkg: 'poppler-utils', ok: () => existsSync('/usr/bin/pdftotext') },
  { pkg: 'qpdf', ok: () => existsSync('/usr/bin/qpdf') },
  // what ../shared/ooxml/check runs to hold our PPTX and XLSX to the Office Open XML schemas
  { pkg: 'libxml2-utils', ok: () => existsSync('/usr/bin/xmllint') },
  { pkg: 'xsltproc', ok: () => existsSync('/usr/bin/xsltproc') },
  { pkg: 'unzip', ok: () => existsSync('/usr/bin/unzip') },
  ...(forCi ? [
    { pkg: 'libreoffice-impress', ok: () => existsSync('/usr/bin/soffice') },
    { pkg: 'redis-server', ok: () => existsSync('/usr/bin/redis-server') },
  ] : []),
];
const missing = need.filter((n) => !n.ok()).map((n) => n.pkg);
if (missing.length) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    log(`installing Debian packages: ${missing.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update', '-qq'], { env });
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
  } else {
    console.error(`setup: missing ${missing.join(', ')}. Install them with:\n  sudo apt-get install -y ${missing.join(' ')}\n(QuarterDeck prints PDFs with Debian's chromium-headless-shell, else /usr/bin/chromium; set QUARTERDECK_CHROMIUM to use another.)`);
    if (!process.env.QUARTERDECK_CHROMIUM) process.exit(1);
  }
}
