// The preview page's script: the switcher, the documents in sandboxed frames (patched in place on
// every update, so the scroll position stays), the figure panel, the fault overlay, the changes
// view and the Build button. Every word comes from the server (src/messages/preview-en.ts).
const $ = (s) => document.querySelector(s);
const h = (tag, attrs = {}, ...kids) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) { if (k === 'on') for (const [ev, f] of Object.entries(v)) e.addEventListener(ev, f); else if (v !== undefined && v !== false) e.setAttribute(k, v === true ? '' : v); }
  for (const k of kids.flat()) if (k !== undefined && k !== null && k !== false) e.append(k instanceof Node ? k : String(k));
  return e;
};

const app = { words: undefined, choices: undefined, sel: {}, view: undefined, events: undefined, show: 'release' };

const query = () => new URLSearchParams(Object.entries(app.sel).filter(([, v]) => v)).toString();
const api = async (path, init) => { const r = await fetch(`${path}${path.includes('?') ? '&' : '?'}${query()}`, init); return r.json(); };

function select(name, label, values, value) {
  return h('label', {}, label, ' ', h('select', { name, on: { change: (e) => { app.sel[name] = e.target.value; history.replaceState(null, '', `?${query()}`); connect(); load(); } } },
    values.map((v) => h('option', { value: v, selected: v === value }, v))));
}

function bar() {
  const w = app.words; const c = app.choices; const s = app.sel;
  const tab = (id, label) => h('button', { type: 'button', 'data-tab': id, 'aria-pressed': String(app.show === id), on: { click: () => showTab(id) } }, label);
  $('#bar').replaceChildren(
    select('period', w.period, c.periods, s.period ?? app.view?.period),
    select('audience', w.audience, c.audiences, s.audience),
    select('lang', w.language, c.languages, s.lang ?? app.view?.lang),
    select('theme', w.theme, c.themes, s.theme ?? app.view?.theme),
    tab('release', w.release), tab('deck', w.deck),
    h('button', { type: 'button', id: 'changes-button', on: { click: toggleChanges } }, w.changes),
    h('button', { type: 'button', id: 'build-button', on: { click: runBuild } }, w.build),
    h('span', { id: 'status' }),
  );
}

function showTab(id) {
  app.show = id;
  $('#docs').dataset.show = id;
  for (const b of document.querySelectorAll('[data-tab]')) b.setAttribute('aria-pressed', String(b.dataset.tab === id));
  // a frame loaded while its tab was hidden has no height yet
  const frame = $(`#${id}-frame`);
  if (frame) size(frame);
  if (app.events) connect();
}

const SCREEN = {
  release: (d) => `html{background:#e5e5e5}body{box-sizing:border-box;width:210mm;min-height:297mm;margin:12px auto;padding:${d.margin.top} ${d.margin.right} ${d.margin.bottom} ${d.margin.left};background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.3)}`,
  deck: () => 'html{background:#e5e5e5}body{padding:12px 0}section.slide{margin:0 auto 16px;box-shadow:0 1px 4px rgba(0,0,0,.3)}',
};
const MARKS = 'svg [data-figure]{pointer-events:auto}svg [data-figure]:hover{fill:#2b6cb0}svg [data-figure].qd-selected{fill:#dd6b20}[data-figure]{cursor:pointer;border-radius:2px}[data-figure]:hover{background:rgba(43,108,176,.15);outline:1px solid rgba(43,108,176,.6)}[data-figure].qd-selected{background:rgba(221,107,32,.25);outline:2px solid #dd6b20}';

/** Put the document into its frame: the first time as the frame's document (resolves when it has
 *  loaded), then patched in place. */
