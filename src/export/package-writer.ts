// A package changes as a whole. Its folder (out/<company>/<period>/<audience>) is a symbolic link
// to one complete version, .<audience>.versions/<version>/. A build writes every file of the new
// version into a fresh version folder, then swaps the link with one rename(2) — atomic on POSIX —
// and only then removes the previous version. A crash at any instant leaves the link naming either
// the complete previous version or the complete new one; the next write of the package removes
// whatever a crash left (version folders the link does not name, half-made links).
//
// Every file-system step goes through `PackageFs`, so tests can inject a crash at each step (after
// a crash every further step fails, as in a dead process) or a full disk.
import * as fs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { QuarterDeckError } from '../errors/problem.js';

/** The file-system steps of a write (node:fs by default). */
export interface PackageFs {
  mkdir(path: string): void;
  writeFile(path: string, data: string | Uint8Array): void;
  symlink(target: string, path: string): void;
  rename(from: string, to: string): void;
  rm(path: string): void;
  readlink(path: string): string | undefined;
  readdir(path: string): string[];
  isRealDir(path: string): boolean;
  /** flush a folder's entries to the disk (so a power cut cannot undo a rename) */
  syncDir(path: string): void;
}

export const nodePackageFs: PackageFs = {
  mkdir: (p) => { fs.mkdirSync(p, { recursive: true }); },
  writeFile: (p, d) => {
    const fd = fs.openSync(p, 'wx');
    try { fs.writeFileSync(fd, d); fs.fsyncSync(fd); } finally { fs.closeSync(fd); }
  },
  symlink: (t, p) => fs.symlinkSync(t, p),
  rename: (a, b) => fs.renameSync(a, b),
  rm: (p) => fs.rmSync(p, { recursive: true, force: true }),
  readlink: (p) => { try { return fs.readlinkSync(p); } catch { return undefined; } },
  readdir: (p) => { try { return fs.readdirSync(p); } catch { return []; } },
  isRealDir: (p) => { try { return fs.lstatSync(p).isDirectory(); } catch { return false; } },
  syncDir: (p) => { const fd = fs.openSync(p, 'r'); try { fs.fsyncSync(fd); } finally { fs.closeSync(fd); } },
};

/** The names of one package's parts beside its link. */
export function packagePaths(dir: string): { parent: string; name: string; versions: string; link: string } {
  const parent = dirname(dir); const name = basename(dir);
  return { parent, name, versions: join(parent, `.${name}.versions`), link: dir };
}

/** The version folder the package's link names (relative to its parent), if any. */
export function currentVersion(dir: string, io: PackageFs = nodePackageFs): string | undefined {
  const target = io.readlink(dir);
  return target ? basename(target) : undefined;
}

/**
 * Remove what an interrupted write left: version folders the link does not name and half-made
 * links. A package folder from before versioned writes (a real folder) is left as it is.
 */
export function recoverPackage(dir: string, io: PackageFs = nodePackageFs): string[] {
  const { parent, name, versions } = packagePaths(dir);
  restoreLink(dir, io);
  const keep = currentVersion(dir, io);
  const removed: string[] = [];
  for (const v of io.readdir(versions)) {
    if (v !== keep) { io.rm(join(versions, v)); removed.push(join(versions, v)); }
  }
  for (const f of io.readdir(parent)) {
    if (f.startsWith(`.${name}.link-`)) { io.rm(join(parent, f)); removed.push(join(parent, f)); }
  }
  return removed;
}

/**
 * A crash while a folder from before versioned writes was being replaced leaves no package at all:
 * the new version's finished link (made only once every file was written) takes its place, or else
 * the old folder goes back.
 */
function restoreLink(dir: string, io: PackageFs): void {
  if (io.readlink(dir) !== undefined || io.isRealDir(dir)) return;
  const { parent, name, versions } = packagePaths(dir);
  const link = io.readdir(parent).filter((f) => f.startsWith(`.${name}.link-`)).sort().at(-1);
  const legacy = io.readdir(versions).filter((f) => f.startsWith('legacy-')).sort().at(-1);
  if (link) io.rename(join(parent, link), dir);
  else if (legacy) io.rename(join(versions, legacy), dir);
}

