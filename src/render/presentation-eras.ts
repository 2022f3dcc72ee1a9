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

/** Is a named era in force for a figure of fiscal year `periodFy` in a document of fiscal year `docFy`? The
 *  later of the two decides: a document presents its earlier years as it presents its own (FY2009's
 *  documents call FY2008's net income "attributable to IIJ"), and a target for a later year as that year
 *  will be presented (the FY2008 release's FY2009 targets). */
export function eraInForceFor(eras: PresentationEra[], id: string | undefined, docFy: number, periodFy: number): boolean {
  return eraInForce(eras, id, Number.isFinite(periodFy) ? Math.max(docFy, periodFy) : docFy);
}
