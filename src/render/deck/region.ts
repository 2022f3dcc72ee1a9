// A region of a slide's content body, from the theme's layouts (theme.layouts.regions): where a
// block of the deck is laid out.
import { QuarterDeckError } from '../../errors/problem.js';
import type { Box, Theme } from '../../template/theme-schema.js';

/** A region of the content body ("left", "right-top" …) in inches. */
export function region(theme: Theme, name: string): Box {
  const body = theme.layouts.content.body;
  const r = Object.hasOwn(theme.layouts.regions, name) ? theme.layouts.regions[name] : undefined;
  if (!r) throw new QuarterDeckError([{ code: 'E_TEMPLATE', field: 'area', message: `unknown region "${name}"`, expected: Object.keys(theme.layouts.regions).join(', ') }]);
  return { x: body.x + r[0] * body.w, y: body.y + r[1] * body.h, w: r[2] * body.w, h: r[3] * body.h };
}
