// A bar + line chart's right-hand axis is formatted by its line's unit, in the PPTX chart XML as in
// the SVG: a ratio as a percentage, an amount as the bars are (an operating-income line never "6.4%").
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { makeInputs } from '../../src/render/inputs.js';
import { deckModel } from '../../src/render/deck/build-model.js';
import { deckPptx } from '../../src/export/pptx.js';
import type { ChartBlock, DeckModel } from '../../src/contract/deck.js';
import { loadProfile } from '../../src/audience/profile.js';
import { root } from '../helpers.js';
import { deckFor, iij } from '../render/deck-fixture.js';
import { templateFolder } from '../audience/support.js';

const builtin = join(root, 'templates');

/** The PPTX chart XML of the deck's slide that draws `spec`. */
async function chartXml(model: DeckModel, spec: string): Promise<{ xml: string; block: ChartBlock }> {
  const slide = model.slides.find((s) => s.blocks.some((b) => b.kind === 'chart' && b.name === spec))!;
  const block = slide.blocks.find((b) => b.kind === 'chart' && b.name === spec) as ChartBlock;
  const zip = await JSZip.loadAsync(await deckPptx({ ...model, slides: [{ ...slide, blocks: [block] }] }));
  const name = Object.keys(zip.files).find((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))!;
  return { xml: await zip.file(name)!.async('string'), block };
}
const formats = (xml: string) => [...xml.matchAll(/formatCode="([^"]*)"/g)].map((m) => m[1].replace(/&quot;/g, '"'));

describe('a bar + line chart', () => {
  // the IIJ deck (the data analysed, its figures, the templates) in the hook, with the hook's
  // generous timeout; the tests read one chart of it
  let ratio: Awaited<ReturnType<typeof chartXml>>;
  beforeAll(async () => { ratio = await chartXml(deckFor('FY2009').model, 'income'); });

  it('with a ratio line: the right axis and the line\'s labels are percentages', () => {
    const { xml, block } = ratio;
    expect(block.data.rows.filter((r) => r.axis === 'right').every((r) => r.label.endsWith('%'))).toBe(true);
    expect(formats(xml)).toContain('0.0"%"');
  });

  it('with an amount line: the right axis and the line\'s labels are amounts, never "%"', async () => {
    const spec = JSON.parse(readFileSync(join(builtin, 'charts', 'income.vl.json'), 'utf8'));
    spec.usermeta.quarterdeck.series = [{ key: 'is.revenue.total', label: 'Revenues' }, { key: 'is.operating-income', label: 'Operating income', axis: 'right' }];
    const dir = templateFolder({ 'charts/income.vl.json': JSON.stringify(spec, null, 2) });
    const base = deckFor('FY2009');
    const dirs = [dir, builtin];
    const inputs = makeInputs(iij().data, base.figures, base.inputs.m, dirs, 'investors', loadProfile('investors', dirs));
    const { xml, block } = await chartXml(deckModel(inputs), 'income');
    const line = block.data.rows.filter((r) => r.axis === 'right');
    expect(line.length).toBeGreaterThan(0);
    expect(line.some((r) => r.label.endsWith('%'))).toBe(false);
    expect(formats(xml).some((f) => f.includes('%'))).toBe(false);
    expect(formats(xml)).toContain('#,##0;(#,##0)');
  });
});
