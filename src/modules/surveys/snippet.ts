/**
 * The line a survey's page offers to paste into a customer's site or app (pure, so the web app imports it).
 * The script it loads (client-scripts.ts, served at EMBED_PATH) shows the survey in a small widget and posts
 * answers to the public answers route; `window.tandemSurvey.show()` shows it on demand.
 */

export const EMBED_PATH = '/s/embed.js';
/** Bump when embed.js or embed.css changes: the snippet's address names it, and that address is cached for a year. */
export const EMBED_VERSION = '1';

const escapeAttribute = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export type SurveySnippetOptions = {
  /** Only when the page calls `window.tandemSurvey.show()`, rather than on the first visit. */
  manual?: boolean;
};

/** `<script defer src="https://HOST/s/embed.js?v=1" data-survey="ID" data-distinct-id=""></script>` */
export function surveySnippetFor(
  origin: string,
  surveyId: string,
  options: SurveySnippetOptions = {},
): string {
  const src = `${new URL(origin).origin}${EMBED_PATH}?v=${EMBED_VERSION}`;
  const manual = options.manual ? ' data-trigger="manual"' : '';
  return `<script defer src="${escapeAttribute(src)}" data-survey="${escapeAttribute(surveyId)}" data-distinct-id=""${manual}></script>`;
}
