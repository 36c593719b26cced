import { createHash } from 'node:crypto';
import { escapeHtml, markdownToHtml } from '../enablement/render.ts';
import type { PublicEntry } from './changelog.ts';

/**
 * The public changelog as HTML and Atom. Every piece of note text goes through the enablement renderer's one
 * escaping path (Markdown: links http(s)/mailto only, no images, raw HTML shown as text); the page carries no
 * script and its only style is the sheet below, allowed by hash.
 */

const STYLE = `body{font:16px/1.6 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:760px;margin:2rem auto;padding:0 1rem;color:#1a1b1e}
header{border-bottom:2px solid #228be6;margin-bottom:1.5rem}h1{font-size:1.8rem;margin:0 0 .4rem}
article{border-bottom:1px solid #dee2e6;padding-bottom:1.2rem;margin-bottom:1.2rem}h2{font-size:1.3rem;margin:0}
.meta{color:#495057;font-size:.9rem;margin:.2rem 0 .6rem}a{color:#1864ab}code{background:#f1f3f5;padding:0 .2rem}
pre{background:#f1f3f5;padding:.6rem;overflow:auto}blockquote{margin:0;padding:.3rem 1rem;border-left:4px solid #ced4da}
table{border-collapse:collapse}th,td{border:1px solid #ced4da;padding:.3rem .5rem}`;

/** The page's one style sheet as a Content-Security-Policy source. */
export const CHANGELOG_STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

const day = (d: Date) =>
  d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function changelogHtml(entries: readonly PublicEntry[], feedPath: string): string {
  const items =
    entries.length === 0
      ? '<p>Nothing published yet.</p>'
      : entries
          .map(
            (e) => `<article id="${e.key}">
<h2>${escapeHtml(e.title)}</h2>
<p class="meta"><time datetime="${e.publishedAt.toISOString()}">${day(e.publishedAt)}</time> · ${escapeHtml(e.releaseName)}</p>
${markdownToHtml(e.body, 2)}</article>`,
          )
          .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Changelog</title><style>${STYLE}</style>
<link rel="alternate" type="application/atom+xml" title="Changelog feed" href="${escapeHtml(feedPath)}"></head>
<body><header><h1>Changelog</h1><p class="meta">What is new, newest first. <a href="${escapeHtml(feedPath)}">Atom feed</a></p></header>
<main>
${items}
</main></body></html>
`;
}

/** XML text: the five characters XML gives meaning to, escaped (the HTML escapes are the same set). */
const xml = escapeHtml;

/** An Atom feed of the same entries; links are relative to the feed's own address (RFC 4287 allows it). */
export function changelogAtom(entries: readonly PublicEntry[], pagePath: string, feedPath: string): string {
  const updated = (entries[0]?.publishedAt ?? new Date(0)).toISOString();
  const feedId = `tag:tandem,2026:changelog:${createHash('sha256').update(pagePath).digest('hex').slice(0, 16)}`;
  const items = entries
    .map(
      (e) => `<entry><id>${feedId}:${e.key}</id><title>${xml(e.title)}</title>
<updated>${e.publishedAt.toISOString()}</updated><link href="${xml(`${pagePath}#${e.key}`)}"/>
<content type="html">${xml(markdownToHtml(e.body, 2))}</content></entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="${xml(feedPath)}"><id>${feedId}</id><title>Changelog</title>
<updated>${updated}</updated><author><name>Changelog</name></author><link rel="self" href="${xml(feedPath)}"/><link href="${xml(pagePath)}"/>
${items}
</feed>
`;
}
