import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { LIMITS, SURVEY_SCALES, type SurveyKind } from '../../core/enums.ts';
import { sha256 } from '../../core/secrets.ts';
import type { Db } from '../../db/client.ts';
import { escapeHtml } from '../enablement/render.ts';
import { products } from '../products/schema.ts';
import { surveyRecipients, surveys } from './schema.ts';
import { DEFAULT_FOLLOW_UP, DEFAULT_THANK_YOU, SURVEY_WORDING, scoresOf } from './wording.ts';

/**
 * The hosted survey page, /s/{surveyId}: plain HTML rendered here (no login, no web app bundle: it opens fast
 * on a phone), made interactive by one small same-origin script (page-script.ts) that posts the answer to the
 * public answers route and shows the thank-you. Every piece of survey text goes through the one escaping path
 * (enablement's escapeHtml); the page's only style is the sheet below, allowed by hash.
 */

export type PageSurvey = {
  id: string;
  kind: SurveyKind;
  question: string;
  followUp: string;
  thankYou: string;
  productName: string;
};

/** What the page shows: the survey to answer, or why it cannot be answered from this link. */
export type SurveyPage =
  | { state: 'form'; survey: PageSurvey; token: string | null; distinctId: string | null }
  | { state: 'closed' | 'used' | 'invalid_link' | 'invitation_only'; productName: string };

/** A token or distinct id longer than this is not one Tandem gave out (distinct ids: the public route's limit). */
const MAX_LINK_PART = 200;

/** The page for a survey id and the link's `?t=` / `?d=`; null for an unknown survey (404). */
export async function loadSurveyPage(
  db: Db,
  surveyId: string,
  link: { t?: string | undefined; d?: string | undefined },
): Promise<SurveyPage | null> {
  const [row] = await db
    .select({
      id: surveys.id,
      workspaceId: surveys.workspaceId,
      kind: surveys.kind,
      status: surveys.status,
      question: surveys.question,
      followUp: surveys.followUp,
      thankYou: surveys.thankYou,
      requireToken: surveys.requireToken,
      productName: products.name,
    })
    .from(surveys)
    .innerJoin(
      products,
      and(eq(products.workspaceId, surveys.workspaceId), eq(products.id, surveys.productId)),
    )
    .where(eq(surveys.id, surveyId));
  if (!row) return null;
  const { productName } = row;
  if (row.status === 'closed') return { state: 'closed', productName };
  const token = link.t?.trim() || null;
  if (token) {
    if (token.length > MAX_LINK_PART) return { state: 'invalid_link', productName };
    const [recipient] = await db
      .select({ answeredAt: surveyRecipients.answeredAt })
      .from(surveyRecipients)
      .where(
        and(
          eq(surveyRecipients.tokenHash, sha256(token)),
          eq(surveyRecipients.workspaceId, row.workspaceId),
          eq(surveyRecipients.surveyId, row.id),
        ),
      );
    if (!recipient) return { state: 'invalid_link', productName };
    if (recipient.answeredAt) return { state: 'used', productName };
  } else if (row.requireToken) return { state: 'invitation_only', productName };
  const distinctId = link.d?.trim().slice(0, MAX_LINK_PART) || null;
  return {
    state: 'form',
    survey: {
      id: row.id,
      kind: row.kind,
      question: row.question,
      followUp: row.followUp,
      thankYou: row.thankYou,
      productName,
    },
    token,
    distinctId,
  };
}

const STYLE = `*{box-sizing:border-box}[hidden]{display:none!important}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1b1e;background:#f8f9fa}
main{max-width:640px;margin:0 auto;padding:1.5rem 1rem 3rem}
.card{background:#fff;border:1px solid #dee2e6;border-radius:12px;padding:1.25rem}
.product{margin:0 0 .75rem;color:#495057;font-size:.9rem;font-weight:600}
h1{font-size:1.3rem;line-height:1.35;margin:0 0 1rem}
fieldset{border:0;margin:0 0 1.25rem;padding:0;min-width:0}legend{padding:0;width:100%}
.scores{display:flex;flex-wrap:wrap;gap:.35rem}.score{flex:1 0 2.4rem;position:relative;display:block}
.score input{position:absolute;opacity:0;width:100%;height:100%;margin:0;cursor:pointer}
.score span{display:block;text-align:center;padding:.6rem 0;border:1px solid #868e96;border-radius:8px;font-weight:600;background:#fff}
.score input:checked+span{background:#1864ab;border-color:#1864ab;color:#fff}
.score input:focus-visible+span{outline:3px solid #4dabf7;outline-offset:2px}
.ends{display:flex;justify-content:space-between;gap:1rem;margin:.4rem 0 0;color:#495057;font-size:.875rem}
.ends span:last-child{text-align:right}
label.comment{display:block;font-weight:600;margin:0 0 .35rem}.optional{font-weight:400;color:#495057}
textarea{width:100%;min-height:6rem;font:inherit;padding:.5rem;border:1px solid #868e96;border-radius:8px;resize:vertical}
textarea:focus-visible,button:focus-visible{outline:3px solid #4dabf7;outline-offset:2px}
button{margin-top:1rem;font:inherit;font-weight:600;color:#fff;background:#1864ab;border:0;border-radius:8px;padding:.65rem 1.4rem;cursor:pointer}
button[disabled]{opacity:.7;cursor:progress}
.error{color:#c92a2a;font-weight:600;margin:.75rem 0 0}.error:empty{display:none}
.note{color:#495057;margin:0}`;

