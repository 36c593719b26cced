import { createHash } from 'node:crypto';
import { LIMITS, SURVEY_KINDS } from '../../core/enums.ts';
import { EMBED_VERSION } from './snippet.ts';
import { DEFAULT_FOLLOW_UP, DEFAULT_THANK_YOU, SURVEY_WORDING } from './wording.ts';

/**
 * The two browser scripts of surveys, plain ES2017 with no build step: page.js makes the hosted page's form
 * send (page.ts renders the form), embed.js draws the same survey as a small widget on a customer's own site.
 * Both post to the public answers route and say what went wrong in words (closed, used link, too many
 * answers, no network: try again). Neither uses eval, inline event handlers or style attributes, so both run
 * under a strict Content-Security-Policy: the widget's styles live in a constructed style sheet adopted by its
 * shadow root (not subject to style-src), or in embed.css from this server where that is not supported.
 */

/** Shared by both: posts an answer and resolves to `{ ok }` or `{ message, retry }` (retry: worth trying again). */
const SEND = `
function tandemSend(origin, surveyId, body) {
  var url = origin + '/api/v1/public/surveys/' + encodeURIComponent(surveyId) + '/answers';
  return fetch(url, {
    method: 'POST',
    mode: 'cors',
    credentials: 'omit',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body)
  }).then(function (res) {
    if (res.status === 201) return { ok: true };
    return res.json().catch(function () { return {}; }).then(function (problem) {
      var detail = (problem && problem.detail) || '';
      if (res.status === 409) return { message: detail || 'This survey no longer takes answers.', retry: false };
      if (res.status === 404) return { message: 'This survey no longer exists.', retry: false };
      if (res.status === 429) {
        var wait = Number(res.headers.get('retry-after')) || 60;
        return { message: 'Too many answers were sent from your network. Try again in ' + wait + ' seconds.', retry: true };
      }
      if (res.status === 400 || res.status === 422) {
        var errors = (problem && problem.errors) || [];
        var said = errors.map(function (e) { return e.message; }).join(' ');
        return { message: said || detail || 'Check your answer and try again.', retry: true };
      }
      return { message: 'Something went wrong on our side. Try again in a moment.', retry: true };
    });
  }, function () {
    return { message: 'Your answer could not be sent. Check your connection and try again.', retry: true };
  });
}
`;

/** Checks an answer before sending it; returns the message to show, or '' when it may be sent. */
const CHECK = `
function tandemCheck(kind, picked, comment) {
  if (kind === 'open') return comment ? '' : 'Write your answer first.';
  return picked ? '' : 'Choose a score first.';
}
`;

export const PAGE_SCRIPT = `(function () {
'use strict';
${SEND}${CHECK}
var form = document.getElementById('survey');
if (!form) return;
var error = document.getElementById('error');
var thanks = document.getElementById('thanks');
var comment = document.getElementById('comment');
var button = form.querySelector('button[type="submit"]');
var kind = form.getAttribute('data-kind');
form.addEventListener('change', function () { error.textContent = ''; });
form.addEventListener('submit', function (event) {
  event.preventDefault();
  if (button.disabled) return;
  var picked = form.querySelector('input[name="score"]:checked');
  var text = comment.value.trim();
  var problem = tandemCheck(kind, picked, text);
  if (problem) {
    error.textContent = problem;
    (picked || kind === 'open' ? comment : form.querySelector('input[name="score"]')).focus();
    return;
  }
  var body = { score: picked ? Number(picked.value) : null };
  if (text) body.comment = text;
  var token = form.getAttribute('data-token');
  var distinctId = form.getAttribute('data-distinct-id');
  if (token) body.token = token;
  if (distinctId) body.distinctId = distinctId;
  error.textContent = '';
  button.disabled = true;
  button.textContent = 'Sending…';
  tandemSend(location.origin, form.getAttribute('data-survey'), body).then(function (result) {
    if (result.ok) {
      form.hidden = true;
      thanks.hidden = false;
      thanks.focus();
      return;
    }
    error.textContent = result.message;
    button.disabled = !result.retry;
    button.textContent = result.retry ? 'Try again' : 'Send';
  });
});
})();
`;

