// Every fact cites the seed line it was printed on; this proves the citation against the seed text.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCompany } from '../../src/load/load-company.js';
import { dataDir, root } from '../helpers.js';

const seeds = join(root, '..', 'shared', 'seeds');
const digits = (s: string) => s.replace(/[^0-9.]/g, '').replace(/\.$/, '');

describe.skipIf(!existsSync(seeds))('IIJ facts against the seed documents', () => {
  const { data } = loadCompany(dataDir, 'iij');
  const lines = new Map<string, string[]>();
  const seedLine = (file: string, n: number) => {
    if (!lines.has(file)) lines.set(file, readFileSync(join(seeds, file), 'utf8').split('\n'));
    return lines.get(file)![n - 1] ?? '';
  };

  it('every printed figure appears on the seed line it cites', () => {
    const missing: string[] = [];
    for (const f of [...data.facts, ...data.excluded.map((e) => e.fact)]) {
      if (/^[-—–_−]$/.test(f.printed.trim())) continue;
      const line = seedLine(f.source.file, f.source.line);
      const want = digits(f.printed);
      // the extraction sometimes drops thousands separators or spaces them ("7 272"): compare digits
      const have = line.replace(/(\d)[ ,](?=\d{3})/g, '$1');
      // a garbled print ("2.917") transcribed as intended ("2,917") is named by an erratum
      const garble = data.errata.some((e) => e.file === f.source.file && e.line === f.source.line && e.correct === f.printed && line.includes(e.printed));
      if (garble) continue;
      if (!line.includes(f.printed.replace(/^\((.*)\)$/, '$1').replace(/%$/, '')) && !have.replace(/,/g, '').includes(want)) {
        missing.push(`${f.source.dataFile}:${f.source.dataLine} ${f.key} "${f.printed}" not on ${f.source.file}:${f.source.line}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every erratum quotes what its seed line prints', () => {
    // an erratum may quote two parts of a long line joined by " ... "
    const quoted = (e: { file: string; line: number; printed: string }) =>
      e.printed.split(' ... ').every((part) => seedLine(e.file, e.line).replace(/\s+/g, ' ').includes(part.replace(/\s+/g, ' ')));
    const wrong = data.errata.filter((e) => !quoted(e))
      .map((e) => `${e.id}: "${e.printed}" not on ${e.file}:${e.line}`);
    expect(wrong).toEqual([]);
  });
});
