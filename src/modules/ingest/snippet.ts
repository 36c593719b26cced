/**
 * The one line a website source shows to paste (the sources screen renders it; pure, so the web app may
 * import it). The script it loads is built from @plausible-analytics/tracker (snippet-bundle.ts).
 */

export const SNIPPET_PATH = '/ingest/plausible/js/tandem.js';

/**
 * The script's version in the snippet's address: answered with a year's cache when it matches. It names the
 * tracker's version (snippet-bundle.test.ts fails when the installed one differs) and the glue's revision.
 */
export const SNIPPET_VERSION = '0.4.6-1';

const escapeAttribute = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** `<script defer src="https://HOST/ingest/plausible/js/tandem.js?v=…" data-key="KEY"></script>` */
export function snippetFor(origin: string, key: string): string {
  const base = new URL(origin).origin;
  const src = `${base}${SNIPPET_PATH}?v=${SNIPPET_VERSION}`;
  return `<script defer src="${escapeAttribute(src)}" data-key="${escapeAttribute(key)}"></script>`;
}
