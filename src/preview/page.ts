// The preview's page (its script and styles are src/preview/assets/) and the documents as the page
// frames them: each with its own policy (no scripts, nothing fetched), in a sandboxed frame.
import { escapeAttr as esc } from '../format/escape.js';

/** The documents' own policy, over the page's: inline styles, inline images and fonts, nothing else. */
export const DOCUMENT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

export function pageHtml(title: string, lang = 'en'): string {
  return `<!doctype html><html lang="${esc(lang)}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta name="viewport" content="width=device-width"><link rel="stylesheet" href="/assets/app.css"></head>
<body><header id="bar"></header><main id="docs"><section id="release-view" class="doc"></section><section id="deck-view" class="doc"></section></main>
<aside id="panel" hidden></aside><aside id="changes" hidden></aside><div id="overlay" hidden></div><div id="toast" hidden></div>
<script type="module" src="/assets/app.js"></script></body></html>`;
}

/** A rendered document with its policy first in its head. */
export function documentHtml(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${DOCUMENT_POLICY}">`;
  const at = html.search(/<head[^>]*>/i);
  if (at < 0) return `<!doctype html><html><head>${meta}</head><body>${html}</body></html>`;
  const end = html.indexOf('>', at) + 1;
  return `${html.slice(0, end)}${meta}${html.slice(end)}`;
}