let serial = 0;
const versionName = () => `v${Date.now().toString(36)}-${process.pid}-${(serial++).toString(36)}`;

/** A write error as a problem users can act on (ENOSPC, EACCES, ENOTDIR …). */
export function writeProblem(e: unknown, dir: string): QuarterDeckError {
  const err = e as NodeJS.ErrnoException;
  const path = err.code === 'ENOTDIR' || err.code === 'EEXIST' ? fileInTheWay(err.path ?? dir) : err.path ?? dir;
  const what: Record<string, string> = {
    ENOSPC: 'no space left on the device', EDQUOT: 'the disk quota is used up', EACCES: 'permission denied', EPERM: 'permission denied',
    EROFS: 'the file system is read-only', ENOTDIR: 'a file is in the way of the output folder', EEXIST: 'a file is in the way of the output folder',
  };
  const hint: Record<string, string> = {
    ENOSPC: 'Free some space (or pass --out on another disk) and build again.', EDQUOT: 'Free some space and build again.',
    EACCES: 'Make the output folder writable, or pass --out with a folder you can write.', EPERM: 'Make the output folder writable, or pass --out with a folder you can write.',
    EROFS: 'Pass --out with a folder on a writable disk.', ENOTDIR: '--out must name a folder, not a file.', EEXIST: '--out must name a folder, not a file.',
  };
  const code = err.code ?? '';
  return new QuarterDeckError([{
    code: 'E_WRITE', file: path, message: `cannot write the package: ${what[code] ?? err.message}${code ? ` (${code})` : ''}; the previous package is unchanged`,
    hint: hint[code] ?? 'Check the output folder and build again.',
  }]);
}

/** The first part of a path that exists and is not a folder (a file where a folder should be). */
function fileInTheWay(path: string): string {
  for (let p = path; p !== dirname(p); p = dirname(p)) {
    try { if (!fs.statSync(p).isDirectory()) return p; } catch { /* not there: look further up */ }
  }
  return path;
}

/**
 * Write a whole package — document name → bytes — as the new version of `dir`. The previous
 * version stays complete until the link is swapped; on any error nothing of the new version is
 * left and the error is a QuarterDeckError (E_WRITE) naming the path.
 */
export function writePackage(dir: string, files: ReadonlyMap<string, string | Uint8Array>, io: PackageFs = nodePackageFs): string[] {
  const { parent, name, versions } = packagePaths(dir);
  const version = versionName();
  const staging = join(versions, version);
  const link = join(parent, `.${name}.link-${version}`);
  try {
    recoverPackage(dir, io);
    io.mkdir(staging);
    for (const [file, data] of files) {
      if (file.includes('/') || file.startsWith('.')) throw new Error(`not a document name: ${file}`);
      io.writeFile(join(staging, file), data);
    }
    io.syncDir(staging);
    io.symlink(join(`.${name}.versions`, version), link);
  } catch (e) {
    try { io.rm(link); io.rm(staging); } catch { /* the next write cleans it */ }
    throw writeProblem(e, dir);
  }
  swapLink(dir, link, io);
  // the previous version (or a folder from before versioned writes) is no longer named: remove it
  try { recoverPackage(dir, io); } catch { /* the next write cleans it */ }
  return [...files.keys()].map((f) => join(dir, f));
}

/** Point the package at the new version with one rename; a real folder in the way is moved aside first. */
function swapLink(dir: string, link: string, io: PackageFs): void {
  const { versions } = packagePaths(dir);
  try {
    if (io.isRealDir(dir)) io.rename(dir, join(versions, `legacy-${Date.now().toString(36)}`));
    io.rename(link, dir);
  } catch (e) {
    try { io.rm(link); } catch { /* the next write cleans it */ }
    throw writeProblem(e, dir);
  }
  // the new package is in place; flushing its folder entry can only make that durable
  try { io.syncDir(dirname(dir)); } catch { /* the rename stands */ }
}
