// A table block: fixed columns and a run of period columns; rows from the template or from a list
// of data/<company>/lists; a comments column from the narrative. Rows and columns without a figure
// are left out (never a row or column of blanks), and so is a period the data holds for some rows only.
import type { SlideSpec, TableSpec } from '../../../template/slides-schema.js';
import type { Cell, TableBlock, TableColumn, TableRow } from '../../../contract/deck.js';
import type { Where } from '../text.js';
import type { Build, DeckEnv } from '../deck-env.js';
import type { DeckNarrative } from '../deck-narrative.js';
import { periodsOf } from '../periods.js';
import { documentWindow, listInWindow } from '../../../periods/window.js';
import { templateRowData } from '../row-data.js';
import { omissionSaid } from '../../../messages/omissions-en.js';

interface Col { header: string; cell: string; align: TableColumn['align']; width: number; group?: string; ctx: Record<string, unknown> }
type RowIn = { key?: string; label?: string; style?: TableRow['style']; needs?: string[]; data?: Record<string, unknown>; comment?: string[]; explain?: string[] };
interface Table { env: DeckEnv; story: DeckNarrative; b: Build; slide: SlideSpec; spec: TableSpec; where: Where }

export function tableBlock(env: DeckEnv, story: DeckNarrative, b: Build, slide: SlideSpec, spec: TableSpec, line?: number): TableBlock | undefined {
  const t: Table = { env, story, b, slide, spec, where: env.at(line, 'table') };
  const cols = columnsOf(t);
  const rowsIn = spec.list ? listRows(t) : (spec.rows ?? []).map((r) => ({ ...r }));
  if (!rowsIn) return undefined;
  const { header, stubHeader } = headerRows(t, cols);
  const filled = new Array(cols.length).fill(false);
  let rows = rowsIn.map((r) => bodyRow(t, cols, r, filled)).filter((r): r is TableRow => r !== undefined);
  if (!rows.length) return undefined;
  // period columns with no figure at all are left out, and so are fixed columns without a figure
  // (a quarter's table when the data lacks the quarter a year earlier)
  const offset = spec.stub ? 1 : 0;
  const drop = new Set(cols.map((c, i) => (!filled[i] && !spec.list ? i + offset : -1)).filter((i) => i >= 0));
  // a period of a run the data holds only for some rows is left out and reported, never printed half
  // empty (release/current-column.ts: the same rule for the release's tables)
  for (const i of partialPeriods(t, cols, rows, filled, offset)) drop.add(i + offset);
  rows = rows.filter((r) => r.cells.some((c, i) => i >= offset && i < offset + cols.length && !drop.has(i) && c.text));
  if (!rows.length) return undefined;
  const keep = <T,>(list: T[]) => list.filter((_, i) => !drop.has(i));
  const columns: TableColumn[] = [
    ...(spec.stub ? [{ header: stubHeader ?? '', align: 'left' as const, width: spec.stub.width }] : []),
    ...cols.map((c) => ({ header: c.header, align: c.align, width: c.width })),
    ...(spec.comments ? [{ header: '', align: 'left' as const, width: spec.comments.width }] : []),
  ];
  return {
    kind: 'table', area: spec.area, caption: spec.caption && env.attempt(slide.id, spec.caption, () => env.render(spec.caption!, t.where)), dense: spec.dense,
    header: header.map((h) => (h.length === columns.length ? keep(h) : h)), columns: keep(columns), rows: rows.map((r) => ({ ...r, cells: keep(r.cells) })),
  };
}

/** The period columns (indexes into cols) that some rows have a figure in and others not; each reported. */
function partialPeriods({ env, slide, spec }: Table, cols: Col[], rows: TableRow[], filled: boolean[], offset: number): number[] {
  if (spec.list || !spec.periods) return [];
  const out: number[] = [];
  cols.forEach((c, i) => {
    const col = c.ctx.col as { label?: string } | undefined;
    if (!col || !filled[i]) return;
    const have = rows.filter((r) => r.cells[i + offset]?.text).length;
    if (have === rows.length) return;
    out.push(i);
    env.leftOut(slide.id, omissionSaid('column', String(col.label ?? i)), omissionSaid('someRows', String(col.label ?? i), have, rows.length));
  });
  return out;
}

/** columns: fixed, then a run of periods */
function columnsOf({ env, spec, where }: Table): Col[] {
  const cols: Col[] = spec.columns.map((c) => ({ header: c.header, cell: c.cell, align: c.align, width: c.width, group: c.group, ctx: {} }));
  if (spec.periods) {
    for (const p of periodsOf(spec.periods, spec.periods.grain, env.text.figures, env.inputs.fiscal)) {
      const label = env.render('{{period p "compact"}}', where, { p });
      cols.push({ header: spec.periods.header, cell: spec.periods.cell, align: 'right', width: spec.periods.width, group: spec.periods.group, ctx: { col: { period: p, label } } });
    }
  }
  return cols;
}

