// Tables of the release from layouts (templates/release/tables/*.yaml): which items in which order,
// indentation, totals and columns — never numbers. Every cell is a figure of the FigureSet. A row
// with no figure for any of its periods is left out, so is a column with no figure in any row,
// and a heading with no row under it: the table adapts to what the data has for the period.
import { Decimal } from 'decimal.js';
import type { FigureSet } from '../figure-set.js';
import type { Messages } from '../../messages/en.js';
import type { Notes } from './notes.js';
import { TemplateFault } from '../../errors/template-fault.js';
import { superscript } from './notes.js';
import { showNumber } from '../../format/display.js';
import { around, exact, type Interval } from '../../calc/interval.js';
import { footedColumn } from './footing-columns.js';
import { fiscalYearOf, monthCount, parsePeriod } from '../../periods/period.js';
import { eraInForce, type PresentationEra } from '../presentation-eras.js';
import { labelPeriod } from '../label-period.js';
import type { LabelPeriod } from '../../messages/en.js';
import { comparisonOf, periodLabels } from '../../periods/labels.js';
import type { Comparison, Figure } from '../../contract/figures.js';
import type { FiscalYear } from '../../periods/period.js';
import { mark, marking } from '../figure-mark.js';
import { currentColumnRule, type LeftOut } from './current-column.js';
import { en } from '../../messages/en.js';
import { presented } from '../presented.js';
import type { ComparableWords } from '../not-comparable.js';
import type { ColumnSpec, RowSpec, Scale, Show, TableLayout } from '../../template/release-layouts.js';
import { escapeText as esc } from '../../format/escape.js';
import { SCALES } from '../../format/amount-unit.js';


export interface BuildContext {
  figures: FigureSet;
  labels: Map<string, string>;
  items: Map<string, { unit: string; time: string; sum?: { item: string; sign: 1 | -1 }[] }>;
  m: Messages;
  fiscal: FiscalYear;
  notes: Notes;
  columnSets: Record<string, ColumnSpec[]>;
  /** a layout's text in the document's language: "t:<key>" is a catalog message (its argument
   *  `label`: the item's label), any other text is printed as written, in every language */
  word: (text: string, label?: string) => string;
  /** figures the document's earlier rounded tables printed (item@period@scale): printed the same again */
  footed?: Map<string, Decimal>;
  /** the company's presentation eras (render/presentation-eras.ts) */
  eras?: PresentationEra[];
  /** the mark and note of a change with no comparable figure (render/not-comparable.ts) */
  comparable?: ComparableWords;
  /** a table or line left out for want of its current-period figures (the document's report) */
  leftOut?: (o: LeftOut) => void;
}

/** `note`: a note the cell refers to (a change with no comparable figure), numbered as `ref` once the
 *  table is known to print (buildTable) */
interface Cell { text: string; cls?: string; note?: string; ref?: number }
interface BuiltRow { label: string; level: number; cls: string[]; cells: (Cell | undefined)[]; heading: boolean; text: string; refs: string[] }
interface Column extends ColumnSpec { role: string; periodId: string; footed?: Map<string, Decimal> }


function columnsOf(layout: TableLayout, ctx: BuildContext, roles: Record<string, string>): Column[] {
  const specs = typeof layout.columns === 'string' ? ctx.columnSets[layout.columns] : layout.columns;
  if (!specs) throw new Error(`unknown column set "${String(layout.columns)}"`);
  const out: Column[] = [];
  for (const c of specs) {
    const role = roles[c.period] ?? c.period;
    let periodId: string;
    // a period this document lacks leaves the column out; a role no document has is a TemplateFault
    try { periodId = ctx.figures.period(role); } catch (e) { if (e instanceof TemplateFault) throw e; continue; }
    out.push({ ...c, role, periodId });
  }
  return out;
}

function interval(f: Figure) { return around(new Decimal(f.value), new Decimal(f.precision ?? 0)); }