async function place(kind, d) {
  const holder = $(`#${kind}-view`);
  let frame = holder.querySelector('iframe');
  if (!d) { holder.hidden = true; return; }
  holder.hidden = false;
  const extra = `<style id="qd-screen">${SCREEN[kind](d)}${MARKS}</style>`;
  if (!frame) {
    frame = h('iframe', { sandbox: 'allow-same-origin', title: kind, id: `${kind}-frame` });
    frame.style.width = kind === 'deck' ? `calc(${d.width}in + 24px)` : 'calc(210mm + 24px)';
    const loaded = new Promise((done) => frame.addEventListener('load', () => { wire(frame); size(frame); done(); }, { once: true }));
    frame.srcdoc = d.html.replace(/<\/head>/i, `${extra}</head>`);
    holder.append(frame);
    return loaded;
  }
  const doc = frame.contentDocument;
  const next = new DOMParser().parseFromString(d.html, 'text/html');
  const selected = doc.querySelector('.qd-selected');
  selected?.classList.remove('qd-selected');
  // only what differs is replaced: the styles when they changed, the body's changed blocks
  const head = next.head.innerHTML + extra;
  if (frame.dataset.head !== head) {
    doc.head.replaceChildren(...[...next.head.childNodes].map((n) => doc.importNode(n, true)));
    doc.head.insertAdjacentHTML('beforeend', extra);
    frame.dataset.head = head;
  }
  patch(doc, doc.body, next.body);
  for (const a of next.body.attributes) if (doc.body.getAttribute(a.name) !== a.value) doc.body.setAttribute(a.name, a.value);
  if (selected) doc.querySelector(`[data-figure="${CSS.escape(selected.dataset.figure)}"]`)?.classList.add('qd-selected');
  size(frame);
}

/** Make `into`'s children those of `from`: the common first and last ones stay, the rest is replaced. */
function patch(doc, into, from) {
  const a = [...into.childNodes]; const b = [...from.childNodes];
  let start = 0;
  while (start < a.length && start < b.length && a[start].isEqualNode(b[start])) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end].isEqualNode(b[b.length - 1 - end])) end++;
  const gone = a.slice(start, a.length - end); const came = b.slice(start, b.length - end);
  // one block changed in place (a sentence, a table): patch inside it, so that the page keeps the rest
  if (gone.length === 1 && came.length === 1 && gone[0].nodeType === 1 && gone[0].nodeName === came[0].nodeName && gone[0].childNodes.length > 1) {
    for (const x of [...gone[0].attributes]) if (!came[0].hasAttribute(x.name)) gone[0].removeAttribute(x.name);
    for (const x of came[0].attributes) if (gone[0].getAttribute(x.name) !== x.value) gone[0].setAttribute(x.name, x.value);
    patch(doc, gone[0], came[0]);
    return;
  }
  const at = a[a.length - end] ?? null;
  for (const n of gone) n.remove();
  for (const n of came) into.insertBefore(doc.importNode(n, true), at);
}

const size = (frame) => { const doc = frame.contentDocument; if (doc?.documentElement) frame.style.height = `${doc.documentElement.scrollHeight + 4}px`; };

function wire(frame) {
  const doc = frame.contentDocument;
  doc.addEventListener('click', (e) => {
    const el = e.target.closest?.('[data-figure]');
    if (!el) return;
    e.preventDefault();
    for (const x of doc.querySelectorAll('.qd-selected')) x.classList.remove('qd-selected');
    el.classList.add('qd-selected');
    openFigure(el.dataset.figure);
  });
  doc.addEventListener('keydown', keys);
}

/** The shown document first (`first`: as an update event brought it), then the other; the overlay lists the faults of both. */
async function load(first) {
  const order = app.show === 'deck' ? ['deck', 'release'] : ['release', 'deck'];
  const faults = new Map(); const present = new Set();
  for (const [i, doc] of order.entries()) {
    const v = i === 0 && first?.doc === doc ? first : await api(`/api/view?doc=${doc}`);
    if (i === 0 && app.view && v.version < app.view.version) return;
    app.view = v;
    await place(doc, v[doc]);
    if (v[doc] || (v.stale && $(`#${doc}-frame`))) present.add(doc);
    for (const f of v.faults) faults.set(f.text, f);
    overlay([...faults.values()]);
    if (i === 0) {
      document.body.dataset.version = String(v.version);
      document.body.dataset.stale = String(v.stale);
      // the document in view is painted before the other is asked for (rendering it takes the server a while)
      await new Promise((done) => { requestAnimationFrame(() => setTimeout(done, 0)); setTimeout(done, 100); });
    }
  }
  // an audience without a release (or a deck): the tab of the document it has
  if (!present.has(app.show) && present.size) showTab([...present][0]);
  await wordsOf(app.view.lang);
  document.body.dataset.complete = String(app.view.version);
  if (!$('#changes').hidden) await renderChanges();
}

/** The page's own words in the documents' language (the switcher's, else the audience's). */
async function wordsOf(lang) {
  if (!lang || lang === app.lang) return;
  const w = await api('/api/words');
  app.words = w.words; app.lang = w.lang;
  document.documentElement.lang = w.lang;
  document.title = w.words.title;
  if ($('#bar').childElementCount) bar();
  if (!$('#changes').hidden) await renderChanges();
}

