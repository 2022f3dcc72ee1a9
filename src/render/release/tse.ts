// The exchange's summary (TSE format): tables with one row per period and one column per figure,
// from layouts templates/release/tables/tse-*.yaml. Words are the catalog's tse.* (tse-words.ts: column
// heads by key, else the item's label in the document's language); every number is a figure of the
// FigureSet, shown in the exchange's style: amounts in JPY millions, % without a sign, a decrease
// as "(38.7)" in English and "△38.7" in Japanese. Rows and columns without figures are left out.
import { Decimal } from 'decimal.js';
import type { FigureSet } from '../figure-set.js';
import type { Messages } from '../../messages/en.js';
import type { TseMessages, TseWords } from './tse-words.js';
import type { Figure } from '../../contract/figures.js';
import { showNumber } from '../../format/display.js';
import { supportedDecimals } from '../../format/ratio.js';
import { around } from '../../calc/interval.js';
import { endDate, fiscalYearOf, monthCount, openingDate, parsePeriod, type Duration, type FiscalYear } from '../../periods/period.js';
import { periodLabels } from '../../periods/labels.js';
import { mark } from '../figure-mark.js';
import { en } from '../../messages/en.js';
import { presented } from '../presented.js';
import { omissionSaid as say } from '../../messages/omissions-en.js';
import { leftOutOf, type LeftOut } from './current-column.js';
import { type TseColumn, type TseLayout, type TseRow } from '../../template/release-layouts.js';
import { escapeText as esc } from '../../format/escape.js';
import { labelPeriod } from '../label-period.js';

export interface TseContext {
  figures: FigureSet;
  labels: Map<string, string>;
  items: Map<string, { unit: string }>;
  m: Messages;
  fiscal: FiscalYear;
  words: TseWords;
  /** the section's words in the document's language (catalog `tse.*`: tse-words.ts) */
  tse: TseMessages;
  /** the document's period (canonical id) */
  period: string;
  /** the document's date (ISO): targets announced later are not shown */
  asOf?: string;
  /** a column left out for want of its current-period figure (the document's report) */
  leftOut?: (o: LeftOut) => void;
}

export interface Row extends TseRow { periodId: string }
const itemOf = (key: string) => key.replace(/^[a-z-]+:/, '');