/** A figure's value at a scale, or undefined when the data is not that precise (never invent digits). */
function amount(f: Figure, scale: number, decimals: number, footed?: Decimal): string | undefined {
  const x = interval(f);
  if (x.mid.isZero() && new Decimal(f.precision ?? 0).isZero()) return '-';
  // the table's footing rounding (a part a unit off its plain rounding so that the sum foots)
  if (footed !== undefined && decimals === 0) return showNumber(exact(footed), { scale }).text;
  const n = showNumber(x, { scale, decimals });
  if (!n.ambiguous) return n.text;
  // a printed figure is never shown finer than it was printed
  if (f.kind !== 'derived') return undefined;
  // a derived figure is exact arithmetic on printed figures (5,405 + 4,826 + 313): shown in the unit
  // they were printed in; in a finer table (thousands, from figures printed in millions or billions) a dash
  const step = new Decimal(scale).times(new Decimal(10).pow(-decimals));
  return new Decimal(f.grain ?? f.precision ?? 0).lte(step.div(2)) ? n.text : '—';
}

const isYen = (unit: string) => unit === 'JPY';

/**
 * The convenience translation of a yen figure at the table's scale: no more digits than the yen
 * figure has. A figure the table cannot show (known only to the million in a thousands table: a
 * dash or a blank) has no translation to show either.
 */
function usdAmount(x: Interval, base: Figure, rate: Decimal, scale: number, decimals: number): Cell | undefined {
  const yen = amount(base, scale, decimals);
  if (yen === undefined) return undefined;
  if (yen === '—') return { text: '—' };
  const step = new Decimal(scale).times(new Decimal(10).pow(-decimals));
  const half = new Decimal(base.grain ?? base.precision ?? 0).div(rate.abs());
  return half.gt(step.div(2)) ? { text: '—' } : { text: showNumber(x, { scale, decimals }).text };
}
const stripPct = (s: string) => s.replace('%', '');

/** A cell, its text marked with the figure it shows (the preview's data-figure; render/figure-mark.ts). */
function cellFor(col: Column, row: RowSpec, layout: TableLayout, ctx: BuildContext): Cell | undefined {
  if (!marking(ctx.figures)) return cellOf(col, row, layout, ctx);
  let first: Figure | undefined;
  const figures = Object.create(ctx.figures) as BuildContext['figures'];
  figures.find = (key: string, role?: string) => { const f = ctx.figures.find(key, role); first ??= f; return f; };
  const c = cellOf(col, row, layout, { ...ctx, figures });
  return c && !/^[-—]$/.test(c.text) ? { ...c, text: mark(ctx.figures, first, c.text) } : c;
}

