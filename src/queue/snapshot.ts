// A package's inputs as one content-addressed archive: the company's data folder, the user template
// folders in use and the resolved options, packed into a deterministic tar (sorted names, fixed
// times and modes), so the same inputs always give the same bytes and the same hash. Stored
// gzip-compressed; the hash is the sha256 of the uncompressed tar, checked again on arrival.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { extract, pack } from 'tar-stream';
import { isSafeName } from '../config/template-paths.js';
import { queueError } from './messages.js';

/** What a worker needs besides the files: everything `build()` is told apart from the package spec. */
export interface SnapshotOptions {
  company: string;
  /** the producer's data folder of the company, as figures.json names it (generatedFrom) */
  source: string;
  /** how many user template folders the snapshot holds (templates/0, templates/1 … in search order) */
  templates: number;
  /** the config file's look (theme), under the audience profile's */
  defaults: { theme?: string };
  /** the QuarterDeck release and its built-in templates, which the worker must match */
  fingerprint: string;
}

export interface Snapshot { hash: string; gz: Buffer; bytes: number; files: number; options: SnapshotOptions }

const OPTIONS = 'options.json';
const EPOCH = new Date(0);

function walk(dir: string, prefix: string, out: { name: string; path: string }[]): void {
  for (const entry of readdirSync(dir).sort()) {
    const p = join(dir, entry);
    if (statSync(p).isDirectory()) walk(p, `${prefix}${entry}/`, out);
    else out.push({ name: `${prefix}${entry}`, path: p });
  }
}

async function tarOf(entries: { name: string; data: Buffer }[]): Promise<Buffer> {
  const p = pack();
  const chunks: Buffer[] = [];
  p.on('data', (c: unknown) => chunks.push(c as Buffer));
  const ended = new Promise<void>((resolve, reject) => { p.on('end', resolve); p.on('error', reject); });
  for (const e of entries) p.entry({ name: e.name, size: e.data.length, mtime: EPOCH, mode: 0o644, uid: 0, gid: 0, uname: '', gname: '', type: 'file' }, e.data);
  p.finalize();
  await ended;
  return Buffer.concat(chunks);
}

/** Pack a company's data folder, the user template folders and the options. */
export async function makeSnapshot(dataDir: string, templateDirs: string[], options: SnapshotOptions): Promise<Snapshot> {
  const companyDir = join(dataDir, options.company);
  if (!existsSync(companyDir)) throw queueError('noCompany', companyDir);
  const files: { name: string; path: string }[] = [];
  walk(companyDir, `data/${options.company}/`, files);
  templateDirs.forEach((d, i) => walk(d, `templates/${i}/`, files));
  const entries = [{ name: OPTIONS, data: Buffer.from(JSON.stringify(options)) }, ...files.map((f) => ({ name: f.name, data: readFileSync(f.path) }))];
  const tar = await tarOf(entries);
  return { hash: sha256(tar), gz: gzipSync(tar, { level: 9 }), bytes: tar.length, files: files.length, options };
}

export const sha256 = (b: Buffer | Uint8Array | string) => createHash('sha256').update(b).digest('hex');

/** Check a compressed snapshot against its hash and unpack it into `dir` (which must not exist yet). */
export async function unpackSnapshot(gz: Buffer, hash: string, dir: string): Promise<SnapshotOptions> {
  let tar: Buffer;
  try { tar = gunzipSync(gz); } catch { throw queueError('snapshotCorrupt', hash, 'not gzip data'); }
  const found = sha256(tar);
  if (found !== hash) throw queueError('snapshotCorrupt', hash, `its content hashes to ${found.slice(0, 12)}`);
  const ex = extract();
  const done = new Promise<void>((resolve, reject) => { ex.on('finish', resolve); ex.on('error', reject); });
  let options: SnapshotOptions | undefined;
  ex.on('entry', (header, stream, next) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: unknown) => chunks.push(c as Buffer));
    stream.on('end', () => {
      const data = Buffer.concat(chunks);
      if (header.type !== 'file' || !isSafeName(header.name)) { next(queueError('snapshotCorrupt', hash, `unsafe entry "${header.name}"`)); return; }
      if (header.name === OPTIONS) options = JSON.parse(data.toString('utf8')) as SnapshotOptions;
      else { mkdirSync(dirname(join(dir, header.name)), { recursive: true }); writeFileSync(join(dir, header.name), data); }
      next();
    });
  });
  ex.end(tar);
  await done;
  if (!options) throw queueError('snapshotCorrupt', hash, `no ${OPTIONS}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, OPTIONS), JSON.stringify(options));
  return options;
}

/** The options of an unpacked snapshot. */
export const snapshotOptions = (dir: string) => JSON.parse(readFileSync(join(dir, OPTIONS), 'utf8')) as SnapshotOptions;
