// How much each kind of finding weighs: errors fail every build, warnings only strict ones.
// `precision` and `label` are warnings (strict builds fail on them). `precision` stays one although no
// IIJ period or audience prints a figure or a ratio beyond its precision any more (QD_ALL_PERIODS=1):
// its ratio check reads text, and a ratio's digits can coincide with another figure's ("21.3%"), so a
// finding is a lead to look at rather than proof enough to stop a build.
import type { FindingCode, Severity } from './types.js';

export const SEVERITY: Record<FindingCode, Severity> = {
  sign: 'error',
  precision: 'warning',
  dated: 'error',
  'author-note': 'error',
  // a warning until presentation eras (issue 12) choose the release's table layouts: a FY2009 table
  // comparing with a quarter printed before ASC 810 still takes that quarter's wording
  label: 'warning',
  empty: 'warning',
  repeated: 'warning',
};
