// `quarterdeck preview`: a local web server (Hono on Node's http server, loopback only) that shows
// the package's release and deck as the renderers make them, every figure a link to where it came
// from, updated live (server-sent events) as the data and template folders change.
//
// Hono: a small, dependency-free framework on web-standard Request/Response, with server-sent
// events built in (hono/streaming) and a maintained Node adapter; nothing here needs more.
import { readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { Hono, type Context } from 'hono';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import { serve, type ServerType } from '@hono/node-server';
import { previewEn as say } from '../messages/preview-en.js';
import { previewWords } from '../messages/preview-ja.js';
import { projectRoot } from '../build.js';
import { PreviewState, languageOf, type View } from './state.js';
import { omissionIn } from '../messages/omissions-ja.js';
import { DOCUMENTS, omittedOf, templateDirsOf, type DocumentName, type PreviewConfig, type Selection } from './render.js';
import { figureDetail } from './figure-detail.js';
import { changesFor, notePackage } from './changes.js';
import { choicesFor, selectionOf } from './choices.js';
import { Builder } from './build-action.js';
import { watchFolders, type Watcher } from './watch.js';
import { liveData } from './live-data.js';
import { pageHtml, documentHtml } from './page.js';

export interface PreviewOptions extends PreviewConfig { port: number; selection: Selection }

export interface Preview { url: string; port: number; close: () => Promise<void>; folders: string[]; state: PreviewState }

/** The page's policy: its own script and styles only; nothing from the network. */
export const PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const ASSETS: Record<string, string> = { 'app.js': 'text/javascript; charset=utf-8', 'app.css': 'text/css; charset=utf-8' };
const assetsDir = () => join(projectRoot(), 'src', 'preview', 'assets');

/** A path under one of `roots` (links resolved), or undefined: the server never reads outside its folders. */
export function insideRoots(roots: string[], path: string): string | undefined {
  if (!path || isAbsolute(path) || path.includes('\0')) return undefined;
  for (const root of roots) {
    const p = resolve(root, path);
    const rel = relative(root, p);
    if (rel.startsWith('..') || isAbsolute(rel)) continue;
    try {
      const real = realpathSync(p); const realRoot = realpathSync(root);
      const r = relative(realRoot, real);
      if (!r.startsWith('..') && !isAbsolute(r)) return real;
    } catch { /* not there */ }
  }
  return undefined;
}

function viewJson(v: View, sel: Selection) {
  const r = v.rendered;
  return {
    version: v.version, stale: v.stale, faults: v.faults, selection: sel,
    period: r?.period, lang: r?.lang, theme: r?.theme,
    release: r?.release && { html: documentHtml(r.release.html), margin: r.release.margin },
    deck: r?.deck && { html: documentHtml(r.deck.html), width: r.deck.width, height: r.deck.height },
  };
}

type Streams = Map<SSEStreamingApi, { sel: Selection; doc: DocumentName }>;

function routes(app: Hono, o: PreviewOptions, state: PreviewState, builder: Builder, streams: Streams): void {
  const sel = (c: Context) => selectionOf((n) => c.req.query(n), o.selection);
  const doc = (c: Context) => DOCUMENTS.find((d) => d === c.req.query('doc'));
  /** the page's words in the preview's language: the switcher's, else the audience's */
  const words = (s: Selection) => {
    const lang = languageOf(o, s);
    return { lang: lang === 'ja' ? 'ja' : 'en', words: previewWords(lang).page };
  };
  app.get('/', (c) => { const w = words(sel(c)); return c.html(pageHtml(w.words.title, w.lang)); });
  app.get('/api/words', (c) => c.json(words(sel(c))));
  app.get('/assets/:name', (c) => {
    const name = c.req.param('name');
    if (!Object.hasOwn(ASSETS, name)) return c.json({ error: say.notFound(name) }, 404);
    return c.body(readFileSync(join(assetsDir(), name), 'utf8'), 200, { 'Content-Type': ASSETS[name] });
  });
  app.get('/api/options', (c) => c.json({ ...choicesFor(o), selection: o.selection, ...words(sel(c)), version: state.version }));
  app.get('/api/view', async (c) => c.json(viewJson(await state.view(sel(c), doc(c)), sel(c))));
  app.get('/api/figures/:id', async (c) => {
    const id = c.req.param('id');
    const r = (await state.view(sel(c), doc(c) ?? 'release')).rendered;
    const d = r && figureDetail(r.inputs.figures, r.data, id);
    return d ? c.json(d) : c.json({ error: say.noFigure(id) }, 404);
  });
  app.get('/api/source', (c) => {
    const path = c.req.query('path') ?? '';
    const file = insideRoots([join(o.dataDir, o.company), ...templateDirsOf(o)], path);
    if (!file) return c.json({ error: say.refusedPath(path) }, 403);
    const lines = readFileSync(file, 'utf8').split('\n');
    const line = Number(c.req.query('line') ?? 1);
    const from = Math.max(1, line - 3);
    return c.json({ path, line, from, lines: lines.slice(from - 1, from + 6) });
  });
  app.get('/api/changes', async (c) => {
    const s = sel(c); const r = (await state.view(s)).rendered;
    return r ? c.json(await changesFor(o, s, r)) : c.json({ error: say.notFound('render') }, 409);
  });
  // what the documents leave out and why, in the preview's language (manifest.json's `omitted` as the build would write it)
  app.get('/api/omitted', async (c) => {
    const s = sel(c); const r = (await state.view(s)).rendered;
    return r ? c.json({ lang: r.lang, omitted: omittedOf(r).map((o) => omissionIn(o, r.lang)) }) : c.json({ error: say.notFound('render') }, 409);
  });
  app.post('/api/build', async (c) => {
    // a page of another site cannot set this header (no cross-site build requests)
    if (c.req.header('x-quarterdeck') !== 'build') return c.json({ error: say.needsHeader() }, 403);
    if (builder.busy) return c.json({ error: say.buildRunning() }, 409);
    const r = await builder.run(sel(c));
    // the package just built is the files as they are: its sentences, for the changes view
    if (r.ok) { const v = await state.view(sel(c)); if (v.rendered && !v.stale) notePackage(o, sel(c), v.rendered); }
    const w = previewWords(words(sel(c)).lang).page;
    return c.json({ ...r, summary: r.ok ? w.built(r.outputs.length, r.ms) : w.buildFailed });
  });
  app.get('/api/events', (c) => streamSSE(c, async (stream) => {
    streams.set(stream, { sel: sel(c), doc: doc(c) ?? 'release' });
    await stream.writeSSE({ event: 'hello', data: JSON.stringify({ version: state.version }) });
    await new Promise<void>((done) => stream.onAbort(() => done()));
    streams.delete(stream);
  }));
}

/** Every response: the page's policy; requests for another host name are refused (DNS rebinding). */
function guard(app: Hono, port: () => number): void {
  app.use('*', async (c, next) => {
    const host = c.req.header('host') ?? '';
    if (host !== `127.0.0.1:${port()}` && host !== `localhost:${port()}`) return c.json({ error: say.refusedHost(host) }, 403);
    await next();
    c.header('Content-Security-Policy', PAGE_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cache-Control', 'no-store');
  });
}

/**
 * After a burst of saves: a new version; the document each page shows is rendered at once and sent
 * with the announcement (the page patches it in place without asking again). The other document is
 * rendered when the page asks for it, so that it never holds up the one in view.
 */
function onChange(state: PreviewState, streams: Streams) {
  return (files: string[]) => {
    const version = state.bump(files);
    const changed = files.map((f) => relative(process.cwd(), f));
    for (const [stream, s] of streams) {
      void state.view(s.sel, s.doc).then(async (v) => {
        if (state.version !== version) return;
        await stream.writeSSE({ event: 'update', data: JSON.stringify({ ...viewJson(v, s.sel), doc: s.doc, files: changed }) });
      }).catch(() => undefined);
    }
  };
}

export async function startPreview(o: PreviewOptions): Promise<Preview> {
  const state = new PreviewState(o);
  // before the first save, the files may be those of the package in out/
  state.onRendered = (s, r, version) => { if (version === 0) notePackage(o, s, r); };
  const builder = new Builder(o);
  const streams: Streams = new Map();
  const app = new Hono();
  let port = o.port;
  guard(app, () => port);
  routes(app, o, state, builder, streams);
  app.onError((e, c) => c.json({ error: String((e as Error).message).split('\n')[0] }, 500));
  const server: ServerType = await new Promise((ok, fail) => {
    const s = serve({ fetch: app.fetch, port: o.port, hostname: '127.0.0.1' }, () => ok(s));
    s.once('error', fail);
  });
  port = (server.address() as AddressInfo).port;
  const folders = [join(o.dataDir, o.company), ...templateDirsOf(o)];
  const watcher: Watcher = watchFolders(folders, onChange(state, streams));
  await watcher.ready;
  // warm: the default selection is rendered before the first page asks for it
  void state.view(o.selection, 'release').then(() => state.view(o.selection, 'deck')).then(() => liveData(o.dataDir, o.company).warm()).catch(() => undefined);
  const close = async () => {
    await watcher.close();
    for (const s of streams.keys()) s.abort();
    await new Promise<void>((done) => { server.close(() => done()); (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.(); });
    await builder.close();
  };
  return { url: `http://127.0.0.1:${port}/`, port, close, folders, state };
}
