// The earnings release as one self-contained HTML page (inline CSS, inline SVG charts, local fonts),
// for export/release-pdf.ts to print. Stages:
//   1. templates/release/ (Handlebars, CSS, table layouts, release.yaml) and templates/charts/
//   2. the release's shape from the period (full year / half / nine months / first quarter)
//   3. charts: Vega-Lite specs bound to figures → SVG
//   4. Handlebars with the figure helpers (render/helpers.ts) and the release's own (tables,
//      narrative, footnotes): every number comes from the FigureSet
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { compileTemplate } from '../compiled-templates.js';
import { Decimal } from 'decimal.js';
import { narrativeFor, type DocumentInputs, type Untranslated } from '../inputs.js';
import type { PdfMeta } from '../../export/browser.js';
import { comparisonFor, registerHelpers } from '../helpers.js';
import { partialCycleProblems } from '../partial-cycles.js';
import { FIGURE_HELPERS, TemplateFault, chartKeyProblems, checkTemplate, checkedFigures, figureKeyProblem } from '../template-check.js';
import { bindingOf, chartData, renderSvg } from '../charts.js';
import { showNumber, yenPhrase } from '../../format/display.js';
import { around } from '../../calc/interval.js';
import { groupDigits } from '../../format/display.js';
import { QuarterDeckError, didYouMean, type Problem } from '../../errors/problem.js';
import { builtinTemplates, loadChartSpec, loadReleaseTemplates, type ReleaseTemplates } from './templates.js';
import { profileField, type Profile } from '../../audience/profile.js';
import { buildTable, type BuildContext } from './tables.js';
import { buildEquity } from './equity.js';
import { registerTseHelpers } from './tse-helpers.js';
import { Notes, superscript } from './notes.js';
import { NarrativeText, type Entry } from './narrative.js';
import { companyName, releaseShape, type ReleaseShape } from './shape.js';
import { endDate, monthCount, parsePeriod, type Duration } from '../../periods/period.js';
import { periodLabels } from '../../periods/labels.js';
import { useProblems } from '../../template/catalog.js';
import { loadCatalogs } from '../../template/catalogs.js';
import { KEY_PREFIX, specKeys } from '../../template/localize.js';
import { formatMessage } from '../../template/format-message.js';

export interface PrintSettings { headerTemplate: string; footerTemplate: string; margin: { top: string; bottom: string; left: string; right: string } }

export interface ReleaseHtml {
  html: string;
  meta: PdfMeta & { keywords: string };
  print: PrintSettings;
  /** narrative entries no template printed (a section or key the templates do not know) */
  unused: Entry[];
  /** narrative and company texts left out: the data has them in another language only */
  untranslated: Untranslated[];
}

/** The release's helpers that take figure keys, besides the shared ones (template-check.ts). */
const RELEASE_FIGURE_HELPERS = {
  ...FIGURE_HELPERS, delta: 'first', moved: 'first', ptsChange: 'first', nonzero: 'first', neg: 'first', reported: 'first', same: 'first', announced: 'first', any: 'allButLast', all: 'allButLast', tsePerShareNote: 'allButLast',
} as const;

type Options = { hash: Record<string, unknown>; data?: Record<string, unknown>; fn?: (ctx: unknown, opts?: { data?: Record<string, unknown> }) => string; inverse?: (ctx: unknown) => string };
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const safe = (s: string) => new Handlebars.SafeString(s);

// Templates are compiled once (by source) and run with each document's helpers and partials.
const base = Handlebars.create();
const compiled = new Map<string, HandlebarsTemplateDelegate>();
/** charts by spec and data: the same rows draw the same SVG */
const svgCache = new Map<string, string>();
function compile(src: string): HandlebarsTemplateDelegate {
  let t = compiled.get(src);
  if (!t) { t = compileTemplate(base, src, { strict: false }); compiled.set(src, t); }
  return t;
}

