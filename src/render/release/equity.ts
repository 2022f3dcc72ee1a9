// The statement of shareholders' equity: a matrix of balances (balance-sheet items at the opening
// and closing dates of each fiscal year) and movements (eq.* items of the year) by component.
// Layout from templates/release/tables/<name>.yaml; rows and columns without figures are left out.
import { Decimal } from 'decimal.js';
import type { BuildContext } from './tables.js';
import { showNumber } from '../../format/display.js';
import { around } from '../../calc/interval.js';
import { mark } from '../figure-mark.js';
import { endDate, openingDate, parsePeriod, type Duration } from '../../periods/period.js';
import { periodLabels } from '../../periods/labels.js';
import { en } from '../../messages/en.js';
import { omissionSaid as say } from '../../messages/omissions-en.js';
import { leftOutOf } from './current-column.js';
import type { EquityLayout } from '../../template/release-layouts.js';
import { escapeText as esc } from '../../format/escape.js';



function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The statement for fiscal-year roles `years` (oldest first), in JPY thousands, or in USD thousands
 * (`usd`) at the period-end rate. Undefined when the data has no balance for the first opening date.
 */
export function buildEquity(layout: EquityLayout, ctx: BuildContext, years: string[], usd = false): string | undefined {
  const { figures, m, items } = ctx;
  const periods = years.map((r) => { try { return figures.period(r); } catch { return undefined; } }).filter((p): p is string => Boolean(p));
  if (!periods.length) return undefined;
  const cell = (key: string, period: string): string | undefined => {
    const unit = items.get(key)?.unit;
    const f = figures.find(usd && unit === 'JPY' ? `usd:${key}` : key, period);
    if (!f) return undefined;
    const base = usd && unit === 'JPY' ? figures.find(key, period) : f;
    const v = new Decimal(f.value);
    const prec = new Decimal(base?.precision ?? 0).div(usd && unit === 'JPY' && base ? new Decimal(base.value).div(f.value).abs() : 1);
    if (v.isZero() && prec.isZero()) return '-';
    if (v.isZero()) return '-';
    const n = showNumber(around(v, prec), unit === 'JPY' ? { scale: 1e3 } : {});
    return n.ambiguous && !usd ? undefined : mark(figures, f, n.text);
  };
  type Row = { label: string; cells: (string | undefined)[]; cls: string };
  const rows: Row[] = [];
  const balance = (date: string, label: string) => rows.push({ label: m.release.balanceAt(label), cells: layout.columns.map((c) => cell(c.item, date)), cls: 'balance' });
  periods.forEach((period, i) => {
    const p = parsePeriod(period) as Duration;
    const open = openingDate({ ...p, span: 'FY' }, ctx.fiscal);
    if (i === 0) balance(open, dayAfter(open));
    for (const mv of layout.movements) {
      const cells = layout.columns.map((c) => (mv.cells[c.item] ? cell(mv.cells[c.item], period) : undefined));
      if (cells.some((c) => c !== undefined && c !== '-')) rows.push({ label: ctx.word(mv.label), cells, cls: 'movement' });
    }
    const end = endDate(p, ctx.fiscal);
    balance(end, end);
  });
  if (!rows.length || rows[0].cells.every((c) => c === undefined)) return undefined;
  if (!closesWhole(rows, layout, ctx, periods.at(-1)!, usd)) return undefined;
  const keep = layout.columns.map((_, i) => rows.some((r) => r.cells[i] !== undefined));
  const cols = layout.columns.filter((_, i) => keep[i]);
  const units = cols.map((c) => (items.get(c.item)?.unit === 'JPY' ? m.release.unit(usd ? 'usd-thousand' : 'thousand') : m.release.unit('shares')));
  const head = `<thead><tr><th class="label" rowspan="2"></th>${cols.map((c) => `<th scope="col">${esc(c.label === undefined ? ctx.labels.get(c.item) ?? c.item : ctx.word(c.label, ctx.labels.get(c.item) ?? c.item))}</th>`).join('')}</tr>`
    + `<tr>${units.map((u) => `<th scope="col" class="unit">${esc(u)}</th>`).join('')}</tr></thead>`;
  const body = rows.map((r) => `<tr class="${r.cls}"><th scope="row">${esc(r.label)}</th>${r.cells.filter((_, i) => keep[i]).map((c) => `<td class="value">${c ?? ''}</td>`).join('')}</tr>`).join('\n');
  return `<table class="fin equity"><thead></thead>${head}<tbody>\n${body}\n</tbody></table>`.replace('<thead></thead>', '');
}

/**
 * A statement prints whole or not at all: the last year's closing balance must have every component
 * the first opening balance has (release/current-column.ts); otherwise it is left out and reported.
 */
function closesWhole(rows: { cells: (string | undefined)[]; cls: string }[], layout: EquityLayout, ctx: BuildContext, last: string, usd: boolean): boolean {
  const opening = rows[0].cells.filter((c) => c !== undefined).length;
  const closing = rows.at(-1)!.cells.filter((c) => c !== undefined).length;
  if (closing >= opening) return true;
  if (usd) return false;
  const label = periodLabels(last, ctx.fiscal, en).short;
  const title = layout.title ? ctx.word(layout.title) : 'equity statement';
  ctx.leftOut?.(leftOutOf(title, closing ? say('someBalances', label, closing, opening) : say('noFigures', label)));
  return false;
}
