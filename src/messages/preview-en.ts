// Words of `quarterdeck preview`: what the command prints and what its page says (the page receives
// `page` through GET /api/options, so that no word is typed into the page's script).

export const previewEn = {
  listening: (url: string, folders: number) => `preview: ${url} (watching ${folders} folder${folders === 1 ? '' : 's'}; Ctrl-C stops)\n`,
  stopped: () => 'preview stopped\n',
  refusedHost: (host: string) => `this preview answers only on its loopback address, not "${host}"`,
  refusedPath: (path: string) => `"${path}" is outside the folders this preview serves`,
  notFound: (what: string) => `no ${what}`,
  noFigure: (id: string) => `no figure "${id}" in this package`,
  buildRunning: () => 'a build is running; wait for it to finish',
  needsHeader: () => 'this request needs the page\'s own header',
  page: {
    title: 'QuarterDeck preview',
    period: 'Period', audience: 'Audience', language: 'Language', theme: 'Theme',
    release: 'Release', deck: 'Deck', changes: 'Changes', build: 'Build (b)',
    building: 'Building…', built: (n: number, ms: number) => `Built ${n} file${n === 1 ? '' : 's'} in ${(ms / 1000).toFixed(1)} s`,
    buildFailed: 'The build stopped:', findings: 'Preflight findings:',
    faultTitle: 'The documents could not be rendered; the last good render is shown.',
    expected: 'expected', found: 'found',
    /** a figure's kind, as the panel names it */
    kinds: { reported: 'reported', derived: 'derived', computed: 'computed', 'non-GAAP': 'non-GAAP' },
    panel: {
      close: 'Close', value: 'Exact value', display: 'Display', unit: 'Unit', kind: 'Kind', period: 'Period',
      formula: 'Formula', inputs: 'Inputs', sources: 'Sources', superseded: 'Superseded prints', errata: 'Errata',
      seed: 'seed line', data: 'data file', cell: 'workbook cell', printed: 'printed', evidence: 'evidence', none: 'none',
      precision: 'Rounding (±)',
    },
    changesView: {
      none: 'No package for this period and audience in the output folder yet: build one to compare against.',
      same: 'No figure differs from the package built',
      builtAt: 'Compared with the package built',
      figures: 'Figures', sentences: 'Sentences', before: 'before', after: 'after',
      changed: 'changed', added: 'new', removed: 'no longer shown', because: 'because', inputsChanged: 'inputs changed',
      leftOut: 'Left out of the documents',
    },
  },
};

export type PreviewWords = typeof previewEn;
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : T[K] extends (...a: infer A) => infer R ? (...a: A) => R : Widen<T[K]> };
/** The words of another language: the same keys, its own text. */
export type PreviewMessages = Widen<PreviewWords>;
