// Presentation eras: spans of fiscal years in which a company presents its statements one way
// (IIJ: before ASC 810, noncontrolling interests as "minority interests"; from FY2009, ASC 810).
// The data dates them (company.yaml `presentation_eras`); a template names them (a release table
// layout's `oneOf` alternative says `era: <id>`), so no template types a year.
import type { Company } from '../contract/raw-data.js';
import { covers } from '../calc/sum-eras.js';

export interface PresentationEra { id: string; since?: string; until?: string }

export function presentationEras(company: Pick<Company, 'extra'>): PresentationEra[] {
  return company.extra.presentation_eras ?? [];
}

/** Is a named era in force in fiscal year `fy`? An era the company does not define is in force every year (the alternative's `when` decides). */
export function eraInForce(eras: PresentationEra[], id: string | undefined, fy: number): boolean {
  if (!id) return true;
  const e = eras.find((x) => x.id === id);
  return !e || covers(e, fy);
}