/** The page's one style sheet as a Content-Security-Policy source. */
export const SURVEY_PAGE_STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

const e = escapeHtml;

function htmlDocument(title: string, body: string, script?: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<title>${e(title)}</title><link rel="icon" href="/favicon.svg"><style>${STYLE}</style>${
    script ? `\n<script defer src="${e(script)}"></script>` : ''
  }</head>
<body><main>${body}</main></body></html>
`;
}

const MESSAGES: Record<Exclude<SurveyPage['state'], 'form'>, { title: string; text: string }> = {
  closed: {
    title: 'This survey is closed',
    text: 'It no longer takes answers. Thank you for your interest.',
  },
  used: {
    title: 'This link has already been used',
    text: 'An answer was already sent from this link. Each invitation takes one answer.',
  },
  invalid_link: {
    title: 'This link is not valid',
    text: 'Check that you opened the whole address from your invitation.',
  },
  invitation_only: {
    title: 'This survey is by invitation',
    text: 'Open it from the personal link in your invitation.',
  },
};

/** A page that says why the survey cannot be answered here. */
export function messageHtml(state: keyof typeof MESSAGES, productName: string): string {
  const m = MESSAGES[state];
  return htmlDocument(
    m.title,
    `<div class="card"><p class="product">${e(productName)}</p><h1>${m.title}</h1><p class="note">${m.text}</p></div>`,
  );
}

/** The 404 page: no survey has this address. */
export function notFoundHtml(): string {
  return htmlDocument(
    'Survey not found',
    '<div class="card"><h1>Survey not found</h1><p class="note">No survey has this address. Check the link you were sent.</p></div>',
  );
}

function scaleHtml(kind: SurveyKind, question: string): string {
  const wording = SURVEY_WORDING[kind];
  const scale = SURVEY_SCALES[kind]!;
  const buttons = scoresOf(kind)
    .map(
      (n) => `<label class="score"><input type="radio" name="score" value="${n}"><span>${n}</span></label>`,
    )
    .join('');
  return `<fieldset aria-describedby="ends"><legend><h1 id="question">${e(question)}</h1></legend>
<div class="scores">${buttons}</div>
<p class="ends" id="ends"><span>${scale.min} = ${e(wording.low ?? '')}</span><span>${scale.max} = ${e(wording.high ?? '')}</span></p>
</fieldset>`;
}

/** The survey to answer. `script` is the page script's address (versioned, so it can be cached for good). */
export function surveyHtml(page: Extract<SurveyPage, { state: 'form' }>, script: string): string {
  const { survey, token, distinctId } = page;
  const open = survey.kind === 'open';
  const data = [
    `data-survey="${e(survey.id)}"`,
    `data-kind="${e(survey.kind)}"`,
    token ? `data-token="${e(token)}"` : '',
    distinctId ? `data-distinct-id="${e(distinctId)}"` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const comment = open
    ? `<h1><label for="comment">${e(survey.question)}</label></h1>`
    : `<label class="comment" for="comment">${e(survey.followUp.trim() || DEFAULT_FOLLOW_UP)} <span class="optional">(optional)</span></label>`;
  const body = `<div class="card">
<p class="product">${e(survey.productName)}</p>
<form id="survey" ${data} novalidate>
${open ? '' : scaleHtml(survey.kind, survey.question)}
${comment}
<textarea id="comment" name="comment" maxlength="${LIMITS.longText}" rows="4"></textarea>
<p class="error" id="error" role="alert"></p>
<noscript><p class="error">This survey needs JavaScript to send your answer.</p></noscript>
<button type="submit">Send</button>
</form>
<section id="thanks" hidden tabindex="-1" aria-labelledby="thanks-title"><h1 id="thanks-title">${e(
    survey.thankYou.trim() || DEFAULT_THANK_YOU,
  )}</h1><p class="note">Your answer was sent.</p></section>
</div>`;
  return htmlDocument(`${survey.productName}: survey`, body, script);
}
