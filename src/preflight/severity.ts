// How much each kind of finding weighs: errors fail every build, warnings only strict ones.
// `precision` is a warning until derived figures carry their precision into every table (issue 11,
// point 2): the release's three-month statements still print some figures known to the million in
// thousands, and a build must not fail on what it cannot yet avoid.
import type { FindingCode, Severity } from './types.js';

export const SEVERITY: Record<FindingCode, Severity> = {
  sign: 'error',
  precision: 'warning',
  dated: 'error',
  'author-note': 'error',
  label: 'error',
  empty: 'warning',
  repeated: 'warning',
};
