import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestEnv, newUser, type Res, type TestEnv } from '../../../test/harness.ts';
import { toHtml } from './render.ts';

/**
 * Stored script through the enablement exports: every payload goes into every text field that feeds a
 * document (battlecard, both one-pager variants, launch brief), through the API, and each document is
 * fetched in both formats. The HTML is parsed and must hold nothing but the renderer's own markup.
 */

const PAYLOADS = [
  'x [<img src=x onerror=alert(document.domain)>](https://a.test)',
  '[<svg onload=alert(1)>](javascript:alert(1))',
  '<img src=x onerror=alert(1)>',
  '<svg/onload=alert(1)>',
  '<script>alert(1)</script>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href=javascript:alert(1)>raw link</a>',
  '<object data="x"></object><embed src="x">',
  '<style>body{background:url(https://evil.test/)}</style>',
  '<base href="https://evil.test/"><meta http-equiv="refresh" content="0;url=https://evil.test/">',
  '<form action="https://evil.test/"><button>go</button></form>',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '<pre><img src=x onerror=alert(1) ',
  '[outer [inner](javascript:alert(1)) <img src=x onerror=alert(1)>](https://a.test)',
  '[x](javascript:alert(1))',
  '[x](jAvAsCrIpT:alert(1))',
  '[x](java&#x73;cript:alert(1)) [y](&#106;avascript:alert(1))',
  '[x](java\tscript:alert(1)) [y](<\tjavascript:alert(1)>)',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [y](vbscript:msgbox(1))',
  '<javascript:alert(1)> <data:text/html,x>',
  'https://a.test/<img src=x onerror=alert(1)> www.a.test/?q=<svg onload=alert(1)>',
  '![x](javascript:alert(1)) ![y" onerror="alert(1)](https://a.test/x.png)',
  '[x](https://a.test/"onmouseover="alert(1)) [y](https://a.test "t\\" onmouseover=\\"alert(1)")',
  '"><script>alert(1)</script>',
  "'><svg onload=alert(1)>",
  '&lt;script&gt;alert(1)&lt;/script&gt; &#60;img src=x onerror=alert(1)&#62;',
  '`<img src=x onerror=alert(1)>` ```<script>alert(1)</script>```',
  '[fine](https://a.test/path?q=1&r=2) [mail](mailto:someone@a.test)',
];

/** Elements the renderer writes, each with the attributes it may carry; anything else came from user text. */
const ELEMENTS: Record<string, readonly string[]> = {
  html: ['lang'],
  head: [],
  meta: ['charset', 'name', 'content', 'http-equiv'],
  title: [],
  style: [],
  body: [],
  h1: [],
  h2: [],
  h3: [],
  p: [],
  strong: [],
  em: [],
  del: [],
  code: [],
  pre: [],
  blockquote: [],
  ul: [],
  ol: ['start'],
  li: [],
  input: ['type', 'checked', 'disabled'],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ['align'],
  td: ['align'],
  a: ['href', 'title'],
  br: [],
  hr: [],
  footer: [],
};
const SAFE_HREF = /^(https?:|mailto:)/i;
const window = new Window();

/** What in an HTML page did not come from the renderer: unknown tags, handlers, unsafe links. */
export function unsafeMarkup(html: string): string[] {
  const problems: string[] = [];
  // What a browser's tokenizer sees: every "<" followed by a letter opens a tag, "<!" a comment.
  for (const m of html.matchAll(/<\/?([a-zA-Z][^\s/>]*)/g))
    if (!Object.hasOwn(ELEMENTS, m[1]!.toLowerCase())) problems.push(`tag <${m[1]}>`);
  if (/<[!?]/.test(html.replace(/^<!doctype html>/i, ''))) problems.push('comment or declaration');
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  for (const el of doc.querySelectorAll('*')) {
    const tag = el.localName;
    const allowed = ELEMENTS[tag];
    if (!allowed) {
      problems.push(`element <${tag}>`);
      continue;
    }
    for (const { name } of el.attributes)
      if (name.startsWith('on') || !allowed.includes(name)) problems.push(`attribute ${name} on <${tag}>`);
    if (tag === 'a' && !SAFE_HREF.test(el.getAttribute('href') ?? ''))
      problems.push(`link to ${el.getAttribute('href')}`);
    if (tag === 'a' && el.parentElement?.closest('a')) problems.push('link inside a link');
    if (['style', 'meta', 'title'].includes(tag) && el.parentElement?.localName !== 'head')
      problems.push(`<${tag}> outside the head`);
  }
  if (doc.querySelectorAll('style').length !== 1) problems.push('more than the one style sheet');
  return problems;
}

let env: TestEnv;
let admin: Client;
let ws: string;
const documents: { payload: string; name: string; url: string }[] = [];

const today = (days = 0) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
async function ok(request: Promise<Res>, what: string) {
  const res = await request;
  if (res.statusCode >= 300) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
  return res.data as { id: string };
}

