// The helpers of the template language that take figure keys: the first argument ('first'), or every
// argument but the last, a period role ('allButLast'). What the template stage checks a template's
// keys and roles by (template/check-templates.ts), and the renderers their compiled texts.

/** The shared helpers of render/helpers.ts that take a figure key first. */
export const FIGURE_HELPERS: Record<string, 'first' | 'allButLast'> = Object.fromEntries(
  ['fig', 'has', 'amount', 'yen', 'money', 'usd', 'change', 'yenChange', 'pct', 'ratio', 'points', 'num', 'label', 'revised', 'result', 'signed', 'turn', 'signLabel', 'isLoss', 'yenSigned', 'movement', 'amountChange', 'changeCell', 'asOf'].map((h) => [h, 'first' as const]));

/** The release's helpers that take figure keys (render/release/helpers/), besides the shared ones. */
export const RELEASE_FIGURE_HELPERS: Record<string, 'first' | 'allButLast'> = {
  ...FIGURE_HELPERS, delta: 'first', movedBy: 'first', pointsChange: 'first', nonzero: 'first', reported: 'first', same: 'first', announced: 'first', any: 'allButLast', all: 'allButLast', tsePerShareNote: 'allButLast',
};

/** The deck's helpers that take a figure key first (render/deck/text.ts), besides the shared ones. */
export const DECK_FIGURE_HELPERS: Record<string, 'first' | 'allButLast'> = { ...FIGURE_HELPERS, moved: 'first', upDown: 'first', pointsChange: 'first' };
