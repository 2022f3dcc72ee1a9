// A fix mends one known defect of the markup a library writes (pptxgenjs, exceljs), in the
// finished package, before it is zipped. Each fix finds exactly the markup it expects to mend and
// says how many places it mended; markup that looks like the defect but not as expected is an
// error (UnexpectedMarkup), never a silent guess. A library upgrade that changes the output shows
// up in the tests: a fix that no longer fires on a known deck, or a schema check that fails.
import type { Parts } from './parts.js';

export interface Fix {
  /** kebab-case name, also the file it lives in */
  id: string;
  /** what is wrong and where it was reported (upstream issue) */
  defect: string;
  /**
   * 'defect': a library writes this on every deck we make; a known deck must need it (the tests
   * fail when it no longer fires, so that a fixed library shows). 'guard': mends what only unusual
   * input produces (control characters in data text).
   */
  kind: 'defect' | 'guard';
  /** mend the package in place; how many places were mended */
  apply(parts: Parts): number | Promise<number>;
}

export class UnexpectedMarkup extends Error {
  constructor(fix: string, part: string, what: string) {
    super(`${fix}: ${part}: ${what} (the library's output changed; review src/export/ooxml/${fix}.ts)`);
    this.name = 'UnexpectedMarkup';
  }
}

/** How many places each fix mended, by fix id. */
export type MendReport = Map<string, number>;

export async function applyFixes(parts: Parts, fixes: readonly Fix[], report?: MendReport): Promise<void> {
  for (const f of fixes) {
    const n = await f.apply(parts);
    report?.set(f.id, (report.get(f.id) ?? 0) + n);
  }
}

/** Replace every match of a regular expression in the XML parts a pattern names; the count of replacements. */
export function mendParts(parts: Parts, names: RegExp, mend: (xml: string, part: string) => { xml: string; mended: number }): number {
  let total = 0;
  for (const name of parts.matching(names)) {
    const before = parts.text(name);
    const { xml, mended } = mend(before, name);
    if (mended) { parts.setText(name, xml); total += mended; }
  }
  return total;
}
