// A small ZIP writer for the finished deck.pptx: Node's native deflate instead of JSZip's JavaScript
// one (the finishing pass rewrites most parts, so the package is zipped again). Entries keep their
// order ([Content_Types].xml first); timestamps are fixed, so the same deck gives the same bytes.
import * as zlib from 'node:zlib';
import type { ZipRecord } from './zip-read.js';

export interface ZipEntry { name: string; data: Uint8Array }

let table: Uint32Array | undefined;
function crc32(data: Uint8Array): number {
  const native = (zlib as { crc32?: (d: Uint8Array) => number }).crc32;
  if (native) return native(data) >>> 0;
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; table[n] = c >>> 0; }
  }
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
const STORED = /\.(png|jpe?g|gif)$/i;

export function zipEntries(entries: ZipEntry[], level = 6): Uint8Array {
  return zipStored(entries.map((e) => packEntry(e, level)));
}

/** An entry compressed as zipEntries stores it (images stored, the rest deflated at `level`). */
export function packEntry(e: ZipEntry, level = 6): ZipRecord {
  const store = STORED.test(e.name);
  const body = store ? Buffer.from(e.data) : zlib.deflateRawSync(e.data, { level });
  return { name: e.name, method: store ? 0 : 8, crc: crc32(e.data), size: e.data.length, body };
}

/** A ZIP archive of entries already compressed (zipRecords' of another archive, or packEntry's), in their order. */
export function zipStored(records: ZipRecord[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const r of records) {
    const name = Buffer.from(r.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0x0800, 6); local.writeUInt16LE(r.method, 8);
    local.writeUInt16LE(0, 10); local.writeUInt16LE(DOS_DATE, 12); local.writeUInt32LE(r.crc, 14);
    local.writeUInt32LE(r.body.length, 18); local.writeUInt32LE(r.size, 22); local.writeUInt16LE(name.length, 26); local.writeUInt16LE(0, 28);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0); dir.writeUInt16LE(20, 4); dir.writeUInt16LE(20, 6); dir.writeUInt16LE(0x0800, 8); dir.writeUInt16LE(r.method, 10);
    dir.writeUInt16LE(0, 12); dir.writeUInt16LE(DOS_DATE, 14); dir.writeUInt32LE(r.crc, 16); dir.writeUInt32LE(r.body.length, 20); dir.writeUInt32LE(r.size, 24);
    dir.writeUInt16LE(name.length, 28); dir.writeUInt32LE(offset, 42);
    chunks.push(local, name, r.body);
    central.push(dir, name);
    offset += local.length + name.length + r.body.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(records.length, 8); end.writeUInt16LE(records.length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  const out = Buffer.concat([...chunks, cd, end]);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
