// A LibreOffice round trip stays native: our deck.pptx converted to PPTX again by soffice keeps
// every chart a chart part (not a picture) with the same series and values, and every slide's text.
// It is also the test that LibreOffice opens our deck: every slide of it, each with its text (one
// conversion, the slowest step of the export tests: a PDF of the same deck would show no more).
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataDir } from '../../helpers.js';
import { officePackage } from './packages.js';
import { Parts, readRels, relsOf, resolveTarget, unescapeXml } from '../../../src/export/ooxml/parts.js';
import { unzipEntries } from '../../../src/export/zip-read.js';

const SOFFICE = '/usr/bin/soffice';
const hasSoffice = existsSync(SOFFICE);

interface SlideContent { text: string; fields: string[]; charts: { name: string; values: (number | null)[] }[][] }

/** Each slide's text (runs joined, white space collapsed) and its charts' series, in slide order. */
function slides(pptx: Uint8Array): SlideContent[] {
  const parts = new Parts(unzipEntries(pptx));
  const pres = parts.text('ppt/presentation.xml');
  const presRels = readRels(parts.text('ppt/_rels/presentation.xml.rels'));
  const order = [...pres.matchAll(/<p:sldId\b[^>]*?r:id="([^"]+)"/g)].map((m) => resolveTarget('ppt', presRels.find((r) => r.id === m[1])!.target));
  return order.map((slide) => {
    const xml = parts.text(slide);
    const rels = readRels(parts.text(relsOf(slide)));
    // a field (the slide number) is computed: its type is kept, its cached text is each writer's own
    const fields = [...xml.matchAll(/<a:fld\b[^>]*?type="([^"]+)"/g)].map((m) => m[1]!);
    const runs = xml.replace(/<a:fld\b[\s\S]*?<\/a:fld>/g, '');
    const text = [...runs.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescapeXml(m[1]!)).join('').replace(/\s+/g, ' ').trim();
    const charts = [...xml.matchAll(/<c:chart\b[^>]*?r:id="([^"]+)"/g)].map((m) => {
      const part = resolveTarget('ppt/slides', rels.find((r) => r.id === m[1])!.target);
      expect(part, `${slide}: a chart part`).toMatch(/^ppt\/charts\/chart\d+\.xml$/);
      return [...parts.text(part).matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((s) => {
        const name = unescapeXml(/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(s[1]!)?.[1] ?? '');
        const val = /<c:val>[\s\S]*?<\/c:val>/.exec(s[1]!)![0];
        const values: (number | null)[] = new Array(Number(/<c:ptCount val="(\d+)"/.exec(val)![1])).fill(null);
        for (const p of val.matchAll(/<c:pt idx="(\d+)"[^>]*>\s*<c:v>([^<]*)<\/c:v>/g)) values[Number(p[1])] = p[2] === '' ? null : Number(p[2]);
        return { name, values };
      });
    });
    return { text, fields, charts };
  });
}

let ours: SlideContent[];
let theirs: SlideContent[];

describe.skipIf(!hasSoffice)(`a LibreOffice round trip (soffice --convert-to pptx)${hasSoffice ? '' : ' (skipped: LibreOffice is not installed; CI installs libreoffice-impress)'}`, () => {
  beforeAll(async () => {
    const { pptx } = await officePackage({ name: 'fy2009', dataDir, company: 'iij', period: 'FY2009', audience: 'investors' });
    const dir = mkdtempSync(join(tmpdir(), 'qd-lo-pptx-'));
    writeFileSync(join(dir, 'deck.pptx'), pptx!);
    execFileSync(SOFFICE, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pptx', '--outdir', join(dir, 'out'), join(dir, 'deck.pptx')], { timeout: 240_000, stdio: 'pipe' });
    ours = slides(pptx!);
    theirs = slides(readFileSync(join(dir, 'out', 'deck.pptx')));
  }, 300_000);

  it('opens every slide, and keeps every slide\'s text', () => {
    expect(theirs.length).toBe(ours.length);
    theirs.forEach((s, i) => expect(s.text, `slide ${i + 1}`).toBe(ours[i]!.text));
    theirs.forEach((s, i) => expect(s.fields, `slide ${i + 1}`).toEqual(ours[i]!.fields));
    expect(ours.filter((s) => s.text.length > 20).length).toBe(ours.length);
  });

  it('keeps every chart a chart part, with the same series and values', () => {
    const count = (x: SlideContent[]) => x.reduce((n, s) => n + s.charts.length, 0);
    expect(count(ours)).toBeGreaterThanOrEqual(14);
    expect(count(theirs)).toBe(count(ours));
    theirs.forEach((s, i) => expect(s.charts, `slide ${i + 1}`).toEqual(ours[i]!.charts));
  });
});
