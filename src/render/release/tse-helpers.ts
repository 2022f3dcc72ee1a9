// The release's helpers for the exchange's summary (partials/tse-summary.hbs): its words (the
// catalog's `tse.*`: tse-words.ts), its tables (layouts tables/tse-*.yaml, render/release/tse.ts), the numbered notes and the
// notes of the per-share target, all from the document's period and figures.
import type Handlebars from 'handlebars';
import { Decimal } from 'decimal.js';
import type { DocumentInputs } from '../../contract/document-inputs.js';
import type { FigureSet } from '../figure-set.js';
import { tseMessages, type TseWords } from './tse-words.js';
import { QuarterDeckError } from '../../errors/problem.js';
import { cumulative, endDate, monthCount, openingDate, parsePeriod, type Duration } from '../../periods/period.js';
import { buildTse, tseNumber, type TseContext } from './tse.js';
import type { TseLayout } from '../../template/release-layouts.js';
import { companyName } from './shape.js';
import { presentationEras } from '../presentation-eras.js';

type Options = { hash: Record<string, unknown>; fn?: (ctx: unknown) => string; inverse?: (ctx: unknown) => string };
const dayAfter = (iso: string) => { const d = new Date(`${iso}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1); return d.toISOString().slice(0, 10); };

/** What the section's words may name, from the document's period. */
export function tseWords(inputs: DocumentInputs, figures: FigureSet): TseWords {
  const { fiscal, company, m } = inputs;
  const p = cumulative(parsePeriod(figures.file.period) as Duration);
  const target = parsePeriod(figures.period('targetFy')) as Duration;
  return {
    span: p.span, months: monthCount(p), start: dayAfter(openingDate(p, fiscal)), end: endDate(p, fiscal),
    fyEnd: endDate({ ...p, span: 'FY' }, fiscal), targetStart: dayAfter(openingDate(target, fiscal)), targetEnd: endDate(target, fiscal),
    company: companyName(company, m), short: company.shortName.en,
  };
}

export function registerTseHelpers(hb: typeof Handlebars, inputs: DocumentInputs, figures: FigureSet, layouts: Record<string, TseLayout>, files: Record<string, string>, asOf?: string, leftOut?: TseContext['leftOut']): void {
  const file = files.main;
  const { m } = inputs;
  // every figure key a layout names is an item's: checked by the template stage (template/release-keys.ts)
  const words = tseWords(inputs, figures);
  const tse = tseMessages(inputs.templates.catalog, m);
  const ctx: TseContext = { figures, labels: inputs.labels, items: inputs.items, m, fiscal: inputs.fiscal, words, tse, period: figures.file.period, asOf, leftOut };
  const safe = (s: string) => new hb.SafeString(s);
  const word = (key: string): string => {
    const f = Object.hasOwn(tse, key) ? (tse as Record<string, unknown>)[key] : undefined;
    if (typeof f !== 'function') throw new QuarterDeckError([{ code: 'E_TEMPLATE', file, message: `no words "${key}" in the exchange's summary`, expected: Object.keys(tse).join(', ') }]);
    return String((f as (w: TseWords) => string)(words));
  };
  /** {{tse "rounding"}}: the section's words in the document's language */
  hb.registerHelper('tse', (key: string) => word(key));
  /** {{tseHead "equityMethod"}}: a column head's words */
  hb.registerHelper('tseHead', (key: string) => tse.head(key, words.short) ?? key);
  /** {{#tseTable "tse-results"}}<h3>…</h3>{{{html}}}{{/tseTable}}: a summary table; the block is left out without figures */
  hb.registerHelper('tseTable', (name: string, o: Options) => {
    const layout = Object.hasOwn(layouts, name) ? layouts[name] : undefined;
    if (!layout) throw new QuarterDeckError([{ code: 'E_TEMPLATE', file, message: `no summary layout "${name}"`, expected: Object.keys(layouts).join(', ') }]);
    const html = buildTse(layout, ctx);
    if (!o.fn) return safe(html);
    return html ? o.fn({ html: safe(html) }) : o.inverse ? o.inverse({}) : '';
  });
  /** {{#if (tseHas "tse-shares")}}: has a summary layout figures to print (a heading over it goes with it) */
  hb.registerHelper('tseHas', (name: string) => Object.hasOwn(layouts, name) && buildTse(layouts[name], ctx) !== '');
  /** {{tseNumbered "policies"}}: "(2) Changes in …", numbered in order (reset=true starts at 1) */
  let n = 0;
  hb.registerHelper('tseNumbered', (key: string, o: Options) => { n = o.hash.reset ? 1 : n + 1; return tse.numbered(n, word(key)); });
  /** {{tseAnswer question text}}: "Question: None" / "質問：無" */
  hb.registerHelper('tseAnswer', (question: string, answer: string) => tse.answer(String(question), String(answer ?? '').trim()));
  /** {{tsePerShareNote "bs.shares-outstanding" "bs.treasury-stock.shares" "bs.common-stock.shares" "end" n=2}} */
  hb.registerHelper('tsePerShareNote', (sharesKey: string, treasuryKey: string, issuedKey: string, role: string, o: Options) => {
    const show = (key: string) => { const f = figures.find(key, role); return f && tseNumber(f, key, ctx); };
    const [shares, treasury, issued] = [show(sharesKey), show(treasuryKey), show(issuedKey)];
    if (!shares || !treasury || !issued || new Decimal(figures.find(treasuryKey, role)!.value).isZero()) return '';
    return tse.perShareTargetNote(Number(o.hash.n ?? 1), tse.head('epsTarget', words.short) ?? '', shares, treasury, issued, figures.period(role));
  });
  /** {{tseNetIncomeNote "targetBase" n=1 era="before-asc-810"}}: the target's caption against the one the
   *  statements up to that year print; up to the last year of the era of the former caption, where the
   *  company dates it (the FY2009 release's note names March 31, 2009, not its own year end) */
  hb.registerHelper('tseNetIncomeNote', (role: string, o: Options) => {
    const until = presentationEras(inputs.company).find((e) => e.id === o.hash.era)?.until;
    const base = endDate(parsePeriod(figures.period(role))!, inputs.fiscal);
    const last = until ? endDate(parsePeriod(until)!, inputs.fiscal) : base;
    const end = last < base ? last : base;
    return tse.netIncomeTargetNote(Number(o.hash.n ?? 1), tse.head('netIncomeTarget', words.short) ?? '', tse.head('netIncome', words.short) ?? '', end);
  });
  /** {{tseCompany "code"}}: the company's exchange code, URL or telephone as company.yaml has them */
  hb.registerHelper('tseCompany', (what: string) => {
    const extra = inputs.company.extra;
    if (what === 'code') return extra.tickers?.find((t) => t.exchange === 'TSE')?.symbol ?? '';
    if (what === 'url') return extra.head_office?.url ?? '';
    if (what === 'tel') return extra.head_office?.tel ?? '';
    return what === 'name' ? words.company : '';
  });
}

export type { TseMessages } from './tse-words.js';
