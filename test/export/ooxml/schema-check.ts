// ../shared/ooxml/check over many packages, each distinct part once: the decks and data packs of a
// matrix share most of their parts (layouts, masters, themes, styles, the slides an audience keeps),
// and a part's schema check reads that part alone. The parts the check reads (its schema_for) are
// gathered from every package, one copy per content, and the check runs over packages of those
// copies: a part whose name the check matches exactly (ppt/presentation.xml, xl/workbook.xml …) goes
// to the next package that has none yet, any other part keeps its folder with the content's hash in
// its name. A part that fails is reported with every package that holds it.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { unzipEntries } from '../../../src/export/zip-read.js';
import { zipEntries, type ZipEntry } from '../../../src/export/pptx-zip.js';
import { root } from '../../helpers.js';

const CHECK = join(root, '..', 'shared', 'ooxml', 'check');

// the parts ../shared/ooxml/check validates (its schema_for): a schema for each
const SCHEMAS: [RegExp, string][] = [
  [/^ppt\/(slides|slideLayouts|slideMasters|notesSlides|notesMasters)\/[^/]+\.xml$|^ppt\/presentation\.xml$/, 'pml'],
  [/^(ppt|xl)\/charts\/chart[^/]*\.xml$/, 'dml-chart'],
  [/^(ppt|xl)\/theme\/[^/]+\.xml$/, 'dml-main'],
  [/^xl\/(workbook|styles|sharedStrings)\.xml$|^xl\/worksheets\/[^/]+\.xml$/, 'sml'],
];
const FIXED = /^(ppt\/presentation|xl\/workbook|xl\/styles|xl\/sharedStrings)\.xml$/;
const schemaOf = (part: string) => SCHEMAS.find(([re]) => re.test(part))?.[1];

export interface SchemaCheck {
  /** the check's output, with the packages that hold each part it names */
  out: string;
  status: number | null;
  /** the parts the check read in all packages, and the distinct ones among them (checked once each) */
  parts: number;
  distinct: number;
}

/** ../shared/ooxml/check over the distinct parts of these packages (run in the background). */
export function schemaCheck(packages: { name: string; bytes: Uint8Array }[], label: string): Promise<SchemaCheck> {
  const bins: ZipEntry[][] = [];
  const holders = new Map<string, string[]>(); // a part as checked → the packages' parts it stands for
  const byContent = new Map<string, string>();
  let parts = 0;
  for (const p of packages) {
    for (const e of unzipEntries(p.bytes)) {
      const schema = schemaOf(e.name);
      if (!schema) continue;
      parts++;
      const hash = createHash('sha256').update(schema).update('\0').update(e.data).digest('hex').slice(0, 16);
      let as = byContent.get(hash);
      if (!as) {
        let bin: number;
        if (FIXED.test(e.name)) { bin = bins.findIndex((b) => !b.some((x) => x.name === e.name)); as = e.name; } else { bin = 0; as = join(dirname(e.name), `${basename(e.name, '.xml')}-${hash}.xml`); }
        if (bin < 0) bin = bins.length;
        (bins[bin] ??= []).push({ name: as, data: e.data });
        as = `${label}-${bin}!${as}`;
        byContent.set(hash, as);
        holders.set(as, []);
      }
      holders.get(as)!.push(`${p.name}!${e.name}`);
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'qd-ooxml-parts-'));
  const ext = packages[0]?.name.split('.').at(-1) ?? 'zip';
  const files = bins.map((entries, i) => { const f = join(dir, `${label}-${i}.${ext}`); writeFileSync(f, zipEntries(entries, 1)); return f; });
  return new Promise((resolve) => {
    const child = spawn(CHECK, files, { stdio: ['ignore', 'pipe', 'pipe'] });
    let raw = '';
    child.stdout.on('data', (d: Buffer) => { raw += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { raw += d.toString(); });
    child.on('error', (e) => { raw += String(e); });
    child.on('close', (status) => {
      rmSync(dir, { recursive: true, force: true });
      // "<dir>/decks-0.pptx!ppt/slides/slide3-….xml:" → the part, then the packages that hold it
      const out = raw.replace(/^(\S+)!(\S+):$/gm, (line, file: string, part: string) => {
        const as = `${basename(file).replace(/\.\w+$/, '')}!${part}`;
        return holders.has(as) ? `${line} (in ${holders.get(as)!.join(', ')})` : line;
      });
      resolve({ out, status, parts, distinct: byContent.size });
    });
  });
}