function cellOf(col: Column, row: RowSpec, layout: TableLayout, ctx: BuildContext): Cell | undefined {
  const key = row.item!;
  const unit = ctx.items.get(key.replace(/^[a-z-]+:/, ''))?.unit ?? '';
  const scale = SCALES[row.unit ?? col.unit ?? layout.unit];
  const decimals = row.decimals ?? 0;
  const f = (k: string) => ctx.figures.find(k, col.role);
  switch (col.show) {
    case 'value': case 'target': {
      const fig = f(col.show === 'target' ? `target:${key}` : key);
      if (!fig) return undefined;
      if (unit === 'ratio') return { text: fig.display };
      if (isYen(unit)) { const t = amount(fig, scale, decimals, col.show === 'value' && !row.unit ? col.footed?.get(key) : undefined); return t === undefined ? undefined : { text: t }; }
      if (new Decimal(fig.value).isZero() && !new Decimal(fig.precision ?? 0).gt(0)) return { text: '-' };
      return { text: row.showUnit ? `${fig.display} ${unit}` : fig.display };
    }
    case 'usd': {
      const fig = f(`usd:${key}`); const base = f(key);
      if (!fig || !base) return undefined;
      const rate = new Decimal(base.value).isZero() ? new Decimal(1) : new Decimal(base.value).div(fig.value);
      const x = around(new Decimal(fig.value), new Decimal(base.precision ?? 0).div(rate.abs()));
      if (x.mid.isZero() && new Decimal(base.precision ?? 0).isZero()) return { text: '-' };
      // the translation of the yen figure as shown (the convenience translation is of the printed amount)
      if (!isYen(unit)) return { text: showNumber(x, { decimals: 2 }).text };
      return usdAmount(x, base, rate, scale, decimals);
    }
    case 'pct': {
      if (!row.pct) return undefined;
      const time = ctx.items.get(key)?.time;
      const fig = f(`${time === 'instant' ? 'pct-of-assets' : 'pct-of-revenue'}:${key}`);
      const base = f(key);
      if (base && new Decimal(base.value).isZero() && !new Decimal(base.precision ?? 0).gt(0)) return { text: '-' };
      return fig ? { text: stripPct(fig.display) } : undefined;
    }
    case 'yoy': case 'qoq': {
      if (unit === 'ratio') return undefined;
      const fig = f(`${col.show}:${key}`);
      return fig ? { text: fig.display } : notComparableCell(`${col.show}:${key}`, col, ctx);
    }
    case 'yoy-diff': case 'qoq-diff': case 'ytd-diff': {
      const fig = f(`${col.show}:${key}`);
      if (!fig) return notComparableCell(`${col.show}:${key}`, col, ctx);
      if (isYen(unit)) {
        const n = showNumber(interval(fig), { scale, decimals });
        return { text: scale === 1e6 ? fig.display.replace(/^\+/, '') : n.text };
      }
      const text = fig.display.replace(/^\+/, '');
      return { text: row.showUnit ? `${text} ${unit}` : text };
    }
  }
}

/** A % of total revenues (assets) is printed only beside the amount it is a percentage of. */
function withoutPctOfMissing(cells: (Cell | undefined)[], cols: Column[]): (Cell | undefined)[] {
  return cells.map((c, i) => {
    if (!c || cols[i].show !== 'pct') return c;
    const amount = cols.findIndex((x) => x.show === 'value' && x.periodId === cols[i].periodId);
    return amount >= 0 && cells[amount] === undefined ? undefined : c;
  });
}

/** A change with no comparable figure (a line first reported after the period compared with): the mark and its note. */
function notComparableCell(key: string, col: Column, ctx: BuildContext): Cell | undefined {
  const n = ctx.comparable && ctx.figures.notComparable(key, col.role);
  return n ? { text: ctx.comparable!.mark, note: esc(ctx.comparable!.note(n)) } : undefined;
}

/** Is every `when` item reported (printed, not derived) for every period of the table? */
function reportedEverywhere(when: string[], cols: Column[], ctx: BuildContext): boolean {
  const periods = [...new Set(cols.filter((c) => c.show === 'value').map((c) => c.role))];
  return when.every((id) => periods.every((role) => {
    return presented(ctx.figures, ctx.figures.find(id, role));
  }));
}

/** The period a table's row labels are worded for: its current column's (the last value column, as for the
 *  current-column rule below; render/label-period.ts). */
function rowPeriod(cols: Column[], ctx: BuildContext): LabelPeriod | undefined {
  const col = [...cols].reverse().find((c) => c.show === 'value');
  return col ? labelPeriod(col.periodId, ctx.fiscal) : undefined;
}