/** The widget's styles (adopted by its shadow root; also served as embed.css). */
export const EMBED_CSS = `:host{all:initial;position:fixed;right:16px;bottom:16px;z-index:2147483000;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1b1e}
*{box-sizing:border-box}[hidden]{display:none!important}
.panel{position:relative;width:min(360px,calc(100vw - 32px));background:#fff;border:1px solid #ced4da;border-radius:12px;box-shadow:0 8px 28px rgba(0,0,0,.18);padding:16px}
.close{position:absolute;top:6px;right:6px;width:32px;height:32px;border:0;border-radius:6px;background:transparent;color:#495057;font-size:22px;line-height:1;font-family:inherit;cursor:pointer}
fieldset{border:0;margin:0 0 12px;padding:0;min-width:0}legend{padding:0 28px 8px 0;font-weight:600}
.q{margin:0 28px 8px 0;font-weight:600}
.scores{display:flex;flex-wrap:wrap;gap:4px}.score{flex:1 0 26px;position:relative;display:block}
.score input{position:absolute;opacity:0;width:100%;height:100%;margin:0;cursor:pointer}
.score span{display:block;text-align:center;padding:6px 0;border:1px solid #868e96;border-radius:6px;font-weight:600;background:#fff}
.score input:checked+span{background:#1864ab;border-color:#1864ab;color:#fff}
.score input:focus-visible+span,button:focus-visible,textarea:focus-visible{outline:3px solid #4dabf7;outline-offset:2px}
.ends{display:flex;justify-content:space-between;gap:8px;margin:4px 0 0;color:#495057;font-size:13px}
label.comment{display:block;font-weight:600;margin:0 0 4px}.optional{font-weight:400;color:#495057}
textarea{width:100%;min-height:64px;font:inherit;padding:6px;border:1px solid #868e96;border-radius:6px;resize:vertical}
.send{margin-top:10px;font:inherit;font-weight:600;color:#fff;background:#1864ab;border:0;border-radius:6px;padding:8px 16px;cursor:pointer}
.send[disabled]{opacity:.7;cursor:progress}
.error{color:#c92a2a;font-weight:600;margin:8px 0 0}.error:empty{display:none}
.thanks{margin:0 28px 0 0;font-weight:600}`;

const ENDS = Object.fromEntries(
  SURVEY_KINDS.map((kind) => [kind, [SURVEY_WORDING[kind].low, SURVEY_WORDING[kind].high]]),
);