/** rows from a list: the items of the deck's window only (periods/window.ts), each recorded for the notes; undefined when there are none */
function listRows({ env, b, slide, spec }: Table): RowIn[] | undefined {
  const list = spec.list!;
  // own properties only: a template never reaches a prototype
  const own = (o: unknown, k: string) => (o !== null && typeof o === 'object' && Object.hasOwn(o, k) ? (o as Record<string, unknown>)[k] : undefined);
  const root = own(env.inputs.lists, list.name) as Record<string, unknown> | undefined;
  const all = list.path.split('.').reduce<unknown>((o, k) => own(o, k), root);
  const arr = Array.isArray(all) ? listInWindow(root, all, documentWindow(env.s.period, env.inputs.fiscal, env.s.date)) : all;
  if (Array.isArray(all) && Array.isArray(arr) && !arr.length) { env.leftOut(slide.id, `list ${list.name}`, 'no item dated in the period'); return undefined; }
  if (!Array.isArray(arr)) { env.leftOut(slide.id, `list ${list.name}`, 'no such list in data/<company>/lists'); return undefined; }
  let prev: unknown;
  const rows = arr.map((x) => {
    const d = x as Record<string, unknown>;
    const g = list.groupBy ? d[list.groupBy] : undefined;
    const first = g !== prev; prev = g;
    return { data: { ...d, first } };
  });
  const listSource = (root as { source?: { file?: string } } | undefined)?.source?.file;
  (arr as { line?: string }[]).forEach((x) => b.texts.push({ file: listSource ?? `lists/${list.name}.yaml`, line: x.line ? Number(x.line) : undefined, what: list.name }));
  return rows;
}

/** header rows: a group row when a column has a group, then the column heads */
function headerRows({ env, slide, spec, where }: Table, cols: Col[]): { header: Cell[][]; stubHeader?: string } {
  const header: Cell[][] = [];
  if (cols.some((c) => c.group)) {
    const groupRow: Cell[] = [{ text: '' }];
    for (const c of cols) groupRow.push({ text: c.group ? env.attempt(slide.id, c.group, () => env.render(c.group!, where, c.ctx)) ?? '' : '', align: 'center' });
    if (spec.comments) groupRow.push({ text: '' });
    header.push(groupRow);
  }
  const stubHeader = spec.stub ? env.render(spec.stub.header, where) : undefined;
  header.push([
    ...(spec.stub ? [{ text: stubHeader ?? '', align: 'left' as const }] : []),
    ...cols.map((c) => ({ text: env.attempt(slide.id, c.header, () => env.render(c.header, where, c.ctx)) ?? '', align: c.align })),
    ...(spec.comments ? [{ text: env.render(spec.comments.header, where), align: 'left' as const }] : []),
  ]);
  if (header.length === 2 && !spec.stub) header[0].shift();
  return { header, stubHeader };
}

/** one row: its cells (a row without a figure is left out), its stub, its comments */
function bodyRow(t: Table, cols: Col[], r: RowIn, filled: boolean[]): TableRow | undefined {
  const { env, slide, spec, where } = t;
  if (r.needs && !env.needsMet(r.needs)) { env.leftOut(slide.id, r.label ?? r.key ?? 'row', omissionSaid('needs', r.needs.join(', ')), { conditional: true }); return undefined; }
  // a template row's data values are templates, as its label is; a list's rows are data, printed as they are (row-data.ts)
  const data = spec.list ? r.data : templateRowData(r.data, (x) => env.render(x, where, { row: r }));
  const row = { ...r, ...(data ?? {}), label: r.label ?? (r.key ? env.inputs.labels.get(r.key.replace(/^[a-z-]+:/, '')) : undefined) };
  const cells = cols.map((c, i) => {
    const text = env.attempt(slide.id, `${row.label ?? row.key ?? ''} / ${c.header}`, () => env.render(c.cell, where, { ...c.ctx, row }));
    if (text) filled[i] = true;
    return { text: text ?? '', align: c.align } as Cell;
  });
  if (!spec.list && cols.length && cells.every((c) => !c.text)) { env.leftOut(slide.id, row.label ?? row.key ?? 'row', omissionSaid('noRowFigures')); return undefined; }
  const stubText = row.label ? env.render(row.label, where, { row }) : '';
  const out: Cell[] = [...(spec.stub ? [{ text: stubText, align: 'left' as const, bold: r.style === 'total' }] : []), ...cells];
  if (spec.comments) out.push({ text: commentLines(t, r, row, stubText).map((l) => `➤ ${l}`).join('\n'), align: 'left' });
  return { cells: out, style: r.style };
}

/** the comments of a row: its own lines, then the narrative entries that explain its item or label */
function commentLines({ env, story, b, slide, spec, where }: Table, r: RowIn, row: Record<string, unknown>, stubText: string): string[] {
  const comments = spec.comments!;
  const lines: string[] = [];
  for (const c of r.comment ?? []) { const t = env.attempt(slide.id, c, () => env.render(c, where, { row })); if (t) lines.push(t); }
  const want = [...(r.explain ?? []), ...(r.key ? [r.key] : [])];
  for (const e of story.entries(comments.narrative, { scope: comments.scope })) {
    if (!(e.item && want.includes(e.item)) && !(e.label && (want.includes(e.label) || e.label === stubText))) continue;
    const t = story.text(b, slide.id, e, comments.narrative);
    if (t) lines.push(t);
  }
  return lines;
}
