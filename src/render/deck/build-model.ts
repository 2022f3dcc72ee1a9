// deckModel(): templates/deck + figures → the slide model (model.ts). Pure apart from reading the
// templates: no clock, no output. The stages:
//   1. theme.yaml and slides.yaml (theme.ts, template.ts)
//   2. each slide's blocks: bullets, tables, charts, text — every number through a helper (text.ts)
//   3. the company's numbering ("I.", "II-3."), agenda, dividers
//   4. tables and bullets too long for their area continue on the next slide (paginate.ts)
//   5. speaker notes: the sources of every figure and text on the slide (notes.ts)
import { narrativeFor, type DocumentInputs } from '../inputs.js';
import type { Figure, NarrativeEntry } from '../../types.js';
import { QuarterDeckError } from '../../errors/problem.js';
import { parsePeriod } from '../../periods/period.js';
import { qoqFootnote, yoyFootnote } from '../../periods/labels.js';
import { loadTheme, region } from './theme.js';
import { loadSlides, type BlockSpec, type BulletItem, type SlideSpec, type TableSpec } from './template.js';
import { selectSections } from './select.js';
import { DeckText, type Where } from './text.js';
import { chartBlock, loadSpec } from './charts.js';
import { TemplateFault } from '../template-check.js';
import { periodsOf } from './periods.js';
import { paginate } from './paginate.js';
import { speakerNotes, type TextSource } from './notes.js';
import { cumulativeView } from './quarter-view.js';
import { documentWindow, listInWindow } from '../../periods/window.js';
import type { Block, Bullet, BulletsBlock, Cell, DeckModel, Run, Slide, TableBlock, TableColumn, TableRow } from './model.js';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

type Entry = NarrativeEntry;

/** A slide being built: what it used, for its notes. */
interface Build { figures: Map<string, Figure>; texts: TextSource[]; untranslated?: Entry[]; narrated?: boolean }

