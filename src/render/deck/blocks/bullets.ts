// A bullets block: template lines (each rendered, left out when the data lacks a figure it names)
// and narrative entries, with headings, levels and styles.
import { omissionSaid } from '../../../messages/omissions-en.js';
import type { BulletItem, SlideSpec } from '../../../template/slides-schema.js';
import type { Bullet, BulletsBlock, Run } from '../../../contract/deck.js';
import type { Build, DeckEnv } from '../deck-env.js';
import type { DeckNarrative } from '../deck-narrative.js';

export interface BulletsSpec { area: string; items: BulletItem[]; size: 'body' | 'small' }

/** "**bold**" marks in a line → runs */
export const runs = (s: string, bold = false): Run[] => s.split(/\*\*/).map((t, i) => ({ text: t, bold: bold || i % 2 === 1 })).filter((r) => r.text);

export function bulletsBlock(env: DeckEnv, story: DeckNarrative, b: Build, slide: SlideSpec, spec: BulletsSpec, line?: number, title?: string): BulletsBlock | undefined {
  // the bullets of each spec item (a heading whose own items are all left out goes with them)
  const made = spec.items.map((it): Bullet[] => {
    if ('text' in it) {
      if (it.needs && !env.needsMet(it.needs)) { env.leftOut(slide.id, it.text, omissionSaid('needs', it.needs.join(', ')), { conditional: true }); return []; }
      const t0 = env.attempt(slide.id, it.text, () => env.render(it.text, env.at(line, 'bullets')));
      if (t0 === undefined || !t0.trim()) return [];
      return [{ runs: runs(withoutQuarterRepeat(t0, env.quarterLabel), it.style === 'heading'), level: it.level, style: it.style }];
    }
    return story.entries(it.narrative, it).flatMap((e, i) => {
      const t = story.text(b, slide.id, e, it.narrative);
      if (t === undefined || t === title) return []; // a heading that repeats the slide's title
      return [entryBullet(env, it, e, t, i, line)];
    });
  });
  const shown = withoutEmptyHeadings(withoutEmptySections(made, spec.items));
  return shown.length ? { kind: 'bullets', area: spec.area, items: shown, fontScale: spec.size === 'small' ? 0.85 : undefined } : undefined;
}

/**
 * A heading the template gives items of its own (the items after it, one level or more deeper) is left
 * out when every one of them is ("Target revenue and income growth for FY2008" with no target to show):
 * no heading without content. A heading with no items of its own says something itself and stays.
 */
function withoutEmptySections(made: Bullet[][], specs: BulletItem[]): Bullet[] {
  const levelOf = (it: BulletItem) => it.level;
  return made.flatMap((bullets, n) => {
    const it = specs[n];
    if (!('text' in it) || it.style !== 'heading') return bullets;
    let own = 0; let shown = 0;
    for (let k = n + 1; k < specs.length && levelOf(specs[k]) > it.level; k++) { own++; shown += made[k].length; }
    return own > 0 && shown === 0 ? [] : bullets;
  });
}

type NarrativeItem = Extract<BulletItem, { narrative: string }>;

/** A narrative entry as a bullet: its format, its level and style by its kind, its caption in bold. */
function entryBullet(env: DeckEnv, it: NarrativeItem, e: NonNullable<ReturnType<DeckNarrative['entries']>[number]>, t: string, i: number, line?: number): Bullet {
  const shown = it.format ? env.render(it.format, env.at(line, 'format'), { text: t, name: e.caption ?? e.label ?? '', entry: e }) : t;
  let level = it.level; let style = it.style;
  if (it.byKind) {
    if (e.kind === 'heading') { level = Math.max(0, it.level - 1); style = 'heading'; }
    else if (e.kind === 'footnote') { style = 'note'; }
  }
  if (it.firstAsHeading && i === 0) { level = Math.max(0, it.level - 1); style = 'heading'; }
  const caption = e.caption ?? e.label;
  const label = it.byKind && (e.kind === 'example' || e.kind === 'footnote') && caption && !it.format ? `${caption}${e.kind === 'example' ? ':' : ''} ` : '';
  return { runs: [...(label ? [{ text: label, bold: true }] : []), ...runs(shown, style === 'heading')], level, style };
}

/** A heading that introduces what follows ("Operating income:") is left out when nothing follows it. */
function withoutEmptyHeadings(items: Bullet[]): Bullet[] {
  return items.filter((it, i) => {
    const text = it.runs.map((r) => r.text).join('').trim();
    if (!/[:：]$/.test(text)) return true;
    const next = items[i + 1];
    return next !== undefined && next.style !== 'heading' && next.level > it.level;
  });
}

/** "1Q09: JPY13,887 million (up 6.4% YoY), 1Q09: up 6.4% YoY" → the first clause, when the period is named twice. */
function withoutQuarterRepeat(text: string, label: string | undefined): string {
  if (!label) return text;
  const esc = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const twice = new RegExp(`(${esc}[:：]? [^]*?)[,、] ${esc}[:：]? [^]*$`);
  return twice.test(text) ? text.replace(twice, '$1') : text;
}
