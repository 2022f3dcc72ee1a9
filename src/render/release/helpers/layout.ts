// The release's helpers that lay figures out in tables: {{table}} (release/tables/*.yaml),
// {{equity}} (the statement of changes in equity), {{targetTable}}.
import { Decimal } from 'decimal.js';
import { QuarterDeckError } from '../../../errors/problem.js';
import { TemplateFault } from '../../template-check.js';
import { showNumber } from '../../../format/display.js';
import { around } from '../../../calc/interval.js';
import { endDate, parsePeriod, type Duration } from '../../../periods/period.js';
import { buildTable } from '../tables.js';
import { buildEquity } from '../equity.js';
import { esc, lineOfText, own, safe, type Options, type ReleaseEnv } from '../env.js';
import { mark } from '../../figure-mark.js';

/** A block helper prints its body around the HTML (or its else part when there is none); inline, the HTML. */
const block = (o: Options, html: string | undefined) => (o.fn ? (html ? o.fn({ html: safe(html) }) : o.inverse ? o.inverse({}) : '') : safe(html ?? ''));
const roleArg = (o: Options) => Object.fromEntries(Object.entries(o.hash).filter(([, v]) => typeof v === 'string')) as Record<string, string>;

export function registerLayoutHelpers(env: ReleaseEnv): void {
  const { hb, t, ctx } = env;
  hb.registerHelper('table', (name: string, o: Options) => {
    const layout = own(t.tables, name);
    if (!layout) throw new QuarterDeckError([{ code: 'E_TEMPLATE', file: t.files.main, message: `no table layout "${name}"`, expected: Object.keys(t.tables).join(', ') }]);
    const { cls, caption, ...roles } = roleArg(o);
    try {
      return block(o, buildTable(layout, ctx, roles, { cls, caption, name }));
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
    if (usd && !env.rate) return block(o, undefined);
    return block(o, buildEquity(layout, ctx, years, usd));
  });
  hb.registerHelper('targetTable', (roles: string, o: Options) => targetTable(env, roles, o));
}

/** The targets table: one row per target period, one column per item (items="a,b,…"), in JPY
 *  millions; column heads from heads="A|B|…" (the company's wording, {company} = its short name)
 *  or the items' labels. */
function targetTable(env: ReleaseEnv, rolesArg: string, o: Options) {
  const { figures } = env;
  const { m, fiscal, company, labels } = env.inputs;
  const fig = (key: string, role: string) => figures.find(key, role);
  const keys = String(o.hash.items ?? '').split(',').map((k) => k.trim()).filter(Boolean);
  const heads = o.hash.heads === undefined ? [] : String(o.hash.heads).split('|');
  const head = (k: string) => heads[keys.indexOf(k)]?.replace('{company}', company.shortName.en) || (labels.get(k) ?? k);
  const rows = rolesArg.split(',').map((r) => r.trim()).filter((r) => { try { return keys.some((k) => fig(`target:${k}`, r) !== undefined); } catch { return false; } });
  const cols = keys.filter((k) => rows.some((r) => fig(`target:${k}`, r)));
  if (!rows.length) return '';
  const label = (r: string) => { const p = parsePeriod(figures.period(r)) as Duration; return m.release.scopeName(p.span, p.fy, endDate({ ...p, span: 'FY' }, fiscal)); };
  const cell = (k: string, r: string) => { const f = fig(`target:${k}`, r); return f ? mark(env.figures, f, showNumber(around(new Decimal(f.value), new Decimal(f.precision ?? 0)), { scale: 1e6 }).text) : ''; };
  return safe(`<table class="fin summary targets-table"><thead><tr><th class="label" scope="col" rowspan="2"></th>${cols.map((k) => `<th scope="col">${esc(head(k))}</th>`).join('')}</tr>`
    + `<tr>${cols.map(() => `<th scope="col" class="unit">${esc(m.release.unit('million'))}</th>`).join('')}</tr></thead><tbody>`
    + rows.map((r) => `<tr><th scope="row">${esc(label(r))}</th>${cols.map((k) => `<td class="value">${cell(k, r)}</td>`).join('')}</tr>`).join('') + '</tbody></table>');
}
