// The earnings release as one self-contained HTML page (inline CSS, inline SVG charts, local fonts),
// for export/release-pdf.ts to print. Stages:
//   1. templates/release/ (Handlebars, CSS, table layouts, release.yaml) and its chart specs, as the
//      template stage read and checked them (inputs.templates: template/template-set.ts)
//   2. the release's shape from the period (full year / half / nine months / first quarter)
//   3. charts: chart specs bound to figures → SVG (charts.ts, from the chart contract of render/chart/)
//   4. Handlebars with the figure helpers (render/helpers.ts) and the release's own, one module per
//      concern (helpers/: money, sign, periods, narrative, notes, layout; tse-helpers.ts), checked
//      before anything runs (check.ts): every number comes from the FigureSet
import Handlebars from 'handlebars';
import { compiledIn } from '../compiled-templates.js';
import { presentationEras } from '../presentation-eras.js';
import { narrativeFor } from '../inputs.js';
import type { DocumentInputs, Untranslated } from '../../contract/document-inputs.js';
import type { PdfMeta } from '../../export/browser.js';
import type { FigureSet } from '../figure-set.js';
import { registerHelpers } from '../helpers.js';
import { TemplateFault, checkedFigures } from '../template-check.js';
import { QuarterDeckError } from '../../errors/problem.js';
import type { ReleaseTemplates } from '../../template/release-layouts.js';
import type { BuildContext } from './tables.js';
import { leftOutList, type LeftOut } from './current-column.js';
import { registerTseHelpers } from './tse-helpers.js';
import { Notes, noteRef } from './notes.js';
import { comparableWords } from '../not-comparable.js';
import { NarrativeText, type Entry } from './narrative.js';
import { companyName, releaseShape } from './shape.js';
import { needPart } from '../../template/template-set.js';
import { periodLabels } from '../../periods/labels.js';
import type { Catalog } from '../../template/catalog.js';
import { KEY_PREFIX } from '../../template/localize.js';
import { formatMessage } from '../../template/format-message.js';
import { releaseCharts } from './charts.js';
import { releaseSections } from './sections.js';
import { releaseTemplateProblems } from './check.js';
import { CompanyTexts } from './company-texts.js';
import { safe, type ReleaseEnv } from './env.js';
import { registerMoneyHelpers } from './helpers/money.js';
import { registerSignHelpers } from './helpers/sign.js';
import { registerPeriodHelpers } from './helpers/periods.js';
import { registerNarrativeHelpers } from './helpers/narrative.js';
import { registerNoteHelpers } from './helpers/notes.js';
import { registerLayoutHelpers } from './helpers/layout.js';
import { footedProse } from './footed-prose.js';

export interface PrintSettings { headerTemplate: string; footerTemplate: string; margin: { top: string; bottom: string; left: string; right: string } }

export interface ReleaseHtml {
  html: string;
  meta: PdfMeta & { keywords: string };
  print: PrintSettings;
  /** narrative entries no template printed (a section or key the templates do not know) */
  unused: Entry[];
  /** narrative and company texts left out: the data has them in another language only */
  untranslated: Untranslated[];
  /** tables, statements and lines left out for want of their current-period figures */
  leftOut: LeftOut[];
}

// Templates are compiled once (by source: render/compiled-templates.ts) and run with each document's helpers and partials.
const base = Handlebars.create();
const compile = (src: string): HandlebarsTemplateDelegate => compiledIn(base, src, { strict: false });

export async function renderReleaseHtml(inputs: DocumentInputs): Promise<ReleaseHtml> {
  const t = needPart(inputs.templates, 'release');
  // a figure key that names no item is a typo in a template (a TemplateFault with "did you mean")
  const figures = checkedFigures(inputs.figures, inputs.items);
  requireCumulativeRevenue(inputs, figures);
  const { catalogs, catalog } = inputs.templates;
  const partials: Record<string, HandlebarsTemplateDelegate> = {};
  const hb = Handlebars.create();
  const run = (src: string, context: unknown) => compile(src)(context, { helpers: hb.helpers, partials });
  const env = releaseEnv(inputs, t, figures, catalog, hb, run);
  const prose = footedProse(env.ctx.footed ??= new Map());
  registerHelpers(hb, { figures, m: inputs.m, fiscal: inputs.fiscal, labels: inputs.labels, eras: presentationEras(inputs.company), catalog, output: 'html', footed: prose, footnote: (html) => noteRef(env.notes, html) });
  // a release whose date the data does not give (a quarter no document is of) shows in its TSE summary
  // nothing published after its period's end: not the year-end dividend declared a year later
  registerTseHelpers(hb, inputs, figures, t.tse, t.files, env.shape.releaseDate ?? figures.period('end'), env.leftOut.add);
  const charts = await releaseCharts(t, inputs, figures);
  for (const register of [registerLayoutHelpers, registerNarrativeHelpers, registerNoteHelpers, registerMoneyHelpers, registerSignHelpers, registerPeriodHelpers]) register(env);
  for (const [name, src] of Object.entries(t.partials)) partials[name] = compile(src);
  const faults = releaseTemplateProblems(t, hb, inputs, catalogs, catalog);
  if (faults.length) throw new TemplateFault(faults);
  const html = prose.fill(runMain(t, () => run(t.main, releaseContext(env, charts))));
  return { html, ...printParts(env, run), unused: env.text.unused(), untranslated: env.untranslated, leftOut: env.leftOut.list() };
}