const kindWord = (k) => app.words.kinds?.[k] ?? k;

function overlay(faults) {
  const o = $('#overlay');
  if (!faults?.length) { o.hidden = true; o.replaceChildren(); return; }
  o.hidden = false;
  o.replaceChildren(h('h2', {}, app.words.faultTitle), h('ul', {}, faults.map((f) => h('li', { class: 'fault' },
    h('code', { class: 'where' }, `${f.file ?? ''}${f.line ? `:${f.line}` : ''}`), ' ',
    h('span', { class: 'message' }, `${f.field ? `${f.field}: ` : ''}${f.message}`),
    f.expected || f.found ? h('div', { class: 'ef' }, [f.expected && `${app.words.expected} ${f.expected}`, f.found && `${app.words.found} ${f.found}`].filter(Boolean).join(', ')) : null,
    f.hint ? h('div', { class: 'hint' }, f.hint) : null))));
}

const row = (label, ...value) => h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, ...value));
const figureLink = (id, text) => h('a', { href: '#', 'data-open': id, on: { click: (e) => { e.preventDefault(); openFigure(id); } } }, text ?? id);

/** "a@P = b@P − c@P" with each input a link. */
function formula(text, inputs) {
  if (!text) return null;
  const ids = new Set(inputs.map((i) => i.id));
  const out = text.split(/([\w.:-]+@[\w-]+)/).map((part) => (ids.has(part) ? figureLink(part) : part));
  return h('code', { class: 'formula' }, out);
}

function sourceItem(s, p) {
  return h('li', { class: 'source' },
    h('div', {}, h('b', {}, s.document), ` (${s.date}) · ${p.seed} `, h('code', {}, `${s.seed}:${s.seedLine}`)),
    s.dataFile ? h('div', {}, `${p.data} `, h('code', { class: 'data-file' }, `${s.dataFile}:${s.dataLine}`)) : null,
    s.cell ? h('div', {}, `${p.cell} `, h('code', {}, s.cell)) : null,
    s.text ? h('pre', { class: 'data-line' }, s.text) : null);
}

async function openFigure(id) {
  const p = app.words.panel;
  const r = await fetch(`/api/figures/${encodeURIComponent(id)}?${query()}`);
  const f = await r.json();
  const panel = $('#panel');
  panel.hidden = false;
  if (!r.ok) { panel.replaceChildren(h('p', {}, f.error)); return; }
  panel.dataset.figure = f.id;
  panel.replaceChildren(...[
    h('button', { type: 'button', class: 'close', on: { click: () => { panel.hidden = true; } } }, p.close),
    h('h2', {}, f.label), h('p', { class: 'id' }, h('code', {}, f.id), ' ', h('span', { class: `kind kind-${f.kind}` }, kindWord(f.kind))),
    h('table', {}, row(p.period, f.periodLabel), row(p.display, h('b', {}, f.display)), row(p.value, h('code', {}, f.value)), row(p.unit, f.unit),
      row(p.kind, kindWord(f.kind)), f.precision ? row(p.precision, h('code', {}, f.precision)) : null, f.printed ? row(p.printed, f.printed) : null),
    f.formula ? h('section', {}, h('h3', {}, p.formula), formula(f.formula, f.inputs)) : null,
    f.inputs.length ? h('section', {}, h('h3', {}, p.inputs), h('ul', {}, f.inputs.map((i) => h('li', {}, figureLink(i.id, i.label), ` = ${i.display} `, h('span', { class: `kind kind-${i.kind}` }, kindWord(i.kind)))))) : null,
    h('section', {}, h('h3', {}, p.sources), f.sources.length ? h('ul', {}, f.sources.map((s) => sourceItem(s, p))) : h('p', {}, p.none)),
    f.superseded.length ? h('section', {}, h('h3', {}, p.superseded), h('ul', {}, f.superseded.map((s) => h('li', {}, `${p.printed} "${s.printed}" — ${s.document} (${s.date}) `, h('code', {}, `${s.seed}:${s.seedLine}`))))) : null,
    f.errata.length ? h('section', {}, h('h3', {}, p.errata), h('ul', {}, f.errata.map((e) => h('li', {}, h('b', {}, e.id), `: ${p.printed} "${e.printed}"${e.correct ? ` → "${e.correct}"` : ''}. ${p.evidence}: ${e.evidence} `, h('code', {}, `${e.dataFile}:${e.dataLine}`))))) : null,
  ].filter(Boolean));
}

