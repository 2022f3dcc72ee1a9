// No period label typed into reusable text: company.yaml's disclaimers, about paragraph, notices and
// footers (and their translations, a narrative's `company-texts` section) are printed in every
// period's documents, so a "FY2008" typed there goes stale the next year. A sentence that names a
// period takes a placeholder ({{fiscalYear}}, {{releaseDate}}: data/iij/company.yaml). An entry of a
// text's history with `since: FY2009` may name a year before FY2009: that is history, not the
// document's period. Period-specific narrative (quotes, reasons) is not reusable and not checked.
import { said, spoken, type Problem } from '../errors/problem.js';
import type { YamlFile } from './read-yaml.js';

/** company.yaml's top-level keys that hold reusable text */
const REUSABLE = new Set(['disclaimers', 'about', 'notices', 'notice', 'footer', 'footers', 'texts']);
/** keys inside them that are not printed text */
const STRUCTURAL = new Set(['since', 'until', 'source', 'heading_source', 'file', 'line', 'url', 'id']);

/** The company's fiscal year as company.yaml has it: a Japanese label ("2009年3月期", the year ending in March
 *  2009) names a fiscal year only through it (FY2008 where years are named by the year they start in). */
export interface FiscalNaming { endMonth: number; naming: 'start' | 'end' }

/** "FY2008", "FY08", "1H09", "4Q08", "9M09", "1H FY2009", "2010年3月期" … with the fiscal year each names (or undefined). */
export function periodLabelsIn(text: string, fiscal?: FiscalNaming): { label: string; fy?: number }[] {
  const out: { label: string; fy?: number }[] = [];
  const year = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/(?<![A-Za-z0-9{])(?:[1-4]Q|[12]H|9M)\s?(?:FY\s?)?(\d{2}(?:\d{2})?)(?![0-9])/g)) { out.push({ label: m[0], fy: year(m[1]) }); spans.push([m.index, m.index + m[0].length]); }
  // "FY2009" on its own (not the year of "1H FY2009", found above)
  for (const m of text.matchAll(/(?<![A-Za-z0-9{])FY\s?(\d{2}(?:\d{2})?)(?![0-9])/g)) if (!spans.some(([a, b]) => m.index >= a && m.index < b)) out.push({ label: m[0], fy: year(m[1]) });
  for (const m of text.matchAll(/(\d{4})年(\d{1,2})月期/g)) {
    const endYear = Number(m[1]);
    const fy = fiscal && Number(m[2]) === fiscal.endMonth ? (fiscal.naming === 'start' && fiscal.endMonth !== 12 ? endYear - 1 : endYear) : undefined;
    out.push({ label: m[0], fy });
  }
  return out;
}

const fyOf = (s: unknown) => (typeof s === 'string' && /^FY\d{4}$/.test(s) ? Number(s.slice(2)) : undefined);

/** The first line at or after `from` (1-based) of the file's text that contains `needle`. */
function lineOf(lines: string[], from: number, needle: string): number {
  for (let i = Math.max(0, from - 1); i < lines.length; i++) if (lines[i].includes(needle)) return i + 1;
  return from;
}

/** company.yaml's fiscal_year, where it is well formed */
function namingOf(company: unknown): FiscalNaming | undefined {
  const f = (company as { fiscal_year?: { end_month?: unknown; naming?: unknown } } | undefined)?.fiscal_year;
  const endMonth = Number(f?.end_month);
  return endMonth >= 1 && endMonth <= 12 && (f?.naming === 'start' || f?.naming === 'end') ? { endMonth, naming: f.naming } : undefined;
}

function scan(yf: YamlFile, lines: string[], value: unknown, path: (string | number)[], since: number | undefined, out: Problem[], fiscal?: FiscalNaming): void {
  if (typeof value === 'string') {
    for (const l of periodLabelsIn(value, fiscal)) {
      // a text in force from a year may name an earlier year: the history of the change
      if (since !== undefined && l.fy !== undefined && l.fy < since) continue;
      out.push(spoken({ code: 'E_PERIOD_LABEL', file: yf.file, line: lineOf(lines, yf.lineOf(path), l.label), field: path.join('.'), message: said('typedPeriod', l.label), expected: said('typedPeriodExpected'), found: l.label, hint: said('typedPeriodHint') }));
    }
    return;
  }
  if (Array.isArray(value)) { value.forEach((v, i) => scan(yf, lines, v, [...path, i], since, out, fiscal)); return; }
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const from = fyOf(o.since) ?? since;
    for (const [k, v] of Object.entries(o)) if (!STRUCTURAL.has(k)) scan(yf, lines, v, [...path, k], from, out, fiscal);
  }
}

/** Period labels typed into company.yaml's reusable texts: one problem each, at file and line. */
export function typedPeriodsInCompany(yf: YamlFile, text: string): Problem[] {
  const out: Problem[] = [];
  const lines = text.split('\n');
  const data = (yf.data ?? {}) as Record<string, unknown>;
  for (const [k, v] of Object.entries(data)) if (REUSABLE.has(k)) scan(yf, lines, v, [k], undefined, out, namingOf(data));
  return out;
}

/** The `since` of the company.yaml entry a translation's label names ("disclaimers.pretax_income_definition.1"). */
function sinceOfEntry(company: unknown, label: unknown): number | undefined {
  if (typeof label !== 'string') return undefined;
  let v: unknown = company;
  for (const k of label.split('.')) v = v && typeof v === 'object' && Object.hasOwn(v, k) ? (v as Record<string, unknown>)[k] : undefined;
  return fyOf((v as { since?: unknown } | undefined)?.since);
}

/** The same in a narrative file's translations of company texts (section `company-texts`); `company`:
 *  company.yaml's data, whose entries' `since` the translations share. */
export function typedPeriodsInTranslations(yf: YamlFile, text: string, company?: unknown): Problem[] {
  const out: Problem[] = [];
  const list = ((yf.data as { sections?: Record<string, unknown> } | undefined)?.sections?.['company-texts'] ?? []) as unknown[];
  if (!Array.isArray(list)) return out;
  const lines = text.split('\n');
  list.forEach((e, i) => {
    const { text: t, label } = (e ?? {}) as { text?: unknown; label?: unknown };
    if (typeof t === 'string') scan(yf, lines, t, ['sections', 'company-texts', i, 'text'], sinceOfEntry(company, label), out, namingOf(company));
  });
  return out;
}
