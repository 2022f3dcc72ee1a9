// Bounds on one printed document, so that a runaway template (a loop making 100,000 pages) fails
// fast with a clear message instead of filling memory: the HTML's size, the number of pages (from
// the laid-out height, before printing) and the time the browser may take.
import { QuarterDeckError } from '../errors/problem.js';

export interface PrintLimits { maxHtmlBytes: number; maxPages: number; timeoutMs: number }

const num = (v: string | undefined, d: number) => (v && /^\d+$/.test(v) ? Number(v) : d);

/** QUARTERDECK_MAX_PAGES, QUARTERDECK_MAX_HTML_MB and QUARTERDECK_RENDER_TIMEOUT_S override the defaults. */
export function printLimits(env: NodeJS.ProcessEnv = process.env): PrintLimits {
  return {
    maxPages: num(env.QUARTERDECK_MAX_PAGES, 500),
    maxHtmlBytes: num(env.QUARTERDECK_MAX_HTML_MB, 40) * 1024 * 1024,
    timeoutMs: num(env.QUARTERDECK_RENDER_TIMEOUT_S, 120) * 1000,
  };
}

/** A CSS length ("8.27in", "210mm", "1122px") in CSS pixels; A4's height when absent. */
export function cssPixels(length: string | number | undefined): number {
  if (typeof length === 'number') return length;
  const m = /^([\d.]+)\s*(in|mm|cm|px)?$/.exec(length ?? '');
  if (!m) return 1122.5;
  const per: Record<string, number> = { in: 96, mm: 96 / 25.4, cm: 96 / 2.54, px: 1 };
  return Number(m[1]) * per[m[2] ?? 'px'];
}

export function tooLarge(what: string, found: string, limit: string, env: string): QuarterDeckError {
  return new QuarterDeckError([{
    code: 'E_LIMIT', message: `the document is too large to print: ${what}`, expected: `at most ${limit}`, found,
    hint: `A template that repeats without end (a loop over a growing list, a partial that includes itself)? Check the templates; if the document really is this long, raise ${env}.`,
  }]);
}
