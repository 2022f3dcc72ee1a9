// Reads the entries of a ZIP package (what pptxgenjs, exceljs and our pptx-zip.ts write) with
// Node's native inflate: the finishing pass of export/ooxml reads every XLSX and every chart's
// embedded workbook, where JSZip's JavaScript inflate costs more than the fixes themselves.
import * as zlib from 'node:zlib';
import type { ZipEntry } from './pptx-zip.js';

/** A ZIP entry as stored: its compressed body (method 0 stored, 8 deflated), CRC-32 and size uncompressed. */
export interface ZipRecord { name: string; method: number; crc: number; size: number; body: Uint8Array }

/** The stored entries of a ZIP archive in central-directory order (folders left out), not inflated. */
export function zipRecords(zip: Uint8Array): ZipRecord[] {
  const b = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = b.length - 22;
  while (end >= 0 && b.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a ZIP archive (no end of central directory)');
  const count = b.readUInt16LE(end + 10);
  let p = b.readUInt32LE(end + 16);
  const out: ZipRecord[] = [];
  for (let i = 0; i < count; i++) {
    if (b.readUInt32LE(p) !== 0x02014b50) throw new Error('a ZIP archive with a damaged central directory');
    const method = b.readUInt16LE(p + 10);
    const crc = b.readUInt32LE(p + 16);
    const compressed = b.readUInt32LE(p + 20);
    const size = b.readUInt32LE(p + 24);
    const nameLen = b.readUInt16LE(p + 28);
    const extraLen = b.readUInt16LE(p + 30);
    const commentLen = b.readUInt16LE(p + 32);
    const local = b.readUInt32LE(p + 42);
    const name = b.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    p += 46 + nameLen + extraLen + commentLen;
    if (name.endsWith('/')) continue;
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    if (method !== 0 && method !== 8) throw new Error(`a ZIP entry compressed with method ${method}: ${name}`);
    out.push({ name, method, crc, size, body: b.subarray(start, start + compressed) });
  }
  return out;
}

/** An entry's data, inflated. */
export function inflateRecord(r: ZipRecord): ZipEntry {
  const data = r.method === 0 ? Uint8Array.from(r.body) : zlib.inflateRawSync(r.body);
  return { name: r.name, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
}

/** The files of a ZIP archive in central-directory order (folders left out). Stored and deflated entries only. */
export function unzipEntries(zip: Uint8Array): ZipEntry[] {
  return zipRecords(zip).map(inflateRecord);
}
