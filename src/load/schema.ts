// Schemas of the data files. `quarterdeck schema --write` turns them into data/schema/*.json
// for editors; the loader checks every file against them.
import { z } from 'zod';

const text = z.string().min(1);
const fiscalYear = z.string().regex(/^FY\d{4}$/, 'a fiscal year FY2009');

/** One era of a parent's sum: the children from `since` to `until` (fiscal years, inclusive, either
 *  open); `restates`: the earlier fiscal year the era's first documents print again in this grouping,
 *  with the company's note (`restated`) */
const sumEra = z.object({
  since: fiscalYear.optional(), until: fiscalYear.optional(), restates: fiscalYear.optional(),
  of: z.array(text).min(1),
  restated: z.object({ en: text, ja: z.string().optional() }).strict().optional(),
}).strict();

export const taxonomyFile = z.object({
  statement: text,
  items: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'lowercase words joined by dots and dashes'),
      en: text,
      ja: z.string().optional(),
      unit: text,
      time: z.enum(['duration', 'instant']),
      /** children ("-id" subtracts); or eras of them, when the company regroups its lines (data/README.md) */
      sum: z.union([z.array(text), z.array(sumEra).min(1)]).optional(),
      formula: text.optional(),
      spans: z.array(z.enum(['FY', 'H1', 'H2', '9M', 'Q1', 'Q2', 'Q3', 'Q4'])).optional(),
      balance: z.object({ item: text, at: z.enum(['end', 'start']) }).strict().optional(),
      class: z.enum(['recurring', 'one-time']).optional(),
      /** a declared amount (a dividend per share): a printed "2,250" is exactly 2,250.00, not 2,250 ± 0.5 */
      exact: z.enum(['true', 'false']).optional(),
      since: fiscalYear.optional(),
      until: fiscalYear.optional(),
      note: z.string().optional(),
      sign: z.string().optional(),
      /** the item's wording in other years: documents use the label in force for their fiscal year */
      labels: z.array(z.object({
        en: text, ja: z.string().optional(),
        since: z.string().regex(/^FY\d{4}$/, 'a fiscal year FY2009').optional(), until: z.string().regex(/^FY\d{4}$/, 'a fiscal year FY2008').optional(),
      }).strict()).optional(),
    }).strict(),
  ),
}).strict();

export const factsFile = z.object({
  source: z.object({ file: text, document: text, date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD') }).strict(),
  tables: z.array(
    z.object({
      title: text,
      line: z.string().regex(/^\d+$/, 'a line number'),
      unit: text,
      columns: z.array(text).min(1),
      scenario: z.enum(['actual', 'target']).optional(),
      announced: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD').optional(),
      note: z.string().optional(),
      /** footing: the document rounded the table so that its parts add up to its totals (a printed
       *  figure may be a unit off its exact value: 12,149 for 12,148,490 thousand) */
      rounding: z.enum(['footing']).optional(),
      rows: z.array(z.array(z.string()).min(3)),
    }).strict(),
  ),
}).strict();

export const errataFile = z.array(
  z.object({
    id: text,
    file: text,
    line: z.string().regex(/^\d+$/, 'a line number'),
    item: text.optional(),
    period: text.optional(),
    printed: z.string(),
    correct: z.string().optional(),
    evidence: text,
  }).strict(),
);

export const narrativeFile = z.object({
  period: text,
  source: z.object({ file: text, document: z.string().optional(), date: z.string().optional() }).strict().optional(),
  /** this file translates the narrative of another language (e.g. from: en); the documents say so */
  translation: z.object({ from: text, note: z.string().optional() }).strict().optional(),
  sections: z.record(z.string(), z.array(z.object({
    line: z.string().optional(),
    text: text,
    /** what the entry explains: an item id, a label, a period, a kind of entry */
    item: z.string().optional(),
    label: z.string().optional(),
    period: z.string().optional(),
    kind: z.string().optional(),
    /** the caption the document prints for the entry, where its label (a key that matches the
     *  document's line) is not in the document's language */
    caption: z.string().optional(),
  }).strict())),
}).strict();

/** A listing: the exchange and the company's code there (IIJ: NASDAQ IIJI, TSE 3774). */
const ticker = z.object({ exchange: text, symbol: text }).passthrough();

/**
 * What company.yaml holds beyond the fields the loader makes into Company's own (Company.extra): the
 * fields code reads are checked here (a wrong one is a problem at its file and line); every other
 * field passes through to the templates as written.
 */
const companyExtraShape = {
  totals: z.object({ revenue: text, assets: text }).strict(),
  /** spans of fiscal years in which the company presents its statements one way; templates name them (era: <id>) */
  presentation_eras: z.array(z.object({ id: text, since: fiscalYear.optional(), until: fiscalYear.optional() }).passthrough()).optional(),
  tickers: z.array(ticker).optional(),
  head_office: z.object({ address: text.optional(), url: text.optional(), tel: text.optional() }).passthrough().optional(),
  /** the city of the release's dateline (default: the head office's, from its address) */
  dateline_city: text.optional(),
  contacts: z.object({ releases: z.record(z.string(), z.unknown()).optional(), presentation_materials_url: text.optional() }).passthrough().optional(),
  about: z.object({ heading: text.optional(), text: text.optional() }).passthrough().optional(),
  shares: z.object({ ads: z.object({ ads_per_share: text }).passthrough().optional() }).passthrough().optional(),
  tagline: z.unknown().optional(),
};
export const companyExtra = z.object(companyExtraShape).passthrough();
export type CompanyExtra = z.infer<typeof companyExtra>;

export const companyFile = z.object({
  id: text,
  names: z.object({ en: text, ja: z.string().optional(), short: text, short_ja: z.string().optional() }).passthrough(),
  fiscal_year: z.object({ end_month: z.string().regex(/^(1[0-2]|[1-9])$/, 'a month 1–12'), naming: z.enum(['start', 'end']) }).passthrough(),
  currency: text,
  usd_rates: z.array(z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), rate: z.string().regex(/^\d+(\.\d+)?$/, 'a number') }).passthrough()),
  /** what a command builds when no period is named: latest-full-year (the fallback), latest-quarter or a period (FY2009) */
  default_period: text.optional(),
  ...companyExtraShape,
}).passthrough();

export const schemas = { taxonomy: taxonomyFile, facts: factsFile, errata: errataFile, narrative: narrativeFile, company: companyFile };
