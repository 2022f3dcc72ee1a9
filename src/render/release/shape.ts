// What a release is, from the span of its period: a full year (with its fourth quarter), a half
// year (with its second quarter), nine months (with the third quarter) or a first quarter. Title,
// dateline and section names are generated here from the period and the company, never typed.
import type { Company } from '../../contract/raw-data.js';
import type { Messages } from '../../messages/en.js';
import { cumulative, endDate, openingDate, parsePeriod, type Duration, type FiscalYear } from '../../periods/period.js';
import { periodLabels } from '../../periods/labels.js';
import { QuarterDeckError } from '../../errors/problem.js';

export interface ReleaseShape {
  /** span of the cumulative period: FY, H1, 9M or Q1 */
  span: 'FY' | 'H1' | '9M' | 'Q1';
  isFullYear: boolean;
  /** a three-month section of its own (not for a first quarter, whose three months are the period) */
  hasQuarter: boolean;
  quarter: number;
  fy: number;
  title: string;
  dateline: string;
  /** "Full FY2008", "1H FY2009" */
  scopeName: string;
  /** "Fourth Quarter FY2008" */
  quarterName: string;
  quarterSection: string;
  quarterIntro: string;
  /** "FY2008", "1H09": the cumulative period as the company labels it */
  label: string;
  releaseDate?: string;
  fyEnd: string;
}

const dayAfter = (iso: string) => { const d = new Date(`${iso}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1); return d.toISOString().slice(0, 10); };

/** The city of the dateline: company.yaml `dateline_city`, else the part of the head office's address before its postcode. */
export function datelineCity(company: Company): string {
  const extra = company.extra;
  if (extra.dateline_city) return extra.dateline_city;
  const parts = (extra.head_office?.address ?? '').split(',').map((s) => s.trim());
  const post = parts.findIndex((s) => /^\d{3}-?\d{4}$/.test(s));
  return post > 0 ? parts[post - 1] : '';
}

/** The company's name in the document's language (English where the data has no other). */
export function companyName(company: Company, m: Messages): string {
  return (m.lang === 'ja' ? company.name.ja : undefined) ?? company.name.en;
}

export function releaseShape(period: string, company: Company, fiscal: FiscalYear, m: Messages, releaseDate?: string): ReleaseShape {
  const p = parsePeriod(period);
  if (!p || p.kind !== 'duration') throw new QuarterDeckError([{ code: 'E_PERIOD', field: '--period', message: 'an earnings release is for a fiscal year, half, nine months or quarter', found: period }]);
  const cum = cumulative(p);
  const span = cum.span as ReleaseShape['span'];
  const lastQ = ({ FY: 4, H1: 2, '9M': 3, Q1: 1 } as const)[span];
  const fyEnd = endDate({ kind: 'duration', fy: p.fy, span: 'FY' }, fiscal);
  const r = m.release;
  const labels = periodLabels(cum, fiscal, m);
  const q: Duration = { kind: 'duration', fy: p.fy, span: `Q${lastQ}` as Duration['span'] };
  const extra = company.extra;
  const short = company.shortName.en;
  const start = dayAfter(openingDate(cum, fiscal));
  return {
    span, isFullYear: span === 'FY', hasQuarter: span !== 'Q1', quarter: lastQ, fy: p.fy, fyEnd, releaseDate,
    title: r.title(short, r.scope(span), fyEnd, span === 'FY'),
    dateline: r.dateline(datelineCity(company), releaseDate, companyName(company, m), r.tickers(short, extra.tickers ?? []),
      r.announced(span, fyEnd, start, labels.end, labels.short)),
    scopeName: r.scopeName(span, p.fy, fyEnd),
    quarterName: r.quarterName(lastQ, p.fy, fyEnd),
    quarterSection: r.quarterSection(lastQ, p.fy, fyEnd),
    quarterIntro: r.quarterIntro(lastQ, p.fy, dayAfter(openingDate(q, fiscal)), endDate(q, fiscal), fyEnd),
    label: labels.short,
  };
}