export const EMBED_SCRIPT = `(function () {
'use strict';
${SEND}${CHECK}
if (window.tandemSurvey && window.tandemSurvey.version) return;
var script = document.currentScript;
var surveyId = script && script.getAttribute('data-survey');
if (!surveyId) return;
var origin = new URL(script.src).origin;
var distinctId = script.getAttribute('data-distinct-id') || '';
var manual = script.getAttribute('data-trigger') === 'manual';
var ENDS = ${JSON.stringify(ENDS)};
var CSS = ${JSON.stringify(EMBED_CSS)};
var memoryKey = 'tandem-survey:' + surveyId;
var loading = null;
var host = null;

function remembered() {
  try { return window.localStorage.getItem(memoryKey); } catch (e) { return null; }
}
function remember(what) {
  try { window.localStorage.setItem(memoryKey, what); } catch (e) { /* private mode: ask again next time */ }
}
function load() {
  loading = loading || fetch(origin + '/api/v1/public/surveys/' + encodeURIComponent(surveyId), {
    mode: 'cors', credentials: 'omit'
  }).then(function (res) { return res.ok ? res.json() : null; }, function () { loading = null; return null; });
  return loading;
}
function el(tag, className, text) {
  var node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}
function styles(root) {
  if (root.adoptedStyleSheets !== undefined && typeof CSSStyleSheet === 'function' && CSSStyleSheet.prototype.replaceSync) {
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } else {
    var link = el('link');
    link.rel = 'stylesheet';
    link.href = origin + '/s/embed.css?v=${EMBED_VERSION}';
    root.appendChild(link);
  }
}
function hide(reason) {
  if (!host) return;
  host.remove();
  host = null;
  if (reason) remember(reason);
}
function render(survey, focus) {
  hide();
  host = el('div');
  host.setAttribute('data-tandem-survey', survey.id);
  var root = host.attachShadow({ mode: 'open' });
  styles(root);
  var panel = el('section', 'panel');
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-label', 'Survey from ' + (survey.productName || 'us'));
  var close = el('button', 'close', '\\u00d7');
  close.type = 'button';
  close.setAttribute('aria-label', 'Close survey');
  close.addEventListener('click', function () { hide('dismissed'); });
  panel.addEventListener('keydown', function (event) { if (event.key === 'Escape') hide('dismissed'); });
  var form = el('form');
  form.noValidate = true;
  var first = null;
  if (survey.kind !== 'open' && survey.scale) {
    var fieldset = el('fieldset');
    fieldset.setAttribute('aria-describedby', 'ends');
    fieldset.appendChild(el('legend', '', survey.question));
    var scores = el('div', 'scores');
    for (var n = survey.scale.min; n <= survey.scale.max; n++) {
      var label = el('label', 'score');
      var input = el('input');
      input.type = 'radio';
      input.name = 'score';
      input.value = String(n);
      first = first || input;
      label.appendChild(input);
      label.appendChild(el('span', '', String(n)));
      scores.appendChild(label);
    }
    fieldset.appendChild(scores);
    var ends = el('p', 'ends');
    ends.id = 'ends';
    var words = ENDS[survey.kind] || ['', ''];
    ends.appendChild(el('span', '', survey.scale.min + ' = ' + words[0]));
    ends.appendChild(el('span', '', survey.scale.max + ' = ' + words[1]));
    fieldset.appendChild(ends);
    form.appendChild(fieldset);
  }
  var label2 = el('label', survey.kind === 'open' ? 'comment q' : 'comment',
    survey.kind === 'open' ? survey.question : ((survey.followUp || '').trim() || ${JSON.stringify(DEFAULT_FOLLOW_UP)}) + ' ');
  label2.htmlFor = 'comment';
  if (survey.kind !== 'open') label2.appendChild(el('span', 'optional', '(optional)'));
  var comment = el('textarea');
  comment.id = 'comment';
  comment.maxLength = ${LIMITS.longText};
  form.appendChild(label2);
  form.appendChild(comment);
  var error = el('p', 'error');
  error.setAttribute('role', 'alert');
  form.appendChild(error);
  var send = el('button', 'send', 'Send');
  send.type = 'submit';
  form.appendChild(send);
  var thanks = el('p', 'thanks', (survey.thankYou || '').trim() || ${JSON.stringify(DEFAULT_THANK_YOU)});
  thanks.hidden = true;
  thanks.tabIndex = -1;
  form.addEventListener('change', function () { error.textContent = ''; });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (send.disabled) return;
    var picked = form.querySelector('input[name="score"]:checked');
    var text = comment.value.trim();
    var problem = tandemCheck(survey.kind, picked, text);
    if (problem) {
      error.textContent = problem;
      (picked || survey.kind === 'open' ? comment : first).focus();
      return;
    }
    var body = { score: picked ? Number(picked.value) : null, channel: 'snippet' };
    if (text) body.comment = text;
    if (distinctId) body.distinctId = distinctId;
    error.textContent = '';
    send.disabled = true;
    send.textContent = 'Sending…';
    tandemSend(origin, survey.id, body).then(function (result) {
      if (result.ok) {
        remember('answered');
        form.hidden = true;
        thanks.hidden = false;
        thanks.focus();
        return;
      }
      error.textContent = result.message;
      send.disabled = !result.retry;
      send.textContent = result.retry ? 'Try again' : 'Send';
    });
  });
  panel.appendChild(close);
  panel.appendChild(form);
  panel.appendChild(thanks);
  root.appendChild(panel);
  document.body.appendChild(host);
  if (focus) (first || comment).focus();
}
/** Shows the survey now (e.g. after a customer finished a task); resolves to whether it could be shown. */
function show() {
  return load().then(function (survey) {
    if (!survey || survey.status !== 'open' || survey.requireToken) return false;
    render(survey, true);
    return true;
  });
}
window.tandemSurvey = { version: ${JSON.stringify(EMBED_VERSION)}, show: show, hide: function () { hide(''); } };
if (!manual && !remembered()) {
  load().then(function (survey) {
    if (survey && survey.status === 'open' && !survey.requireToken && !host) render(survey, false);
  });
}
})();
`;

export type ServedScript = { code: string; etag: string; version: string };

const served = (code: string): ServedScript => {
  const hash = createHash('sha256').update(code).digest('base64url');
  return { code, etag: `"${hash.slice(0, 22)}"`, version: hash.slice(0, 12) };
};

/** The hosted page's script; its version (a hash of its text) is in the page's address for it. */
export const pageScript = served(PAGE_SCRIPT);
export const embedScript = served(EMBED_SCRIPT);
export const embedCss = served(EMBED_CSS);
