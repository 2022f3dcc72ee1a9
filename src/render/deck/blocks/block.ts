// One block of a slide by its kind: bullets, table, chart or text. A block's area (and its solo
// area) must be a region of the theme; a block the data cannot fill is left out (and listed).
import { QuarterDeckError } from '../../../errors/problem.js';
import { TemplateFault } from '../../template-check.js';
import type { BlockSpec, SlideSpec } from '../../../template/slides-schema.js';
import type { Block } from '../../../contract/deck.js';
import { region } from '../region.js';
import { chartBlock } from '../charts.js';
import { chartSpecOf } from '../../../template/template-set.js';
import type { Build, DeckEnv } from '../deck-env.js';
import type { DeckNarrative } from '../deck-narrative.js';
import { bulletsBlock } from './bullets.js';
import { tableBlock } from './table.js';

export function slideBlock(env: DeckEnv, story: DeckNarrative, b: Build, slide: SlideSpec, spec: BlockSpec, line?: number, title?: string): Block | undefined {
  const { theme } = env.s;
  for (const area of [Object.values(spec)[0].area, Object.values(spec)[0].solo]) {
    if (area === undefined) continue;
    try { region(theme, area); } catch (e) { if (e instanceof QuarterDeckError) throw new TemplateFault(e.problems.map((p) => ({ ...p, ...env.at(line, 'area') }))); throw e; }
  }
  if ('bullets' in spec) return bulletsBlock(env, story, b, slide, spec.bullets, line, title);
  if ('table' in spec) return tableBlock(env, story, b, slide, spec.table, line);
  if ('chart' in spec) {
    // a missing or malformed spec is the template's fault; a chart the data cannot draw is left out
    chartSpecOf(env.inputs.templates, spec.chart.spec, env.at(line, 'chart.spec'));
    try {
      return chartBlock(spec.chart, region(theme, spec.chart.area), { inputs: env.inputs, figures: env.text.chartFigures, theme });
    } catch (e) {
      if (e instanceof QuarterDeckError && !(e instanceof TemplateFault)) { env.leftOut(slide.id, `chart ${spec.chart.spec}`, e.problems.map((p) => p.message).join('; ')); return undefined; }
      throw e;
    }
  }
  const paragraphs = spec.text.paragraphs.map((p) => env.attempt(slide.id, p, () => env.render(p, env.at(line, 'text')))).filter((p): p is string => Boolean(p && p.trim()));
  return paragraphs.length ? { kind: 'text', area: spec.text.area, paragraphs, size: spec.text.size } : undefined;
}