/** The release speaks of the cumulative period (a third quarter's nine months): its revenues must be known. */
function requireCumulativeRevenue(inputs: DocumentInputs, figures: FigureSet): void {
  const period = figures.file.period;
  const revenue = inputs.company.extra.totals.revenue;
  if (figures.find(revenue, 'ytd')) return;
  throw new QuarterDeckError([{ code: 'E_PERIOD', field: '--period', period, item: revenue, message: `an earnings release for ${period} covers ${figures.period('ytd')}, and the data has no ${revenue} for ${figures.period('ytd')}`, hint: 'add the cumulative figures to data/ (or build a period the data covers)' }]);
}

/** What the release's helpers share (env.ts). */
function releaseEnv(inputs: DocumentInputs, t: ReleaseTemplates, figures: FigureSet, catalog: Catalog, hb: typeof Handlebars, run: (src: string, context: unknown) => string): ReleaseEnv {
  const { m, fiscal, company } = inputs;
  const period = figures.file.period;
  // narrative in the document's language only: what is not translated is left out (and listed)
  const { narrative, source, untranslated } = narrativeFor(inputs, period);
  const shape = releaseShape(period, company, fiscal, m, inputs.date ?? source?.source?.date);
  const notes = new Notes();
  const text = new NarrativeText((src) => run(src, {}), narrative, narrative?.dataFile ?? 'narrative');
  const word = (s: string, label?: string) => (s.startsWith(KEY_PREFIX) && catalog.messages.has(s.slice(KEY_PREFIX.length)) ? formatMessage(catalog.messages.get(s.slice(KEY_PREFIX.length))!, { label }, 'text') : s);
  const leftOut = leftOutList();
  const ctx: BuildContext = { figures, labels: inputs.labels, items: inputs.items, m, fiscal, notes, columnSets: t.columnSets, word, eras: presentationEras(inputs.company), comparable: comparableWords(catalog, inputs.labels, fiscal, m), leftOut: leftOut.add };
  const end = figures.period('end');
  const rate = company.usdRates.find((r) => r.date === end);
  // the document's fiscal year as the company labels it (FY2009; 2010年3月期): texts never type a period
  const fiscalYear = periodLabels({ kind: 'duration', fy: shape.fy, span: 'FY' }, fiscal, m).short;
  const vars = { usdRate: rate?.rate ?? '', usdRateDate: m.date(end), releaseDate: shape.releaseDate ? m.date(shape.releaseDate) : '', fiscalYear };
  const texts = new CompanyTexts({ extra: company.extra, fy: shape.fy, lang: m.lang, period, vars, text, untranslated, run });
  return { hb, inputs, figures, t, shape, period, narrative, text, notes, texts, ctx, rate, untranslated, leftOut };
}

/** The main template's context: the release's shape, its sections, the company, the charts. */
function releaseContext(env: ReleaseEnv, charts: Record<string, unknown>): Record<string, unknown> {
  const { company, m, profile } = env.inputs;
  const extra = company.extra;
  return {
    doc: env.shape,
    sections: releaseSections(env.t, env.shape, profile),
    usd: Boolean(env.rate),
    company: {
      name: companyName(company, m), short: company.shortName.en,
      contacts: extra.contacts?.releases, url: extra.head_office?.url, about: extra.about,
      presentationUrl: extra.contacts?.presentation_materials_url,
      adsPerShare: extra.shares?.ads?.ads_per_share,
    },
    charts,
    css: safe(env.t.css),
    lang: m.lang,
  };
}

/** Run the main template; a fault without a file is the main template's. */
function runMain(t: ReleaseTemplates, render: () => string): string {
  try {
    return render();
  } catch (e) {
    if (e instanceof TemplateFault) throw new TemplateFault(e.problems.map((p) => ({ ...p, file: p.file ?? t.files.main })));
    if (e instanceof QuarterDeckError) throw new QuarterDeckError(e.problems.map((p) => ({ ...p, file: p.file ?? t.files.main })));
    throw new TemplateFault([{ code: 'E_TEMPLATE', file: t.files.main, message: (e as Error).message }]);
  }
}

/** The PDF's metadata and its running header and footer. */
function printParts(env: ReleaseEnv, run: (src: string, context: unknown) => string): Pick<ReleaseHtml, 'meta' | 'print'> {
  const { company, m, profile } = env.inputs;
  const { shape, t } = env;
  const name = companyName(company, m);
  const extra = company.extra;
  const title = shape.title;
  const subject = `${m.release.scope(shape.span)} ${shape.label}`;
  const keywords = [company.shortName.en, ...(extra.tickers ?? []).map((x) => `${x.exchange}:${x.symbol}`), shape.label].join(', ');
  const hf = { company: name, short: company.shortName.en, title, scope: shape.scopeName, label: shape.label, page: m.release.page(), of: m.release.of(), marking: profile?.marking };
  return {
    meta: { title, author: name, subject, keywords, lang: m.lang },
    print: { headerTemplate: run(t.header, hf), footerTemplate: run(t.footer, hf), margin: t.config.print.margin },
  };
}