export function deckModel(given: DocumentInputs): DeckModel {
  // a quarter's deck: the cumulative period beside the quarter (quarter-view.ts)
  const inputs: DocumentInputs = { ...given, figures: cumulativeView(given.figures) };
  const { theme, dir: themeDir, file: themeFile } = loadTheme(inputs.templateDirs, inputs.profile?.theme);
  const tpl = loadSlides(inputs.templateDirs);
  // the audience's slides in its order, and its appendix (all of the deck's when it names none)
  const sections = selectSections(tpl, inputs.profile);
  const m = inputs.m;
  const period = inputs.figures.file.period;
  // narrative in the deck's language only: an entry with no translation is left out (omitted list, speaker notes)
  const { narrative, source, untranslated } = narrativeFor(inputs, period);
  const notTranslated = new Set(untranslated.map((u) => u.entry));
  const date = inputs.date ?? source?.source?.date;
  const text = new DeckText(inputs, date);
  const lang = m.lang;
  const extra = inputs.company.extra as Record<string, unknown>;
  const companyName = (lang === 'ja' ? inputs.company.name.ja : undefined) ?? inputs.company.name.en;
  const endYear = inputs.figures.roles.end?.slice(0, 4) ?? '';
  const year = date?.slice(0, 4) ?? endYear;
  const base: Record<string, unknown> = {
    company: { ...extra, name: companyName, shortName: inputs.company.shortName.en, tagline: extra.tagline },
    date: date ?? '', year,
    // the audience's unit of amounts, for unit lines of slides that leave it to the audience: 'Unit: JPY {{units}}'
    units: inputs.profile?.units ?? 'million',
  };
  const omitted: DeckModel['omitted'] = [];
  /** the slide being built */
  let current: Build | undefined;
  const narrativeFile = narrative?.source?.file ?? narrative?.dataFile ?? '';

  const render = (t: string, where: Where, ctx: Record<string, unknown> = {}) => text.render(t, { ...base, ...ctx }, where);
  /** Render, or record why not and return undefined. */
  const attempt = (slideId: string, what: string, f: () => string): string | undefined => {
    try { return f(); } catch (e) {
      // the data lacks a figure: left out and listed; a fault of the template is never left out
      if (e instanceof QuarterDeckError && !(e instanceof TemplateFault)) { omitted.push({ slide: slideId, what, reason: e.problems.map((p) => p.message + (p.hint ? ` (${p.hint})` : '')).join('; ') }); return undefined; }
      throw e;
    }
  };
  /** the slide being built: its template file may be an override folder's deck/slides/<id>.yaml */
  let slideId: string | undefined;
  const fileOf = (id?: string) => (id && tpl.files.get(id)) || tpl.file;
  const at = (line?: number, field?: string): Where => ({ file: fileOf(slideId), line, field });

  // ---- narrative -----------------------------------------------------------------------
  const matches = (v: string | undefined, want: string | string[] | undefined) => {
    if (want === undefined) return true;
    const list = Array.isArray(want) ? want : [want];
    return list.includes(v ?? 'none');
  };
  type Selection = { item?: string | string[]; label?: string | string[]; kind?: string | string[]; scope?: 'period' | 'year' | 'any' };
  /** entries of a section the deck would show but has no translation of (recorded on the slide being built) */
  const leftOut = (section: string, sel: Selection) => {
    if (!notTranslated.size || !current) return;
    const list = select(source?.sections[section] ?? [], sel).filter((e) => notTranslated.has(e));
    (current.untranslated ??= []).push(...list.filter((e) => !current!.untranslated!.includes(e)));
  };
  const entries = (section: string, sel: Selection): Entry[] => { leftOut(section, sel); return select(narrative?.sections[section] ?? [], sel); };
  const select = (list: Entry[], sel: Selection): Entry[] =>
    list.filter((e) => {
      // item and label: either matches; "none" and "none": entries that explain no item and carry no label
      if (sel.item === 'none' && sel.label === 'none') { if (e.item || e.label) return false; }
      else if (sel.item !== undefined && sel.label !== undefined) { if (!matches(e.item, sel.item) && !matches(e.label, sel.label)) return false; }
      else if (!matches(e.item, sel.item) || !matches(e.label, sel.label)) return false;
      if (!matches(e.kind, sel.kind)) return false;
      if (sel.scope === 'period' && !e.period) return false;
      if (sel.scope === 'year' && e.period) return false;
      return true;
    });
  const entryText = (b: Build, slideId: string, e: Entry, section: string): string | undefined => {
    const t = attempt(slideId, `narrative ${section}:${e.line ?? ''}`, () => text.render(e.text, base, { file: narrative?.dataFile ?? '', line: e.dataLine ?? e.line }));
    if (t !== undefined) { b.texts.push({ file: narrativeFile, line: e.line, what: section }); b.narrated = true; }
    return t;
  };

  // {{note "reasons" "Net loss attributable to noncontrolling interests"}}: a narrative entry inside a sentence
  text.helper('note', (section: string, key: string) => {
    const e = entries(section, { item: key, label: key, scope: 'year' })[0];
    if (!e) return '';
    const t = attempt('note', `narrative ${section}:${e.line ?? ''}`, () => text.render(e.text, base, { file: narrative?.dataFile ?? '', line: e.dataLine ?? e.line }));
    if (t !== undefined && current) { current.texts.push({ file: narrativeFile, line: e.line, what: section }); current.narrated = true; }
    return t ?? '';
  });

  // ---- blocks --------------------------------------------------------------------------
  const runs = (s: string, bold = false): Run[] => s.split(/\*\*/).map((t, i) => ({ text: t, bold: bold || i % 2 === 1 })).filter((r) => r.text);

  const bullets = (b: Build, slide: SlideSpec, spec: { area: string; items: BulletItem[]; size: 'body' | 'small' }, line?: number, title?: string): BulletsBlock | undefined => {
    const items: Bullet[] = [];
    for (const it of spec.items) {
      if ('text' in it) {
        if (it.needs && !needsMet(it.needs)) { omitted.push({ slide: slide.id, what: it.text, reason: `needs ${it.needs.join(', ')}` }); continue; }
        const t0 = attempt(slide.id, it.text, () => render(it.text, at(line, 'bullets')));
        if (t0 === undefined || !t0.trim()) continue;
        const t = withoutQuarterRepeat(t0, quarterLabel);
        items.push({ runs: runs(t, it.style === 'heading'), level: it.level, style: it.style });
        continue;
      }
      const list = entries(it.narrative, it);
      list.forEach((e, i) => {
        const t = entryText(b, slide.id, e, it.narrative);
        if (t === undefined || t === title) return; // a heading that repeats the slide's title
        const shown = it.format ? render(it.format, at(line, 'format'), { text: t, name: e.caption ?? e.label ?? '', entry: e }) : t;
        let level = it.level; let style = it.style;
        if (it.byKind) {
          if (e.kind === 'heading') { level = Math.max(0, it.level - 1); style = 'heading'; }
          else if (e.kind === 'footnote') { style = 'note'; }
        }
        if (it.firstAsHeading && i === 0) { level = Math.max(0, it.level - 1); style = 'heading'; }
        const caption = e.caption ?? e.label;
        const label = it.byKind && (e.kind === 'example' || e.kind === 'footnote') && caption && !it.format ? `${caption}${e.kind === 'example' ? ':' : ''} ` : '';
        items.push({ runs: [...(label ? [{ text: label, bold: true }] : []), ...runs(shown, style === 'heading')], level, style });
      });
    }
    const shown = withoutEmptyHeadings(items);
    return shown.length ? { kind: 'bullets', area: spec.area, items: shown, fontScale: spec.size === 'small' ? 0.85 : undefined } : undefined;
  };

  /** a first quarter's deck: the quarter is the period itself, so "1Q09: …, 1Q09: …" says it once */
  const quarterLabel = text.figures.period('cur') === text.figures.period('q') ? render('{{period "q" "compact"}}', at()) : undefined;
  const needsMet = (keys: string[]) => keys.every((k) => {
    const [key, role] = k.split('@');
    try { return text.figures.find(key, role) !== undefined; } catch (e) { if (e instanceof TemplateFault) throw e; return false; }
  });

  const table = (b: Build, slide: SlideSpec, spec: TableSpec, line?: number): TableBlock | undefined => {
    const where = at(line, 'table');
    // columns: fixed, then a run of periods
    interface Col { header: string; cell: string; align: TableColumn['align']; width: number; group?: string; ctx: Record<string, unknown> }
    const cols: Col[] = spec.columns.map((c) => ({ header: c.header, cell: c.cell, align: c.align, width: c.width, group: c.group, ctx: {} }));
    if (spec.periods) {
      for (const p of periodsOf(spec.periods, spec.periods.grain, text.figures, inputs.fiscal)) {
        const label = render('{{period p "compact"}}', where, { p });
        cols.push({ header: spec.periods.header, cell: spec.periods.cell, align: 'right', width: spec.periods.width, group: spec.periods.group, ctx: { col: { period: p, label } } });
      }
    }
    // rows: from the template, or from a list
    type RowIn = { key?: string; label?: string; style?: TableRow['style']; needs?: string[]; data?: Record<string, unknown>; comment?: string[]; explain?: string[] };
    let rowsIn: RowIn[] = (spec.rows ?? []).map((r) => ({ ...r }));
    if (spec.list) {
      // own properties only: a template never reaches a prototype
      const own = (o: unknown, k: string) => (o !== null && typeof o === 'object' && Object.hasOwn(o, k) ? (o as Record<string, unknown>)[k] : undefined);
      const root = own(inputs.lists, spec.list.name) as Record<string, unknown> | undefined;
      const all = spec.list.path.split('.').reduce<unknown>((o, k) => own(o, k), root);
      // the items of the deck's window only (periods/window.ts): no press release of another year
      const arr = Array.isArray(all) ? listInWindow(root, all, documentWindow(period, inputs.fiscal, date)) : all;
      if (Array.isArray(all) && Array.isArray(arr) && !arr.length) { omitted.push({ slide: slide.id, what: `list ${spec.list.name}`, reason: 'no item dated in the period' }); return undefined; }
      if (!Array.isArray(arr)) { omitted.push({ slide: slide.id, what: `list ${spec.list.name}`, reason: 'no such list in data/<company>/lists' }); return undefined; }
      let prev: unknown;
      rowsIn = arr.map((x) => {
        const d = x as Record<string, unknown>;
        const g = spec.list!.groupBy ? d[spec.list!.groupBy] : undefined;
        const first = g !== prev; prev = g;
        return { data: { ...d, first } };
      });
      const listSource = (root as { source?: { file?: string } } | undefined)?.source?.file;
      (arr as { line?: string }[]).forEach((x) => b.texts.push({ file: listSource ?? `lists/${spec.list!.name}.yaml`, line: x.line ? Number(x.line) : undefined, what: spec.list!.name }));
    }
    const header: Cell[][] = [];
    if (cols.some((c) => c.group)) {
      const groupRow: Cell[] = [{ text: '' }];
      for (const c of cols) groupRow.push({ text: c.group ? attempt(slide.id, c.group, () => render(c.group!, where, c.ctx)) ?? '' : '', align: 'center' });
      if (spec.comments) groupRow.push({ text: '' });
      header.push(groupRow);
    }
    const stubHeader = spec.stub ? render(spec.stub.header, where) : undefined;
    header.push([
      ...(spec.stub ? [{ text: stubHeader ?? '', align: 'left' as const }] : []),
      ...cols.map((c) => ({ text: attempt(slide.id, c.header, () => render(c.header, where, c.ctx)) ?? '', align: c.align })),
      ...(spec.comments ? [{ text: render(spec.comments.header, where), align: 'left' as const }] : []),
    ]);
    if (header.length === 2 && !spec.stub) header[0].shift();
    const rows: TableRow[] = [];
    const filled = new Array(cols.length).fill(false);
    for (const r of rowsIn) {
      if (r.needs && !needsMet(r.needs)) { omitted.push({ slide: slide.id, what: r.label ?? r.key ?? 'row', reason: `needs ${r.needs.join(', ')}` }); continue; }
      const row = { ...r, ...(r.data ?? {}), label: r.label ?? (r.key ? inputs.labels.get(r.key.replace(/^[a-z-]+:/, '')) : undefined) };
      const cells = cols.map((c, i) => {
        const t = attempt(slide.id, `${row.label ?? row.key ?? ''} / ${c.header}`, () => render(c.cell, where, { ...c.ctx, row }));
        if (t) filled[i] = true;
        return { text: t ?? '', align: c.align } as Cell;
      });
      if (!spec.list && cols.length && cells.every((c) => !c.text)) { omitted.push({ slide: slide.id, what: row.label ?? row.key ?? 'row', reason: 'no figures for this row' }); continue; }
      const stubText = row.label ? render(row.label, where, { row }) : '';
      const out: Cell[] = [...(spec.stub ? [{ text: stubText, align: 'left' as const, bold: r.style === 'total' }] : []), ...cells];
      if (spec.comments) {
        const lines: string[] = [];
        for (const c of r.comment ?? []) { const t = attempt(slide.id, c, () => render(c, where, { row })); if (t) lines.push(t); }
        const want = [...(r.explain ?? []), ...(r.key ? [r.key] : [])];
        for (const e of entries(spec.comments.narrative, { scope: spec.comments.scope })) {
          if (!(e.item && want.includes(e.item)) && !(e.label && (want.includes(e.label) || e.label === stubText))) continue;
          const t = entryText(b, slide.id, e, spec.comments.narrative);
          if (t) lines.push(t);
        }
        out.push({ text: lines.map((l) => `➤ ${l}`).join('\n'), align: 'left' });
      }
      rows.push({ cells: out, style: r.style });
    }
    if (!rows.length) return undefined;
    // period columns with no figure at all are left out (never a column of blanks)
    const offset = spec.stub ? 1 : 0;
    // and so are fixed columns without a figure (a quarter's table when the data lacks the quarter a year earlier)
    const drop = new Set(cols.map((c, i) => (!filled[i] && !spec.list ? i + offset : -1)).filter((i) => i >= 0));
    const keep = <T,>(list: T[]) => list.filter((_, i) => !drop.has(i));
    const columns: TableColumn[] = [
      ...(spec.stub ? [{ header: stubHeader ?? '', align: 'left' as const, width: spec.stub.width }] : []),
      ...cols.map((c) => ({ header: c.header, align: c.align, width: c.width })),
      ...(spec.comments ? [{ header: '', align: 'left' as const, width: spec.comments.width }] : []),
    ];
    return {
      kind: 'table', area: spec.area, caption: spec.caption && attempt(slide.id, spec.caption, () => render(spec.caption!, where)), dense: spec.dense,
      header: header.map((h) => (h.length === columns.length ? keep(h) : h)), columns: keep(columns), rows: rows.map((r) => ({ ...r, cells: keep(r.cells) })),
    };
  };

  const block = (b: Build, slide: SlideSpec, spec: BlockSpec, line?: number, title?: string): Block | undefined => {
    // a block's area (and its solo area) must be a region of the theme
    for (const area of [Object.values(spec)[0].area, Object.values(spec)[0].solo]) {
      if (area === undefined) continue;
      try { region(theme, area); } catch (e) { if (e instanceof QuarterDeckError) throw new TemplateFault(e.problems.map((p) => ({ ...p, ...at(line, 'area') }))); throw e; }
    }
    if ('bullets' in spec) return bullets(b, slide, spec.bullets, line, title);
    if ('table' in spec) return table(b, slide, spec.table, line);
    if ('chart' in spec) {
      // a missing or malformed spec is the template's fault; a chart the data cannot draw is left out
      loadSpec(inputs.templateDirs, spec.chart.spec, { ...at(line, 'chart.spec') });
      try {
        return chartBlock(spec.chart, region(theme, spec.chart.area), { inputs, figures: text.chartFigures, theme });
      } catch (e) {
        if (e instanceof QuarterDeckError && !(e instanceof TemplateFault)) { omitted.push({ slide: slide.id, what: `chart ${spec.chart.spec}`, reason: e.problems.map((p) => p.message).join('; ') }); return undefined; }
        throw e;
      }
    }
    const paragraphs = spec.text.paragraphs.map((p) => attempt(slide.id, p, () => render(p, at(line, 'text')))).filter((p): p is string => Boolean(p && p.trim()));
    return paragraphs.length ? { kind: 'text', area: spec.text.area, paragraphs, size: spec.text.size } : undefined;
  };

  const footnotes = (slide: SlideSpec): string[] => slide.footnotes.map((f) => {
    if ('text' in f) return attempt(slide.id, f.text, () => render(f.text, at(tpl.lines.get(slide.id), 'footnotes')));
    const role = 'yoy' in f ? f.yoy : f.qoq;
    const p = parsePeriod(text.figures.period(role));
    if (!p) return undefined;
    return 'yoy' in f ? yoyFootnote(p, inputs.fiscal, m) : qoqFootnote(p, inputs.fiscal, m);
  }).filter((x): x is string => Boolean(x));

  // ---- slides --------------------------------------------------------------------------
  const slides: Slide[] = [];
  const origin = (line?: number, id?: string) => ({ file: fileOf(id), line });
  text.tracker.reset();
  const cover: Slide = {
    id: 'cover', layout: 'cover', title: render(tpl.cover.title, at()), subtitle: render(tpl.cover.period, at()),
    lines: [render(tpl.cover.company, at()), date ? render(tpl.cover.date, at()) : '', attempt('cover', 'tagline', () => render(tpl.cover.tagline, at())) ?? ''],
    blocks: [], footnotes: [], notes: '', origin: origin(),
  };
  cover.notes = speakerNotes(m, text.tracker.reset(), []);
  slides.push(cover);

  const span = (() => { const p = parsePeriod(period); return p?.kind === 'duration' ? p.span : 'instant'; })();
  // build every section's slides first: numbering depends on which slides the data supports
  const built = sections.map((sec) => {
    const list: { spec: SlideSpec; slide: Slide; build: Build }[] = [];
    for (const s of sec.slides) {
      const line = tpl.lines.get(s.id);
      slideId = s.id;
      text.tracker.reset();
      const b: Build = { figures: new Map(), texts: [] };
      current = b;
      if (s.quarter && !/^Q[2-4]$/.test(span)) continue; // a quarter's own slide, in a quarter's deck only
      if (s.needs && !needsMet(s.needs)) { omitted.push({ slide: s.id, what: 'slide', reason: `needs ${s.needs.join(', ')}` }); continue; }
      const title = attempt(s.id, 'title', () => render(s.title, at(line, 'title')));
      if (title === undefined) continue;
      const made = s.blocks.map((bl) => ({ block: block(b, s, bl, line, title), solo: Object.values(bl)[0].solo as string | undefined }));
      const kept = made.filter((x): x is { block: Block; solo: string | undefined } => Boolean(x.block));
      if (kept.length === 1 && kept[0].solo) kept[0].block.area = kept[0].solo;
      const blocks = kept.map((x) => x.block);
      const hasContent = blocks.length > 0 || s.blocks.length === 0;
      if (!hasContent) { omitted.push({ slide: s.id, what: 'slide', reason: 'none of its blocks has data' }); continue; }
      const slide: Slide = {
        id: s.id, layout: 'content', title, unit: s.unit ? attempt(s.id, s.unit, () => render(s.unit!, at(line, 'unit'))) : undefined, blocks,
        // a translated narrative says so under the slide: "（英文資料からの翻訳）"
        footnotes: [...footnotes(s), ...(narrative?.translation && b.narrated ? [m.translated(narrative.translation.from)] : [])], notes: '', origin: origin(line, s.id),
      };
      b.figures = text.tracker.reset();
      list.push({ spec: s, slide, build: b });
    }
    return list;
  });

  let n = 0;
  const agenda: string[] = [];
  slideId = undefined;
  const numbers = sections.map((sec, si) => {
    if (!sec.numbered || !built[si].length) return undefined;
    n += 1;
    return ROMAN[n - 1] ?? String(n);
  });
  sections.forEach((sec, si) => {
    if (!sec.inAgenda || !built[si].length) return;
    const t = render(sec.agenda, at());
    agenda.push(numbers[si] ? m.deck.numbered(`${numbers[si]}.`, t) : t);
  });
  text.tracker.reset();
  slides.push({ id: 'agenda', layout: 'agenda', title: render(tpl.agenda.title, at()), lines: agenda, blocks: [], footnotes: [], notes: speakerNotes(m, new Map(), []), origin: origin() });

  sections.forEach((sec, si) => {
    const list = built[si];
    if (!list.length) return;
    const num = numbers[si];
    if (sec.divider) {
      const t = render(sec.agenda, at());
      slides.push({ id: `section-${si + 1}`, layout: 'section', number: num ? `${num}.` : undefined, title: t, blocks: [], footnotes: [], notes: speakerNotes(m, new Map(), []), origin: origin() });
    }
    // slides of one group share a number: II-4. … (1) Revenues, II-4. … (2) Cost of Revenues
    let k = 0; let part = 0; let prevGroup: string | undefined;
    const numberOf = list.map(({ spec }) => {
      if (!spec.group || spec.group !== prevGroup) { k += 1; part = 0; }
      prevGroup = spec.group;
      part += 1;
      return { k, part };
    });
    const distinct = k;
    list.forEach(({ slide, build, spec }, i) => {
      slide.number = num ? (distinct === 1 ? `${num}.` : `${num}-${numberOf[i].k}.`) : undefined;
      if (spec.group) {
        slideId = spec.id;
        const g = render(spec.group, at(tpl.lines.get(spec.id), 'group'));
        slideId = undefined;
        const parts = list.filter((x) => x.spec.group === spec.group).length;
        slide.title = parts > 1 ? m.deck.part(g, numberOf[i].part, slide.title) : `${g} ${slide.title}`;
      }
      slide.notes = speakerNotes(m, build.figures, build.texts, (build.untranslated ?? []).map((e) => `${e.line ?? ''} ${e.item ?? e.label ?? ''}`.trim()), untranslated[0]?.from);
      // what a chart leaves out is said to the presenter, never on an investor's page
      const said = chartNotesToSpeaker(slide);
      if (said.length) slide.notes = `${said.join('\n')}\n${slide.notes}`;
      // the company's note on figures its regrouping restated is for the reader: a footnote of the slide
      for (const b of slide.blocks) for (const r of (b.kind === 'chart' ? b.restated : undefined) ?? []) if (!slide.footnotes.includes(r)) slide.footnotes.push(r);
      for (const e of build.untranslated ?? []) omitted.push({ slide: slide.id, what: `narrative ${e.item ?? e.label ?? ''} (line ${e.line ?? '?'})`, reason: m.untranslated(untranslated.find((u) => u.entry === e)?.section ?? '', untranslated[0]?.from ?? 'en') });
      for (const s of paginate(slide, theme, m)) slides.push(s);
    });
  });

  const footer = text.render(theme.footer.text, base, { file: themeFile, field: 'footer.text' });
  return { theme, themeDir, lang, title: `${cover.subtitle} ${cover.title}`, company: companyName, footer, marking: inputs.profile?.marking, slides, omitted };
}

/** Move the charts' notes ("No figures for 9M06: not shown") from the slide to its speaker notes. */
function chartNotesToSpeaker(slide: Slide): string[] {
  const said: string[] = [];
  for (const b of slide.blocks) if (b.kind === 'chart' && b.note) { said.push(b.note); delete b.note; }
  return said;
}

/** A heading that introduces what follows ("Operating income:") is left out when nothing follows it. */
function withoutEmptyHeadings(items: Bullet[]): Bullet[] {
  return items.filter((it, i) => {
    const text = it.runs.map((r) => r.text).join('').trim();
    if (!/[:：]$/.test(text)) return true;
    const next = items[i + 1];
    return next !== undefined && next.style !== 'heading' && next.level > it.level;
  });
}

/** "1Q09: JPY13,887 million (up 6.4% YoY), 1Q09: up 6.4% YoY" → the first clause, when the period is named twice. */
function withoutQuarterRepeat(text: string, label: string | undefined): string {
  if (!label) return text;
  const esc = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const twice = new RegExp(`(${esc}[:：]? [^]*?)[,、] ${esc}[:：]? [^]*$`);
  return twice.test(text) ? text.replace(twice, '$1') : text;
}
