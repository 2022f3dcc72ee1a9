// What the page's switcher offers: the periods the data covers, the audiences, languages and themes
// of the template folders; and a selection read from a request's query.
import { prepare } from '../build.js';
import { audienceNames } from '../audience/profile.js';
import { themeNames } from '../template/theme.js';
import { templateDirsOf, type PreviewConfig, type Selection } from './render.js';

export interface Choices { periods: string[]; audiences: string[]; languages: string[]; themes: string[] }

export const LANGUAGES = ['en', 'ja'];

/** The periods with a known total revenue (what `build --period` accepts), latest first. */
export function periodsOf(c: PreviewConfig): string[] {
  try {
    const { analysis } = prepare(c.dataDir, c.company);
    const rev = analysis.ledger.totals.revenue;
    const ids = [...analysis.ledger.known.values()].filter((k) => k.item === rev && !/^\d{4}-\d{2}-\d{2}$/.test(k.period)).map((k) => k.period);
    return [...new Set(ids)].sort().reverse();
  } catch { return []; }
}

export function choicesFor(c: PreviewConfig): Choices {
  const dirs = templateDirsOf(c);
  return { periods: periodsOf(c), audiences: audienceNames(dirs), languages: LANGUAGES, themes: themeNames(dirs) };
}

const NAME = /^[A-Za-z0-9][\w.-]{0,63}$/;

/** A selection from query parameters; a value that is no plain name is left to the defaults. */
export function selectionOf(q: (name: string) => string | undefined, defaults: Selection): Selection {
  const pick = (name: string, d?: string) => { const v = q(name); return v && NAME.test(v) ? v : d; };
  return { audience: pick('audience', defaults.audience)!, period: pick('period', defaults.period), lang: pick('lang', defaults.lang), theme: pick('theme', defaults.theme) };
}