function buildRows(specs: RowSpec[], level: number, cols: Column[], layout: TableLayout, ctx: BuildContext): BuiltRow[] {
  const out: BuiltRow[] = [];
  for (const spec of specs) {
    if (spec.oneOf) {
      // the presentation in force for the document's fiscal year (a FY2009 table never takes FY2008's wording)
      const fy = fiscalYearOf(parsePeriod(ctx.figures.file.period)!, ctx.fiscal);
      const inEra = spec.oneOf.filter((alt) => eraInForce(ctx.eras ?? [], alt.era, fy));
      const pick = inEra.find((alt) => !alt.when || reportedEverywhere(alt.when, cols, ctx)) ?? inEra.at(-1);
      if (pick) out.push(...buildRows(pick.rows, level, cols, layout, ctx));
      continue;
    }
    const cls = [spec.bold ? 'bold' : '', spec.total ? 'total' : ''].filter(Boolean);
    if (spec.heading !== undefined && !spec.item) {
      const children = buildRows(spec.rows ?? [], level + 1, cols, layout, ctx);
      const heading = ctx.m.labelFor(ctx.word(spec.heading), rowPeriod(cols, ctx));
      if (children.some((r) => !r.heading)) out.push({ label: esc(heading), text: heading, refs: [], level, cls: [...cls, 'heading'], cells: cols.map(() => undefined), heading: true }, ...children);
      continue;
    }
    if (!spec.item) continue;
    const cells = withoutPctOfMissing(cols.map((c) => cellFor(c, spec, layout, ctx)), cols);
    const values = cells.filter((c, i) => c && (cols[i].show === 'value' || cols[i].show === 'usd' || cols[i].show === 'target'));
    const anyNonZero = values.some((c) => c!.text !== '-');
    if (!values.length || (!anyNonZero && !spec.keepZero)) {
      // a row without figures is left out, with the rows under it
      continue;
    }
    const itemLabel = ctx.labels.get(spec.item) ?? spec.item;
    // worded for the period of the table's figures, where the language does (四半期純利益 in a quarter's table)
    const text = ctx.m.labelFor(spec.label === undefined ? itemLabel : ctx.word(spec.label, itemLabel), rowPeriod(cols, ctx));
    // footnotes are numbered when the row is known to print (buildTable)
    const refs: string[] = [];
    if (spec.note) refs.push(esc(ctx.word(spec.note, itemLabel)));
    // a row with figures of a year the company's regrouping restates: the company's note
    const restated = cols.filter((c) => c.show === 'value').map((c) => ctx.figures.find(spec.item!, c.role)?.restated).find(Boolean);
    if (restated) refs.push(esc(restated));
    out.push({ label: esc(text), text, refs, level, cls, cells, heading: false });
    if (spec.rows) out.push(...buildRows(spec.rows, level + 1, cols, layout, ctx));
  }
  return out;
}

function periodHeader(col: Column, layout: TableLayout, ctx: BuildContext): string {
  const p = parsePeriod(col.periodId)!;
  if (layout.header === 'long') return ctx.m.release.statementPeriod(p.kind === 'instant' ? undefined : monthCount(p), periodLabels(p, ctx.fiscal, ctx.m).end);
  return periodLabels(p, ctx.fiscal, ctx.m).short;
}

function unitHeader(col: Column, row: { unit?: Scale } | undefined, layout: TableLayout, ctx: BuildContext): string {
  const r = ctx.m.release;
  switch (col.show) {
    case 'value': case 'target': return r.unit(col.unit ?? layout.unit);
    case 'usd': return r.unit(`usd-${col.unit ?? layout.unit}`);
    case 'pct': return r.unit(parsePeriod(col.periodId)?.kind === 'instant' ? 'pct-of-assets' : 'pct-of-revenue');
    default: return '';
  }
  void row;
}

const CHANGE_HEADERS: Partial<Record<Show, (m: Messages, vs?: Comparison) => string>> = {
  yoy: (m, vs) => m.release.yoyChange(vs), qoq: (m, vs) => m.release.qoqChange(vs),
  'yoy-diff': (m, vs) => m.release.yoyDiff(vs), 'qoq-diff': (m, vs) => m.release.yoyDiff(vs), 'ytd-diff': (m, vs) => m.release.ytdDiff(vs),
};