export async function renderReleaseHtml(inputs: DocumentInputs): Promise<ReleaseHtml> {
  const dirs = [...inputs.templateDirs, builtinTemplates].filter((d, i, a) => a.indexOf(d) === i);
  const t = loadReleaseTemplates(dirs);
  const { m, fiscal, company } = inputs;
  // a figure key that names no item is a typo in a template (a TemplateFault with "did you mean")
  const figures = checkedFigures(inputs.figures, inputs.items);
  const period = figures.file.period;
  // narrative in the document's language only: what is not translated is left out (and listed)
  const { narrative, source, untranslated } = narrativeFor(inputs, period);
  const shape: ReleaseShape = releaseShape(period, company, fiscal, m, inputs.date ?? source?.source?.date);
  const name = companyName(company, m);

  // the release speaks of the cumulative period (a third quarter's nine months): its revenues must be known
  const revenue = (company.extra as { totals: { revenue: string } }).totals.revenue;
  if (!figures.find(revenue, 'ytd')) {
    throw new QuarterDeckError([{ code: 'E_PERIOD', field: '--period', period, item: revenue, message: `an earnings release for ${period} covers ${figures.period('ytd')}, and the data has no ${revenue} for ${figures.period('ytd')}`, hint: 'add the cumulative figures to data/ (or build a period the data covers)' }]);
  }
  const hb = Handlebars.create();
  const catalogs = loadCatalogs(dirs);
  registerHelpers(hb, { figures, m, fiscal, labels: inputs.labels, catalog: catalogs.find((c) => c.lang === m.lang) ?? catalogs[0], output: 'html' });
  registerTseHelpers(hb, inputs, figures, t.tse, t.files, shape.releaseDate);
  const partials: Record<string, HandlebarsTemplateDelegate> = {};
  const run = (src: string, context: unknown) => compile(src)(context, { helpers: hb.helpers, partials });
  /** A company text with its {{placeholders}} filled in; a sentence whose placeholder has no
   *  value (no convenience rate for this period end) is left out rather than printed broken. */
  const companyText = (src: string, v: Record<string, string>) => {
    const empty = Object.keys(v).filter((k) => !v[k]);
    const kept = empty.length ? src.split(/(?<=\.)\s+/).filter((sentence) => !empty.some((k) => sentence.includes(`{{${k}}}`))).join(' ') : src;
    return run(kept, v);
  };
  const notes = new Notes();
  const text = new NarrativeText((src) => run(src, {}), narrative, narrative?.dataFile ?? 'narrative');
  const catalog = catalogs.find((c) => c.lang === m.lang) ?? catalogs[0];
  const word = (s: string, label?: string) => (s.startsWith(KEY_PREFIX) && catalog.messages.has(s.slice(KEY_PREFIX.length)) ? formatMessage(catalog.messages.get(s.slice(KEY_PREFIX.length))!, { label }, 'text') : s);
  const ctx: BuildContext = { figures, labels: inputs.labels, items: inputs.items, m, fiscal, notes, columnSets: t.columnSets, word };
  const extra = company.extra as Record<string, any>;
  const end = figures.period('end');
  const rate = company.usdRates.find((r) => r.date === end);
  const vars = { usdRate: rate?.rate ?? '', usdRateDate: m.date(end), releaseDate: shape.releaseDate ? m.date(shape.releaseDate) : '' };
  /** company.yaml texts are English: another language prints the translation in its narrative's
   *  "company-texts" section (label: the text's path), else leaves the text out */
  const translatedText = (path: string): string | undefined => {
    if (m.lang === 'en') return undefined;
    const e = text.find('company-texts', { docPeriod: period }).find((x) => x.label === path);
    if (e) { text.use(e); return companyText(e.text.trim(), vars); }
    if (!untranslated.some((u) => u.section === 'company-texts' && u.entry.label === path)) untranslated.push({ section: 'company-texts', entry: { label: path, text: '' }, from: 'en' });
    return '';
  };

  // 3. charts
  const charts: Record<string, { svg: string; alt: string; title: string }> = {};
  for (const [name, use] of Object.entries(t.config.charts)) {
    const { spec, file } = loadChartSpec(dirs, use.spec, { file: t.files.config, field: `charts.${name}.spec` }, m.lang);
    const bound = use.periods ? { ...spec, usermeta: { quarterdeck: { ...(spec.usermeta as any).quarterdeck, periods: use.periods } } } : spec;
    const keyFaults = chartKeyProblems(bindingOf(bound, file), file, inputs.items, inputs.figures);
    if (keyFaults.length) throw new TemplateFault(keyFaults);
    const data = chartData(bound, file, figures, inputs.labels, m, fiscal);
    if (data.periods.length < 2) continue; // a chart of one period says nothing
    // a stack's total is a figure too (never the sum of rounded bars): rows with axis "total"
    const total = (bound.usermeta as { quarterdeck?: { total?: { key: string } } }).quarterdeck?.total;
    if (total) {
      const roles = (bound.usermeta as { quarterdeck: { periods: string[] } }).quarterdeck.periods;
      roles.forEach((role, periodOrder) => {
        let f; try { f = figures.find(total.key, role); } catch { return; }
        const label = f && periodLabels(f.period, fiscal, m).compact;
        if (f && label && data.periods.includes(label)) data.rows.push({ period: label, periodOrder, series: 'total', seriesOrder: data.binding.series.length, value: new Decimal(f.value).div(1e6).toNumber(), label: f.display, axis: 'total' as never, exact: f.value });
      });
    }
    const key = `${file}\0${JSON.stringify(bound)}\0${JSON.stringify(data.rows)}`;
    let svg = svgCache.get(key);
    if (!svg) { svg = await renderSvg(bound, data); svgCache.set(key, svg); if (svgCache.size > 64) svgCache.delete(svgCache.keys().next().value!); }
    charts[name] = { svg, alt: data.alt, title: data.binding.title ?? '' };
  }

  // 4. the release's helpers
  const roleArg = (o: Options) => Object.fromEntries(Object.entries(o.hash).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
  const block = (o: Options, html: string | undefined, extraCtx: Record<string, unknown> = {}) =>
    (o.fn ? (html ? o.fn({ html: safe(html), ...extraCtx }) : o.inverse ? o.inverse({}) : '') : safe(html ?? ''));
  hb.registerHelper('table', (name: string, o: Options) => {
    const layout = own(t.tables, name);
    if (!layout) throw new QuarterDeckError([{ code: 'E_TEMPLATE', file: t.files.main, message: `no table layout "${name}"`, expected: Object.keys(t.tables).join(', ') }]);
    const { cls, caption, ...roles } = roleArg(o);
    try {
      return block(o, buildTable(layout, ctx, roles, { cls, caption }));
    } catch (e) {
      // a fault of the layout (an unknown period role …) names the layout's file and the line it is written on
      // (a named column set is written in columns.yaml)
      const files = [t.files[`table:${name}`], ...(typeof layout.columns === 'string' ? [t.files['table:columns']] : [])];
      const where = (found?: string) => { for (const f of files) { const line = found ? lineOfText(f, found) : undefined; if (line) return { file: f, line }; } return { file: files[0] }; };
      if (e instanceof TemplateFault) throw new TemplateFault(e.problems.map((p) => (p.file ? p : { ...p, ...where(p.found) })));
      throw e;
    }
  });
  hb.registerHelper('equity', (name: string, o: Options) => {
    const layout = own(t.equity, name);
    if (!layout) throw new QuarterDeckError([{ code: 'E_TEMPLATE', file: t.files.main, message: `no equity layout "${name}"`, expected: Object.keys(t.equity).join(', ') }]);
    const years = String(o.hash.years ?? 'prior,cur').split(',').map((s) => s.trim());
    const usd = Boolean(o.hash.usd);
    if (usd && !rate) return block(o, undefined);
    return block(o, buildEquity(layout, ctx, years, usd));
  });
  const findEntries = (sections: string, key: string | undefined, o: Options) => {
    const role = o.hash.period as string | undefined;
    const labels = [o.hash.label, key && inputs.labels.get(key)].filter((x): x is string => typeof x === 'string');
    return sections.split('|').flatMap((section) => text.find(section, { key, labels, period: role ? figures.period(role) : undefined, docPeriod: period }));
  };
  const isClause = (html: string) => /^[a-z(]/.test(html);
  /** a clause without its full stop (an abbreviation keeps its point: "Trust Networks Inc.") */
  const stop = (html: string) => (/\b(Inc|Co|Ltd|Corp)\.$/.test(html) ? html : html.replace(/[.]$/, ''));
  /** {{reason "reasons" "is.revenue.cos"}} after a generated sentence without its full stop:
   *  " reason fragment." / ". Reason sentence." / "."; clause=true: the fragments only (" …"), sentences=true: the sentences only */
  hb.registerHelper('reason', (section: string, key: string, o: Options) => {
    let list = findEntries(section, key, o).map((e) => text.html(e));
    // a language whose reasons follow the sentence (m.release.reasonStyle "inline"): clause=true
    // gives nothing, and every other form gives every reason, each a sentence
    if (m.release.reasonStyle === 'inline' && !o.hash.inline) return safe(o.hash.clause ? '' : m.release.joinSentences(list));
    if (o.hash.clause) { list = list.filter(isClause); return safe(list.length ? ` ${stop(list.join(' '))}` : ''); }
    if (o.hash.sentences) list = list.filter((h) => !isClause(h));
    if (o.hash.inline) return safe(m.release.joinSentences(list));
    if (!list.length) return '.';
    const clauses = list.filter(isClause); const sentences = list.filter((h) => !isClause(h));
    const head = clauses.length ? ` ${stop(clauses.join(' ')).replace(/([^.])$/, '$1.')}` : '.';
    return safe(`${head}${sentences.length ? ` ${sentences.join(' ')}` : ''}`);
  });
  hb.registerHelper('hasReason', (section: string, key: string, o: Options) => findEntries(section, key, o).length > 0);
  /** {{#narrative "ceo-quotes"}}<p>{{{text}}}</p>{{/narrative}}: every entry of a section (without an item, unless item=) */
  hb.registerHelper('narrative', (section: string, o: Options) => {
    const all = text.find(section, { docPeriod: period });
    const list = o.hash.item ? all.filter((e) => e.item === o.hash.item) : o.hash.all ? all : all.filter((e) => !e.item || o.hash.withItems);
    const skip = o.hash.except ? String(o.hash.except).toLowerCase().split('|') : [];
    const only = o.hash.labels ? String(o.hash.labels).toLowerCase().split('|') : undefined;
    const chosen = list.filter((e) => !(e.label && skip.includes(e.label.toLowerCase())) && (!only || (e.label !== undefined && only.includes(e.label.toLowerCase()))));
    if (!chosen.length) return o.inverse ? o.inverse({}) : '';
    return chosen.map((e, i) => o.fn!({ text: safe(text.html(e)), label: e.label, caption: e.caption ?? e.label, item: e.item }, { data: { ...(o.data ?? {}), first: i === 0, last: i === chosen.length - 1, index: i } })).join('');
  });
  hb.registerHelper('hasNarrative', (section: string) => text.find(section, { docPeriod: period }).length > 0);
  /** {{note "disclaimers.gaap_footnote"}} or {{note text="…"}}: a footnote reference ¹ */
  hb.registerHelper('note', (path: unknown, o: Options) => {
    const opts = (typeof path === 'object' ? path : o) as Options;
    const html = typeof path === 'string' ? noteText(path) : esc(String(opts.hash.text ?? ''));
    if (!html) return '';
    return safe(`<sup class="note-ref">${superscript(notes.ref(html))}</sup>`);
  });
  hb.registerHelper('footnotes', () => {
    const list = notes.flush();
    if (!list.length) return '';
    return safe(`<div class="footnotes">${list.map((n) => `<p><span class="note-n">${superscript(n.n)}</span> ${n.html}</p>`).join('')}</div>`);
  });
  const noteText = (path: string): string => {
    const v = pick(extra, path, shape.fy);
    if (!v) return '';
    const t = translatedText(pickPath(extra, path, shape.fy));
    return esc(t ?? companyText(v, vars));
  };
  /** {{companyText "disclaimers.statement_usd_note"}}: a company text with {{usdRate}} … filled in */
  hb.registerHelper('companyText', (path: string) => { const v = pick(extra, path, shape.fy); return v ? translatedText(pickPath(extra, path, shape.fy)) ?? companyText(v, vars) : ''; });
  /** {{translationNote}}: "(translated from English)" when the narrative is a translation */
  hb.registerHelper('translationNote', (o: Options) => {
    const t = narrative?.translation;
    if (!t) return '';
    return `${m.translated(t.from)}${o.hash?.full && t.note ? t.note : ''}`;
  });
  /** helper arguments: (key, [role], options) as in render/helpers.ts */
  const argsOf = (a: unknown[]) => { const o = a[a.length - 1] as Options; const pos = a.slice(0, -1).map(String); return { o, pos, role: (o.hash.period as string | undefined) ?? pos[1] }; };
  const fig = (key: string, role: string | undefined) => figures.find(key, role);
  const scaleOf = (o: Options) => ({ one: 1, thousand: 1e3, million: 1e6, billion: 1e9 } as Record<string, number>)[String(o.hash.unit ?? 'million')] ?? 1e6;
  const moneyOf = (key: string, role: string | undefined, o: Options) => { const f = fig(key, role)!; return yenPhrase(around(new Decimal(f.value), new Decimal(f.precision ?? 0)), m, scaleOf(o), Number(o.hash.decimals ?? 0)); };
  /** {{delta "ytd-diff:bs.total-assets" "end"}}: "an increase of JPY188 million" / "a decrease of …" */
  hb.registerHelper('delta', (...a: unknown[]) => {
    const { o, pos, role } = argsOf(a); const f = fig(pos[0], role); if (!f) return '';
    return new Decimal(f.value).isNegative() ? m.release.decreaseOf(moneyOf(pos[0], role, o)) : m.release.increaseOf(moneyOf(pos[0], role, o));
  });
  /** {{moved "ytd-diff:bs.cash" "end"}}: "increased by JPY…" / "decreased by JPY…" */
  hb.registerHelper('moved', (...a: unknown[]) => {
    const { o, pos, role } = argsOf(a); const f = fig(pos[0], role); if (!f) return '';
    return new Decimal(f.value).isNegative() ? m.release.decreasedBy(moneyOf(pos[0], role, o)) : m.release.increasedBy(moneyOf(pos[0], role, o));
  });
  /** {{changes "bs.cash:cash and cash equivalents;…" "end" top=3}}: the largest changes since the fiscal year's opening, with their reasons */
  hb.registerHelper('changes', (...a: unknown[]) => {
    const { o, pos, role } = argsOf(a);
    // "key:label" or "key:label:narrative label" (the label the narrative's reasons use, when it differs)
    const list = pos[0].split(';').map((s) => s.trim()).filter(Boolean).map((s) => { const [key, label, match] = s.split(':'); return { key, label, match: match ?? label }; })
      .map((x) => ({ ...x, f: fig(`ytd-diff:${x.key}`, role) }))
      .filter((x) => x.f && !new Decimal(x.f.value).div(1e6).abs().lt(0.5))
      .sort((x, y) => new Decimal(y.f!.value).abs().cmp(new Decimal(x.f!.value).abs()))
      .slice(0, Number(o.hash.top ?? 3));
    const open = m.date(figures.period('open'));
    return safe(m.release.balanceChanges(list.map((x) => {
      const because = text.find('reasons', { key: x.key, labels: [x.match], docPeriod: period }).map((e) => stop(text.html(e))).join(' ');
      const moved = new Decimal(x.f!.value).isNegative() ? m.release.decreasedBy(moneyOf(`ytd-diff:${x.key}`, role, o)) : m.release.increasedBy(moneyOf(`ytd-diff:${x.key}`, role, o));
      return m.release.balanceChange(esc(x.label), moved, o.hash.from ? open : undefined, because);
    }), Boolean(o.hash.from)));
  });
  /** {{ptsChange "ytd-pts:bs.ratio.equity-iij" "end"}}: "up 3.3 points" */
  hb.registerHelper('ptsChange', (...a: unknown[]) => {
    const { o, pos, role } = argsOf(a); const f = fig(pos[0], role); if (!f) return '';
    const v = new Decimal(f.value).times(100);
    const body = groupDigits(v.abs(), 1);
    // vs=true: "前期末比3.3ポイント上昇" (the comparison named by the message, in its word order)
    const vs = comparisonFor(pos[0], f, o.hash.vs, { figures, fiscal, m });
    if (vs) return m.change({ dir: v.isZero() ? 'none' : v.isNegative() ? 'down' : 'up', x: body, vs, style: 'points' });
    return v.isNegative() ? m.release.downPoints(body) : m.release.upPoints(body);
  });
  hb.registerHelper('nonzero', (...a: unknown[]) => { const { pos, role } = argsOf(a); const f = fig(pos[0], role); return f ? !new Decimal(f.value).isZero() : false; });
  hb.registerHelper('neg', (...a: unknown[]) => { const { pos, role } = argsOf(a); const f = fig(pos[0], role); return f ? new Decimal(f.value).isNegative() : false; });
  /** printed (or restated) by a document, not derived: tells the presentation in force (e.g. ASC 810) */
  hb.registerHelper('reported', (...a: unknown[]) => { const { pos, role } = argsOf(a); const f = fig(pos[0], role); return f !== undefined && f.kind !== 'derived' && f.kind !== 'computed'; });
  /** the same value in two periods */
  hb.registerHelper('same', (key: string, r1: string, r2: string) => { const x = fig(key, r1); const y = fig(key, r2); return Boolean(x && y && new Decimal(x.value).eq(y.value)); });
  hb.registerHelper('any', (...a: unknown[]) => { const { o, pos } = argsOf(a); const role = (o.hash.period as string | undefined) ?? pos.at(-1); return pos.slice(0, -1).some((k) => fig(k, role) !== undefined); });
  hb.registerHelper('all', (...a: unknown[]) => { const { o, pos } = argsOf(a); const role = (o.hash.period as string | undefined) ?? pos.at(-1); return pos.slice(0, -1).every((k) => fig(k, role) !== undefined); });
  hb.registerHelper('and', (...a: unknown[]) => { a.pop(); return a.every(Boolean); });
  hb.registerHelper('or', (...a: unknown[]) => { a.pop(); return a.some(Boolean); });
  hb.registerHelper('not', (x: unknown) => !x);
  hb.registerHelper('msg', (name: string) => { const f = own(m.release as Record<string, unknown>, name); return typeof f === 'function' ? String(f()) : ''; });
  /** "Net income" before ASC 810, "Net income attributable to IIJ" after: `incl` names the item of
   *  net income including noncontrolling interests, reported only under the new presentation */
  hb.registerHelper('netIncomeLabel', (role: string, o: Options) => {
    const f = fig(String(o.hash.incl), role);
    if (!(f && f.kind !== 'derived' && f.kind !== 'computed')) return m.release.netIncome();
    const ref = o.hash.note ? noteText('disclaimers.pretax_income_definition') : '';
    return safe(`${esc(m.release.netIncomeAttributable(company.shortName.en))}${ref ? `<sup class="note-ref">${superscript(notes.ref(ref))}</sup>` : ''}`);
  });
  hb.registerHelper('endOf', (role: string) => m.date(periodLabels(figures.period(role), fiscal, m).end));
  /** the announcement date of a target */
  hb.registerHelper('announced', (key: string, role: string) => { const d = fig(key, role)?.announced; return d ? m.date(d) : ''; });
  /** "(For the fiscal year ended March 31, 2008 and March 31, 2009)" */
  hb.registerHelper('statementSpan', (a: string, b: string) => {
    const pa = parsePeriod(figures.period(a))!; const pb = parsePeriod(figures.period(b))!;
    return m.release.statementSpan(pb.kind === 'instant' ? undefined : monthCount(pb), endDate(pa, fiscal), endDate(pb, fiscal));
  });
  /** the targets table: one row per target period, one column per item (items="a,b,…"), in JPY
   *  millions; column heads from heads="A|B|…" (the company's wording, {company} = its short name)
   *  or the items' labels */
  hb.registerHelper('targetTable', (rolesArg: string, o: Options) => {
    const keys = String(o.hash.items ?? '').split(',').map((k) => k.trim()).filter(Boolean);
    const heads = o.hash.heads === undefined ? [] : String(o.hash.heads).split('|');
    const head = (k: string) => heads[keys.indexOf(k)]?.replace('{company}', company.shortName.en) || (inputs.labels.get(k) ?? k);
    const rows = rolesArg.split(',').map((r) => r.trim()).filter((r) => { try { return keys.some((k) => fig(`target:${k}`, r) !== undefined); } catch { return false; } });
    const cols = keys.filter((k) => rows.some((r) => fig(`target:${k}`, r)));
    if (!rows.length) return '';
    const label = (r: string) => { const p = parsePeriod(figures.period(r)) as Duration; return m.release.scopeName(p.span, p.fy, endDate({ ...p, span: 'FY' }, fiscal)); };
    const cell = (k: string, r: string) => { const f = fig(`target:${k}`, r); return f ? showNumber(around(new Decimal(f.value), new Decimal(f.precision ?? 0)), { scale: 1e6 }).text : ''; };
    return safe(`<table class="fin summary targets-table"><thead><tr><th class="label" scope="col" rowspan="2"></th>${cols.map((k) => `<th scope="col">${esc(head(k))}</th>`).join('')}</tr>`
      + `<tr>${cols.map(() => `<th scope="col" class="unit">${esc(m.release.unit('million'))}</th>`).join('')}</tr></thead><tbody>`
      + rows.map((r) => `<tr><th scope="row">${esc(label(r))}</th>${cols.map((k) => `<td class="value">${cell(k, r)}</td>`).join('')}</tr>`).join('') + '</tbody></table>');
  });
  for (const [name, src] of Object.entries(t.partials)) partials[name] = compile(src);
  // before anything runs: unknown helpers and partials, partial names outside the template folders,
  // paths into prototypes and figure ids no item has, each with its file and line
  const rules = { helpers: Object.keys(hb.helpers), partials: Object.keys(t.partials), figureHelpers: RELEASE_FIGURE_HELPERS, figureKey: (k: string) => figureKeyProblem(k, inputs.items, inputs.figures), message: (k: string, a: string[]) => useProblems({ key: k, args: a, file: '' }, catalogs) };
  const faults = [
    ...checkTemplate(t.main, t.files.main, rules), ...checkTemplate(t.header, t.files.header, rules), ...checkTemplate(t.footer, t.files.footer, rules),
    ...Object.entries(t.partials).flatMap(([name, src]) => checkTemplate(src, t.files[`partial:${name}`], rules)),
    ...partialCycleProblems(t.partials, (name) => t.files[`partial:${name}`]),
  ];
  // the words of the table layouts ("t:<key>") name messages of the catalogs
  for (const [name, layout] of [...Object.entries(t.tables), ...Object.entries(t.equity)]) {
    const file = t.files[`table:${name}`];
    for (const k of specKeys(layout)) {
      if (!catalog.messages.has(k.key)) faults.push({ code: 'E_TEMPLATE', file, line: lineOfText(file, `${KEY_PREFIX}${k.key}`), field: k.path, message: `no message "${k.key}" in the ${catalog.lang} catalog`, hint: didYouMean(k.key, catalog.messages.keys()) });
    }
  }
  if (faults.length) throw new TemplateFault(faults);

  const context = {
    doc: shape,
    sections: releaseSections(t, shape, inputs.profile),
    usd: Boolean(rate),
    company: {
      name, short: company.shortName.en,
      contacts: extra.contacts?.releases, url: extra.head_office?.url, about: extra.about,
      presentationUrl: extra.contacts?.presentation_materials_url,
      adsPerShare: extra.shares?.ads?.ads_per_share,
    },
    charts,
    css: safe(t.css),
    lang: m.lang,
  };
  let html: string;
  try {
    html = run(t.main, context);
  } catch (e) {
    if (e instanceof TemplateFault) throw new TemplateFault(e.problems.map((p) => ({ ...p, file: p.file ?? t.files.main })));
    if (e instanceof QuarterDeckError) throw new QuarterDeckError(e.problems.map((p) => ({ ...p, file: p.file ?? t.files.main })));
    throw new TemplateFault([{ code: 'E_TEMPLATE', file: t.files.main, message: (e as Error).message }]);
  }
  const title = shape.title;
  const subject = `${m.release.scope(shape.span)} ${shape.label}`;
  const keywords = [company.shortName.en, ...((extra.tickers ?? []) as { exchange: string; symbol: string }[]).map((x) => `${x.exchange}:${x.symbol}`), shape.label].join(', ');
  const hf = { company: name, short: company.shortName.en, title, scope: shape.scopeName, label: shape.label, page: m.release.page(), of: m.release.of(), marking: inputs.profile?.marking };
  return {
    html,
    meta: { title, author: name, subject, keywords, lang: m.lang },
    print: {
      headerTemplate: run(t.header, hf), footerTemplate: run(t.footer, hf),
      margin: t.config.print.margin,
    },
    unused: text.unused(),
    untranslated,
  };
}

/** The path of the company text `pick` finds: "disclaimers.pretax_income_definition.1" for the second entry of a list. */
function pickPath(extra: Record<string, any>, path: string, fy: number): string {
  let v: any = extra;
  for (const k of path.split('.')) v = own(v, k);
  if (!Array.isArray(v)) return path;
  const year = (s: string | undefined) => (s ? Number(/\d{4}/.exec(s)?.[0]) : undefined);
  const i = v.findIndex((e) => (year(e.since) ?? -Infinity) <= fy && fy <= (year(e.until) ?? Infinity));
  return i >= 0 ? `${path}.${i}` : path;
}

/** A company.yaml text by path; a list of { since, until, text } picks the entry for the fiscal year. */
/**
 * The release's sections: release.yaml's list, or the audience profile's `release.sections` in its
 * order. A section whose `if` names a flag of the release's shape that is false is left out.
 */
function releaseSections(t: ReleaseTemplates, shape: ReleaseShape, profile?: Profile): { partial: string }[] {
  const listed = t.config.sections.map((s) => (typeof s === 'string' ? { partial: s } : s));
  const known = Object.keys(t.partials);
  const problems: Problem[] = [];
  const chosen = profile?.release.sections;
  const entries = chosen
    ? chosen.map((name, i) => {
      if (!Object.hasOwn(t.partials, name)) problems.push({ code: 'E_TEMPLATE', ...profileField(profile, ['release', 'sections', i]), message: `no release section "${name}"`, expected: known.join(', '), hint: didYouMean(name, known) });
      return listed.find((x) => x.partial === name) ?? { partial: name };
    })
    : listed;
  for (const e of listed) {
    if (!chosen && !Object.hasOwn(t.partials, e.partial)) problems.push({ code: 'E_TEMPLATE', file: t.files.config, field: 'sections', message: `no partial "${e.partial}"`, expected: known.join(', '), hint: didYouMean(e.partial, known) });
    if (e.if !== undefined && !Object.hasOwn(shape, e.if)) problems.push({ code: 'E_TEMPLATE', file: t.files.config, field: `sections.${e.partial}.if`, message: `"${e.if}" is not a flag of the release's shape`, expected: Object.keys(shape).join(', ') });
  }
  if (problems.length) throw new TemplateFault(problems);
  return entries.filter((e) => !e.if || Boolean((shape as unknown as Record<string, unknown>)[e.if]));
}

/** The line of a file on which `needle` is first written. */
function lineOfText(file: string, needle: string): number | undefined {
  const text = readFileSync(file, 'utf8');
  const i = text.indexOf(needle);
  return i < 0 ? undefined : text.slice(0, i).split('\n').length;
}

/** A property of a template-named path: own properties only, never the prototype's (constructor, __proto__). */
function own(o: any, k: string): any {
  return o !== null && typeof o === 'object' && Object.hasOwn(o, k) ? o[k] : undefined;
}

function pick(extra: Record<string, any>, path: string, fy: number): string | undefined {
  let v: any = extra;
  for (const k of path.split('.')) v = own(v, k);
  if (Array.isArray(v)) {
    const year = (s: string | undefined) => (s ? Number(/\d{4}/.exec(s)?.[0]) : undefined);
    v = v.find((e) => (year(e.since) ?? -Infinity) <= fy && fy <= (year(e.until) ?? Infinity));
  }
  if (v && typeof v === 'object') v = v.text;
  return typeof v === 'string' ? v : undefined;
}