async function toggleChanges() {
  const box = $('#changes');
  box.hidden = !box.hidden;
  if (!box.hidden) await renderChanges();
}

async function renderChanges() {
  const w = app.words.changesView;
  const c = await api('/api/changes');
  const box = $('#changes');
  if (!c.package) { box.replaceChildren(h('p', {}, w.none), ...await leftOut()); return; }
  const head = h('p', {}, `${c.figures.length ? w.builtAt : w.same}: `, h('code', {}, c.package), c.builtAt ? ` (${c.builtAt})` : '');
  const figs = c.figures.map((x) => h('tr', { 'data-change': x.id }, h('td', {}, figureLink(x.id, `${x.label}, ${x.periodLabel}`)), h('td', {}, w[x.change]),
    h('td', { class: 'old' }, x.old?.display ?? ''), h('td', {}, '→'), h('td', { class: 'new' }, x.new?.display ?? ''),
    h('td', {}, x.sources.map((s) => h('div', {}, h('code', {}, `${s.dataFile ?? s.seed}:${s.dataLine ?? s.seedLine}`), s.text ? ` ${s.text}` : '')), x.inputs.length ? h('div', {}, `${w.inputsChanged}: `, x.inputs.map((i) => figureLink(i))) : null)));
  const sents = c.sentences.map((s) => h('li', { class: 'sentence' }, h('div', { class: 'before' }, `${w.before}: ${s.before ?? '—'}`), h('div', { class: 'after' }, `${w.after}: ${s.after ?? '—'}`)));
  box.replaceChildren(...[head, c.figures.length ? h('h3', {}, w.figures) : null, c.figures.length ? h('table', { class: 'changes' }, figs) : null,
    c.sentences.length ? h('h3', {}, w.sentences) : null, c.sentences.length ? h('ul', {}, sents) : null, ...await leftOut()].filter(Boolean));
}

/** What the documents leave out and why, in the documents' language (the build lists the same in manifest.json). */
async function leftOut() {
  const { omitted = [] } = await api('/api/omitted');
  if (!omitted.length) return [];
  return [h('h3', {}, app.words.changesView.leftOut), h('ul', { id: 'left-out' }, omitted.map((o) => h('li', { class: 'omitted' },
    o.document ? h('code', {}, o.document) : null, o.document ? ' ' : null, `${o.what} — ${o.reason}`)))];
}

async function runBuild() {
  const w = app.words; const t = $('#toast');
  if (app.building) return;
  app.building = true;
  t.hidden = false; t.className = 'busy'; t.replaceChildren(w.building);
  try {
    const r = await api('/api/build', { method: 'POST', headers: { 'x-quarterdeck': 'build' } });
    t.className = r.ok ? 'ok' : 'failed';
    t.replaceChildren(...[r.ok ? h('p', {}, r.summary) : h('p', {}, r.error ?? r.summary),
      h('ul', {}, (r.outputs ?? []).map((o) => h('li', {}, h('code', {}, o)))),
      r.findings?.length ? h('div', {}, w.findings, h('ul', {}, r.findings.map((f) => h('li', {}, f)))) : null,
      r.faults?.length ? h('ul', {}, r.faults.map((f) => h('li', { class: 'fault' }, f.text))) : null].filter(Boolean));
    if (r.ok && !$('#changes').hidden) await renderChanges();
  } finally { app.building = false; }
}

function keys(e) {
  if (e.key !== 'b' || e.ctrlKey || e.metaKey || e.altKey) return;
  const tag = (e.target?.tagName ?? '').toLowerCase();
  if (tag === 'input' || tag === 'select' || tag === 'textarea') return;
  e.preventDefault();
  runBuild();
}

function connect() {
  app.events?.close();
  app.events = new EventSource(`/api/events?${query()}&doc=${app.show}`);
  app.events.addEventListener('update', (e) => { const v = JSON.parse(e.data); if (!app.view || v.version > app.view.version) load(v); });
}

async function start() {
  const o = await (await fetch('/api/options')).json();
  const q = new URLSearchParams(location.search);
  app.words = o.words; app.lang = o.lang; app.choices = o.choices ?? o;
  app.sel = { audience: q.get('audience') ?? o.selection.audience, period: q.get('period') ?? o.selection.period, lang: q.get('lang') ?? o.selection.lang, theme: q.get('theme') ?? o.selection.theme };
  document.addEventListener('keydown', keys);
  connect();
  await load();
  bar();
  showTab(app.show);
  document.body.dataset.ready = 'true';
}

start();