/** Build a table; undefined when it has no row with a figure (the template leaves the block out). */
export function buildTable(layout: TableLayout, ctx: BuildContext, roles: Record<string, string> = {}, opts: { cls?: string; caption?: string; name?: string } = {}): string | undefined {
  let cols = columnsOf(layout, ctx, roles);
  // rounded tables foot unless the layout says plain (figures in units of one or thousands are exact)
  for (const c of cols) {
    const scale = SCALES[c.unit ?? layout.unit];
    if (c.show === 'value' && layout.rounding !== 'plain' && scale >= 1e6) c.footed = footedColumn(layout.rows, c.role, scale, ctx.figures, ctx.items, ctx.footed ??= new Map(), layout.rounding === 'footing');
  }
  const built = buildRows(layout.rows, 0, cols, layout, ctx);
  if (!built.some((r) => !r.heading)) return undefined;
  // the current period's column (the last value column) must have its figures: a table of the prior
  // period alone says nothing new, and an empty column is not publishable (release/current-column.ts)
  const current = cols.map((c) => c.show).lastIndexOf('value');
  const title = layout.title ? ctx.word(layout.title) : opts.name ?? 'table';
  const period = current >= 0 ? periodLabels(parsePeriod(cols[current].periodId)!, ctx.fiscal, en).short : '';
  const decided = currentColumnRule(built, current, { statement: Boolean(layout.statement), title, period });
  for (const o of decided.leftOut) ctx.leftOut?.(o);
  if (!decided.rows) return undefined;
  const rows = decided.rows;
  for (const r of rows) {
    for (const c of r.cells) if (c?.note) c.ref = ctx.notes.ref(c.note);
    for (const n of r.refs) r.label += `<sup class="note-ref">${superscript(ctx.notes.ref(n))}</sup>`;
  }
  // leave out columns with no figure in any row
  const keep = cols.map((_, i) => rows.some((r) => r.cells[i] !== undefined));
  cols = cols.filter((_, i) => keep[i]);
  for (const r of rows) r.cells = r.cells.filter((_, i) => keep[i]);
  // a % change column needs a value column of its period
  const units = cols.map((c) => unitHeader(c, undefined, layout, ctx));
  const unitRow = !layout.noUnitRow && units.some(Boolean);

  const head1: string[] = ['<th class="label" scope="col"' + (unitRow ? ' rowspan="2"' : '') + '></th>'];
  for (let i = 0; i < cols.length;) {
    const c = cols[i];
    const change = CHANGE_HEADERS[c.show];
    if (change) { head1.push(`<th scope="col" class="chg"${unitRow ? ' rowspan="2"' : ''}>${esc(change(ctx.m, comparisonOf(`${c.show}:`, c.periodId, ctx.fiscal)))}</th>`); i++; continue; }
    let j = i + 1;
    while (j < cols.length && cols[j].periodId === c.periodId && !CHANGE_HEADERS[cols[j].show]) j++;
    const text = c.show === 'target' ? `${periodHeader(c, layout, ctx)} (${ctx.m.release.target()})` : periodHeader(c, layout, ctx);
    head1.push(`<th scope="colgroup" colspan="${j - i}">${esc(text)}</th>`);
    i = j;
  }
  const head2 = unitRow ? cols.map((c, i) => (CHANGE_HEADERS[c.show] ? '' : `<th scope="col" class="unit">${esc(units[i])}</th>`)).join('') : '';
  const body = rows.map((r) => {
    const cells = r.cells.map((c, i) => `<td class="${cols[i].show}">${c ? esc(c.text) : ''}${c?.ref ? `<sup class="note-ref">${superscript(c.ref)}</sup>` : ''}</td>`).join('');
    return `<tr class="${['l' + r.level, ...r.cls].join(' ')}"><th scope="row">${r.label}</th>${cells}</tr>`;
  }).join('\n');
  const colgroup = `<colgroup><col class="label">${cols.map((c) => `<col class="${c.show}">`).join('')}</colgroup>`;
  const caption = opts.caption ? `<caption>${esc(opts.caption)}</caption>` : '';
  return `<table class="fin ${opts.cls ?? ''}">${caption}${colgroup}<thead><tr>${head1.join('')}</tr>${unitRow ? `<tr>${head2}</tr>` : ''}</thead>\n<tbody>\n${body}\n</tbody></table>`;
}