/** How a figure is shown in the summary: its unit row kind, scale and decimals. */
function kindOf(key: string, ctx: TseContext): { unit: string; scale: number; decimals: number; pct: boolean } {
  const unit = ctx.items.get(itemOf(key))?.unit ?? '';
  if (/^(yoy|qoq|target-yoy):/.test(key) || unit === 'ratio') return { unit: 'pct', scale: 1, decimals: 1, pct: true };
  if (unit === 'JPY') return { unit: 'million', scale: 1e6, decimals: 0, pct: false };
  if (/^JPY\//.test(unit)) return { unit: 'yen', scale: 1, decimals: 2, pct: false };
  return { unit: 'shares', scale: 1, decimals: 0, pct: false };
}

/** A figure as the exchange prints it, or undefined when the data is not that precise. */
export function tseNumber(f: Figure, key: string, ctx: TseContext): string | undefined {
  const k = kindOf(key, ctx);
  const precision = new Decimal(f.precision ?? 0);
  const v = new Decimal(f.value);
  // nil: no dividend paid, and so no payout ratio (a change of exactly zero is shown as 0.0)
  if (v.isZero() && precision.isZero() && !/^(yoy|qoq|target-yoy):/.test(key)) return '-';
  const x = around(k.pct ? v.times(100) : v, k.pct ? precision.times(100) : precision);
  const abs = { mid: x.mid.abs(), lo: x.lo.abs(), hi: x.hi.abs() };
  // a ratio the company printed, as printed; a computed one at the precision its inputs support, or "n.m."
  if (k.pct && f.printed === undefined && f.kind !== 'reported') {
    const d = supportedDecimals(around(v, precision), k.decimals);
    if (d === undefined) return ctx.m.notMeaningful();
    if (d < k.decimals) { const r = showNumber(abs, { decimals: d }).text; return x.mid.isNegative() && !/^0$/.test(r) ? ctx.tse.negative(r) : r; }
  }
  let n = showNumber(abs, { scale: k.scale, decimals: k.decimals });
  let body = n.text;
  let negative = x.mid.isNegative() && !/^0(\.0+)?$/.test(body);
  if (n.ambiguous && f.kind !== 'derived') {
    // a computation that rounds either way shows the token the document printed (the model's display
    // of a ratio or per-share item is that token)
    const token = (f.printed ?? (f.ambiguous ? undefined : f.display))?.trim();
    // else a per-share figure printed in whole yen ("2,250") is shown in whole yen, never with invented sen
    for (let d = k.decimals - 1; !token && n.ambiguous && d >= 0 && !k.pct; d--) n = showNumber(abs, { scale: k.scale, decimals: d });
    if (!token) return n.ambiguous ? undefined : negative ? ctx.tse.negative(n.text) : n.text;
    negative = /^\(|^[-−△]/.test(token) && token.length > 1;
    body = token.replace(/[()%+−△]/g, '').replace(/^-/, '').trim();
  }
  return negative ? ctx.tse.negative(body) : body;
}

function periodEnd(id: string, fiscal: FiscalYear): string {
  const p = parsePeriod(id)!;
  return p.kind === 'instant' ? p.date : endDate(p, fiscal);
}

/** Months from the fiscal year's start to a date (a balance at a half's end: 6). */
function monthsTo(date: string, fiscal: FiscalYear): { months: number; fyEnd: string } {
  const fy = fiscalYearOf({ kind: 'instant', date }, fiscal);
  const open = openingDate({ kind: 'duration', fy, span: 'FY' }, fiscal);
  const [y0, m0] = open.split('-').map(Number); const [y1, m1] = date.split('-').map(Number);
  return { months: (y1 - y0) * 12 + (m1 - m0), fyEnd: endDate({ kind: 'duration', fy, span: 'FY' }, fiscal) };
}

export function rowLabel(row: Row, layout: TseLayout, ctx: TseContext, lines = false): string {
  const p = parsePeriod(row.periodId)!;
  const docEnd = periodEnd(ctx.period, ctx.fiscal);
  const end = periodEnd(row.periodId, ctx.fiscal);
  const { months, fyEnd } = p.kind === 'instant' ? monthsTo(p.date, ctx.fiscal) : { months: monthCount(p), fyEnd: endDate({ ...(p as Duration), span: 'FY' }, ctx.fiscal) };
  if (lines && p.kind === 'instant') return ctx.tse.asOf(p.date, fyEnd, months);
  const label = ctx.tse.periodRow({ months, end, fyEnd, ended: end <= docEnd, forecast: Boolean(layout.forecast) });
  return row.scenario === 'target' && !layout.forecast ? `${label}${ctx.tse.targetMark()}` : label;
}

const keyFor = (key: string, row: TseRow) => (row.scenario === 'target' && !key.startsWith('target') ? `target:${key}` : key);

function rowsOf(layout: TseLayout, ctx: TseContext): Row[] {
  const docEnd = periodEnd(ctx.period, ctx.fiscal);
  const out: Row[] = [];
  for (const r of layout.rows) {
    let periodId: string;
    try { periodId = ctx.figures.period(r.period); } catch { continue; }
    if (r.upcoming && periodEnd(periodId, ctx.fiscal) <= docEnd) continue;
    if (out.some((o) => o.periodId === periodId && o.scenario === r.scenario)) continue;
    out.push({ ...r, periodId });
  }
  return out;
}

function headOf(col: TseColumn, rows: Row[], ctx: TseContext): string {
  const reported = (id: string) => rows.every((r) => presented(ctx.figures, ctx.figures.find(id, r.periodId)));
  const key = col.heads?.find((h) => !h.when || h.when.every(reported))?.head ?? col.head;
  const text = (key && ctx.tse.head(key, ctx.words.short)) ?? ctx.labels.get(itemOf(col.key)) ?? col.key;
  // worded for the period of the column's figures, where the language does (四半期純利益 over a quarter's
  // actuals; 当期純利益 over a year's, and over targets); a column of actuals is worded by its first row's period
  const actual = rows.find((r) => r.scenario !== 'target');
  return ctx.m.labelFor(text, actual ? labelPeriod(actual.periodId, ctx.fiscal) : rows.length ? labelPeriod(rows[0].periodId, ctx.fiscal, true) : undefined);
}

type Cell = { text?: string; fig?: Figure; late?: boolean };
export interface TseGrid {
  rows: Row[]; cols: TseColumn[];
  /** [row][column] = [value, change] as printed */
  cells: (string | undefined)[][][];
  /** the figure of each printed number (none for "-" or a target not yet in force) */
  figs: (Figure | undefined)[][][];
}

/** The rows, columns and cells of a layout; rows and columns with no figure left out. */
export function tseGrid(layout: TseLayout, ctx: TseContext): TseGrid | undefined {
  const span = (parsePeriod(ctx.period) as Duration).span;
  if (layout.spans && !layout.spans.includes(span)) return undefined;
  let rows = rowsOf(layout, ctx);
  let cols = layout.columns.filter((c) => !c.spans || c.spans.includes(span));
  const docEnd = periodEnd(ctx.period, ctx.fiscal);
  /** a period still running at the document's period end shows only what was known on the document's date */
  const known = (f: Figure | undefined, periodId: string) =>
    f && (!ctx.asOf || f.scenario === 'target' || periodEnd(periodId, ctx.fiscal) <= docEnd || f.sources.every((s) => !s.date || s.date <= ctx.asOf!)) ? f : undefined;
  const cell = (r: Row, key: string | undefined): Cell => {
    if (!key) return {};
    const k = keyFor(key, r);
    const f = k === key ? known(ctx.figures.find(k, r.periodId), r.periodId) : ctx.figures.find(k, r.periodId);
    // in a row of targets, a figure that is already an actual prints "-" (its actual is in the row above)
    if (k !== key && known(ctx.figures.find(key, r.periodId), r.periodId)) return { text: '-' };
    // a target announced after the document's date was not in force when it was published
    if (f?.announced && ctx.asOf && f.announced > ctx.asOf) return { text: '', late: true };
    const text = f && tseNumber(f, k, ctx);
    return { text: text && text !== '-' ? mark(ctx.figures, f, text) : text, fig: text && text !== '-' ? f : undefined };
  };
  // the change of a target announced after the document's date goes with it (no percentage without its amount)
  let grid = rows.map((r) => cols.map((c) => { const v = cell(r, c.key); return [v, v.late ? { text: '' } : cell(r, c.change)]; }));
  ({ cols, grid } = withCurrentFigures(layout, ctx, rows, cols, grid));
  const keepRow = grid.map((row) => row.some((c) => c[0].text !== undefined && !c[0].late));
  rows = rows.filter((_, i) => keepRow[i]); grid = grid.filter((_, i) => keepRow[i]);
  const keepCol = cols.map((_, j) => grid.some((row) => row[j][0].text !== undefined));
  cols = cols.filter((_, j) => keepCol[j]); grid = grid.map((row) => row.filter((_, j) => keepCol[j]));
  if (!rows.length || !cols.length) return undefined;
  const shown = (c: Cell, dash: boolean) => (c.text === '' ? undefined : c.text ?? (dash ? '-' : undefined));
  return {
    rows, cols,
    cells: grid.map((row) => row.map(([v, c]) => [shown(v, Boolean(layout.dash)), shown(c, false)])),
    figs: grid.map((row) => row.map(([v, c]) => [v.fig, c.fig])),
  };
}

/**
 * A column is printed only with its current-period figure (release/current-column.ts): a column of
 * the current row the data does not hold is left out and reported. A layout whose missing cells
 * mean "none" (`dash`: dividends not paid) keeps its form.
 */
function withCurrentFigures<C>(layout: TseLayout, ctx: TseContext, rows: Row[], cols: TseColumn[], grid: C[][][]): { cols: TseColumn[]; grid: C[][][] } {
  if (layout.dash) return { cols, grid };
  const current = new Set([ctx.period, periodEnd(ctx.period, ctx.fiscal)]);
  try { current.add(ctx.figures.period('ytd')); } catch { /* a document without a cumulative period */ }
  const i = rows.findIndex((r) => !r.scenario && current.has(r.periodId));
  if (i < 0) return { cols, grid };
  const text = (r: number, j: number) => (grid[r][j][0] as { text?: string }).text;
  // a column no row has a figure for is left out as before, without a report
  const keep = cols.map((_, j) => text(i, j) !== undefined || grid.every((_, r) => text(r, j) === undefined));
  const label = periodLabels(rows[i].periodId, ctx.fiscal, en).short;
  cols.forEach((c, j) => { if (!keep[j]) ctx.leftOut?.(leftOutOf(say('tseColumn', headOf(c, rows, ctx)), say('noLineFigure', label, 0))); });
  return { cols: cols.filter((_, j) => keep[j]), grid: grid.map((row) => row.filter((_, j) => keep[j])) };
}

/** A column's head in the document's language. */
export function tseHead(col: TseColumn, rows: Row[], ctx: TseContext): string {
  return headOf(col, rows, ctx);
}

/** A column's unit word (JPY millions, %, JPY, Yen). */
export function tseUnit(col: TseColumn, layout: TseLayout, ctx: TseContext): string {
  const u = kindOf(col.key, ctx).unit;
  return ctx.tse.unit(u === 'yen' ? layout.perShareUnit ?? 'yen' : u);
}

/** The summary table (or lines) of a layout; '' when the data has no figure for it. */
export function buildTse(layout: TseLayout, ctx: TseContext): string {
  const b = tseGrid(layout, ctx);
  if (!b) return '';
  const t = ctx.tse;
  if (layout.style === 'reference') {
    const col = b.cols[0];
    const values = b.rows.map((r, i) => t.referenceValue(periodLabels(r.periodId, ctx.fiscal, ctx.m).short, b.cells[i][0][0] ?? ''));
    return `<p class="tse-reference">${esc(t.reference(headOf(col, b.rows, ctx)))} ${esc(values.join(' '))}</p>`;
  }
  // a target a later announcement of the row left as it was is dated as the earlier announcement, not shown as current
  const latest = (i: number) => b.figs[i].map(([f]) => f?.announced).filter((d): d is string => Boolean(d)).sort().at(-1);
  const earlier = (i: number, j: number, text: string) => {
    const d = b.figs[i][j][0]?.announced; const last = latest(i);
    return d && last && d < last ? t.earlierTarget(text, d) : text;
  };
  if (layout.style === 'lines') {
    return b.cols.map((c, j) => {
      const kind = kindOf(c.key, ctx).unit;
      const lines = b.rows.map((r, i) => (b.cells[i][j][0] === undefined ? '' : `<p class="tse-line">${esc(t.answer(rowLabel(r, layout, ctx, true), earlier(i, j, t.amount(b.cells[i][j][0]!, kind))))}</p>`)).join('');
      return lines ? `<div class="tse-lines"><p class="tse-line-head">${esc(t.answer(headOf(c, b.rows, ctx), '').trim())}</p>${lines}</div>` : '';
    }).join('');
  }
  const hasChange = b.cols.map((_, j) => b.cells.some((row) => row[j][1] !== undefined));
  const unitWord = (c: TseColumn) => tseUnit(c, layout, ctx);
  const head1 = b.cols.map((c, j) => `<th scope="colgroup"${hasChange[j] ? ' colspan="2"' : ''}>${esc(headOf(c, b.rows, ctx))}</th>`).join('');
  const head2 = b.cols.map((c, j) => `<th scope="col" class="unit">${esc(unitWord(c))}</th>${hasChange[j] ? `<th scope="col" class="unit">${esc(t.unit('pct'))}</th>` : ''}`).join('');
  const body = b.rows.map((r, i) => `<tr><th scope="row">${esc(rowLabel(r, layout, ctx))}</th>${b.cols.map((_, j) => `<td class="value">${esc(b.cells[i][j][0] ?? '')}</td>${hasChange[j] ? `<td class="chg">${esc(b.cells[i][j][1] ?? '')}</td>` : ''}`).join('')}</tr>`).join('\n');
  return `<table class="fin tse"><thead><tr><th class="label" scope="col" rowspan="2"></th>${head1}</tr><tr>${head2}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`;
}