/** Writes one payload into every text field that reaches an enablement document. */
async function plant(i: number, p: string) {
  const unique = `${p} ${i}`;
  const post = (path: string, body: unknown) => ok(admin.post(`${ws}/${path}`, body), path);
  const product = await post('products', { name: unique });
  const competitor = await post('competitors', { name: unique });
  const card = await post('battlecards', {
    productId: product.id,
    competitorId: competitor.id,
    whenYouMeetThem: p,
    quickComparison: [{ dimension: p, us: p, them: p }],
    ourStrengths: [{ point: p, proof: p }],
    theirStrengths: [p],
    objections: [{ objection: p, response: p }],
    landmines: [p],
    winThemes: [p],
  });
  const positioning = await post('positioning', {
    productId: product.id,
    targetCustomer: p,
    customerNeed: p,
    marketCategory: p,
    valueThemes: [{ theme: p, proof: p }],
    competitiveAlternatives: [p],
    uniqueAttributes: [p],
    relevantTrends: [p],
  });
  await post(`positioning/${positioning.id}/submit`, {});
  await post(`positioning/${positioning.id}/approve`, {});
  // The one-pager shows the medium boilerplate, else the short one: every other payload takes each path.
  const persona = await post('personas', { name: unique, productIds: [product.id] });
  const copy = await post('messaging', {
    productId: product.id,
    personaId: persona.id,
    headline: p,
    valueProposition: p,
    pillars: [1, 2, 3].map(() => ({ title: p, description: p, proofPoints: [p] })),
    boilerplateShort: p,
    boilerplateMedium: i % 2 === 0 ? p : '',
  });
  await post(`messaging/${copy.id}/submit`, {});
  await post(`messaging/${copy.id}/approve`, {});
  const release = await post('releases', { name: unique, productId: product.id, targetDate: today(30) });
  const story = { productId: product.id, releaseId: release.id, iWant: p, soThat: p, status: 'shipped' };
  await post('features', { ...story, title: p });
  const launch = await post('launches', {
    name: unique,
    tier: 3,
    launchDate: today(30),
    releaseId: release.id,
    description: p,
    goals: [p],
  });
  await post(`launches/${launch.id}/tasks`, { title: p, ownerRole: 'sales', dueDate: today(-3) });
  const requirement = await post('requirements', { title: p, problem: p, launchId: launch.id });
  await post('programs', { name: p, requirementIds: [requirement.id] });
  const e = `${ws}/enablement`;
  documents.push(
    { payload: p, name: 'battlecard', url: `${e}/battlecards/${card.id}` },
    { payload: p, name: 'one-pager', url: `${e}/products/${product.id}/one-pager` },
    { payload: p, name: 'launch brief', url: `${e}/launches/${launch.id}/brief` },
  );
}

beforeAll(async () => {
  env = await createTestEnv();
  admin = await newUser(env.app, 'Ada Admin');
  ws = `/api/v1/workspaces/${(await ok(admin.post('/api/v1/workspaces', { name: 'Exports' }), 'workspace')).id}`;
  for (const [i, p] of PAYLOADS.entries()) await plant(i, p);
}, 120_000);
afterAll(() => env.close());

const withFormat = (url: string, format: string) => `${url}${url.includes('?') ? '&' : '?'}format=${format}`;

describe('enablement exports carry no script from user text', () => {
  it('every HTML export holds only the renderer’s own markup', async () => {
    const unsafe: string[] = [];
    for (const doc of documents) {
      const res = await admin.get(withFormat(doc.url, 'html'));
      expect(res.statusCode, `${doc.name}: ${res.body}`).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      const problems = unsafeMarkup(res.body);
      if (problems.length > 0)
        unsafe.push(`${doc.name} of ${JSON.stringify(doc.payload)}: ${problems.join('; ')}`);
    }
    console.info(`${unsafe.length} of ${documents.length} HTML exports carried markup from user text`);
    expect(unsafe).toEqual([]);
    expect(documents.length).toBe(PAYLOADS.length * 3);
  });

  it('every Markdown export is the user text as written, served as text that no browser renders', async () => {
    // Markdown is a text format: the payload stays as written (that is what the .md is for); what keeps
    // it from running is the content type, nosniff and a policy that allows nothing.
    for (const doc of documents) {
      const res = await admin.get(withFormat(doc.url, 'markdown'));
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/markdown; charset=utf-8');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toMatch(/default-src 'none'.*sandbox/);
      expect(res.body).toContain(doc.payload.trim());
    }
  });

  it('keeps safe links and entities as text, and drops reference links to script', () => {
    const html = toHtml(
      'Reference links',
      [
        'See [the docs][d], [a trap][t] and [another][x].',
        '',
        '[d]: https://a.test/docs "Docs"',
        '[t]: javascript:alert(1)',
        '[x]: <java&#x73;cript:alert(1)>',
        '',
        '    <script>alert(1)</script>',
        '',
        '```"><script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        '```',
        '',
        '<div onclick="alert(1)">block html</div>',
        '',
        '- [x] done &lt;script&gt; AT&T',
      ].join('\n'),
    );
    expect(unsafeMarkup(html)).toEqual([]);
    expect(html).toContain('<a href="https://a.test/docs" title="Docs">the docs</a>');
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    expect(doc.body.textContent).toContain('done <script> AT&T');
    expect(doc.body.textContent).toContain('<div onclick="alert(1)">block html</div>');
    expect([...doc.querySelectorAll('a')].map((a) => a.textContent)).toEqual(['the docs']);
  });
});
