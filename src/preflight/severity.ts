// How much each kind of finding weighs: errors fail every build, warnings only strict ones.
// `precision` and `label` are warnings (strict builds fail on them); `precision` is one until derived figures carry their precision into every table (issue 11,
// point 2): the release's three-month statements still print some figures known to the million in
// thousands, and a build must not fail on what it cannot yet avoid.
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
